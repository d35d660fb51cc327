#pragma once

#include "timeline/ConflictRule.h"

#include <chrono>

namespace caseline {

// contradicting-messages (warning: the customer is confused, the systems' facts are judged by
// the other rules). Within one order family (replacement news is often addressed to the
// original), two messages at most `window` apart where the earlier says cancelled or refunded
// and the later says shipped/on its way/delivered, or the earlier says shipped/delivered and the
// later says cancelled. Delivered-then-refunded is the ordinary return flow and is not flagged.
// Claims come from template ids first, words in five languages second (MessageClassifier).
// One alert per family, describing the latest contradiction and citing every message involved.
class ContradictingMessagesRule : public ConflictRule
{
public:
    explicit ContradictingMessagesRule(std::chrono::seconds window = std::chrono::hours(72));

    std::string id() const override { return "contradicting-messages"; }
    std::vector<Alert> evaluate(const OrderFacts &facts, const QDateTime &now) const override;

private:
    std::chrono::seconds window_;
};

} // namespace caseline
