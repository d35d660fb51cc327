#pragma once

#include "timeline/ConflictRule.h"

#include <chrono>
#include <memory>
#include <string>
#include <vector>

namespace caseline {

// Runs every conflict rule over one order family and returns their alerts, most severe first,
// then by rule id (a rule's own alerts keep the order it gave them). Adding a rule is one class
// and one line in withDefaultRules().
class ConflictWatchdog
{
public:
    ConflictWatchdog() = default;
    ConflictWatchdog(ConflictWatchdog &&) noexcept = default;
    ConflictWatchdog &operator=(ConflictWatchdog &&) noexcept = default;
    ConflictWatchdog(const ConflictWatchdog &) = delete;
    ConflictWatchdog &operator=(const ConflictWatchdog &) = delete;

    // Every rule Caseline ships; `labelGrace` is how long a promised return label may take.
    static ConflictWatchdog
    withDefaultRules(std::chrono::seconds labelGrace = std::chrono::hours(24));

    void add(std::unique_ptr<ConflictRule> rule);
    std::vector<std::string> ruleIds() const;
    std::vector<Alert> evaluate(const OrderFacts &facts, const QDateTime &now) const;
    // As above, leaving out the rules that read absence in an `unavailable` system; their ids
    // go to `notJudged` (when given).
    std::vector<Alert> evaluate(const OrderFacts &facts, const QDateTime &now,
                                const std::vector<BackofficeSystem> &unavailable,
                                std::vector<std::string> *notJudged) const;

private:
    std::vector<std::unique_ptr<ConflictRule>> rules_;
};

} // namespace caseline
