#pragma once

#include "timeline/ConflictRule.h"

#include <chrono>

namespace caseline {

// promised-label-missing (warning: a broken promise, no money or goods at stake yet).
// A customer message promised a return label (template "*return-label*", or the words "return
// label" in en/it/de/es/fr) and, `grace` after the first such promise, no return with a label
// exists in the order's family, or every labelled return is still "authorized" with no message
// sent since its creation that carries it (the label exists but never reached the customer).
class PromisedLabelMissingRule : public ConflictRule
{
public:
    explicit PromisedLabelMissingRule(std::chrono::seconds grace = std::chrono::hours(24));

    std::string id() const override { return "promised-label-missing"; }
    std::vector<BackofficeSystem> readsAbsenceIn() const override
    {
        return {BackofficeSystem::Returns};
    }
    std::vector<Alert> evaluate(const OrderFacts &facts, const QDateTime &now) const override;

private:
    std::chrono::seconds grace_;
};

} // namespace caseline
