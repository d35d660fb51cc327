#pragma once

#include "timeline/ConflictRule.h"

namespace caseline {

// cancelled-but-shipped (critical: goods travel that nobody is paying for or expecting).
// An order the orders system reports as cancelled whose shipment delivery reports as
// dispatched, in transit, out for delivery or delivered, or whose tracking shows such a scan
// after the cancellation (a parcel that moved and was stopped again still went out).
class CancelledButShippedRule : public ConflictRule
{
public:
    std::string id() const override { return "cancelled-but-shipped"; }
    std::vector<Alert> evaluate(const OrderFacts &facts, const QDateTime &now) const override;
};

} // namespace caseline
