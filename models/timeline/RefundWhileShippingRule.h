#pragma once

#include "timeline/ConflictRule.h"

namespace caseline {

// refund-while-shipping (critical: money leaves while the goods stay with the customer).
// Per order family and line: payments refunded units that are in transit or delivered and that
// no return covers, i.e. units with the customer (moved minus returned) plus units refunded
// exceed the units paid for. Replacements count as the goods they carry, so finance refunding
// the original while the warehouse delivers the replacement is caught; a refund after a return,
// or for an order that never left the warehouse, is not.
class RefundWhileShippingRule : public ConflictRule
{
public:
    std::string id() const override { return "refund-while-shipping"; }
    std::vector<BackofficeSystem> readsAbsenceIn() const override
    {
        return {BackofficeSystem::Delivery, BackofficeSystem::Returns};
    }
    std::vector<Alert> evaluate(const OrderFacts &facts, const QDateTime &now) const override;
};

} // namespace caseline
