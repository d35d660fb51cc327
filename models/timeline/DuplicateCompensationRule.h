#pragma once

#include "timeline/ConflictRule.h"

namespace caseline {

// duplicate-compensation (critical: the retailer pays twice for one problem).
// Three cases, per order family:
// - a line both replaced and refunded: units the customer keeps or will receive (moved plus
//   pending replacement, minus returned) plus units refunded exceed the units paid for;
// - replacements of one order for more units of a line than that order had;
// - refunds on one order adding up to more than was paid for it.
// A replacement cancelled before it left the warehouse does not count; one shipped anyway does.
class DuplicateCompensationRule : public ConflictRule
{
public:
    std::string id() const override { return "duplicate-compensation"; }
    std::vector<Alert> evaluate(const OrderFacts &facts, const QDateTime &now) const override;

private:
    void replacedAndRefunded(const OrderFacts &facts, std::vector<Alert> &alerts) const;
    void replacedTwice(const OrderFacts &facts, std::vector<Alert> &alerts) const;
    void refundedAbovePaid(const OrderFacts &facts, std::vector<Alert> &alerts) const;
    Alert makeAlert(const std::string &orderId) const;
};

} // namespace caseline
