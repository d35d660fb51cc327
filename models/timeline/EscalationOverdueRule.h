#pragma once

#include "timeline/ConflictRule.h"

namespace caseline {

// escalation-overdue: a case was handed to a department that has not resolved or returned it
// by its due time (the department's SLA). The case must never leave anyone's sight: warning
// once it is overdue, critical after another full day.
class EscalationOverdueRule : public ConflictRule
{
public:
    std::string id() const override { return "escalation-overdue"; }
    std::vector<Alert> evaluate(const OrderFacts &facts, const QDateTime &now) const override;
};

} // namespace caseline
