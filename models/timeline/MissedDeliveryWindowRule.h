#pragma once

#include "timeline/ConflictRule.h"

namespace caseline {

// missed-delivery-window: a shipment's promised window ended before `now` and the shipment is
// not delivered (no delivered status, no delivered scan). Shipments of a cancelled order are
// left out: nothing is due, and goods still moving there are cancelled-but-shipped's business.
// Severity: warning when the parcel is merely late (created, on its way); critical when the
// delivery system gave up on it (failed or cancelled) while the order is still open, since the
// systems then disagree on whether the goods are coming (the furniture story).
class MissedDeliveryWindowRule : public ConflictRule
{
public:
    std::string id() const override { return "missed-delivery-window"; }
    std::vector<BackofficeSystem> readsAbsenceIn() const override
    {
        return {BackofficeSystem::Delivery};
    }
    std::vector<Alert> evaluate(const OrderFacts &facts, const QDateTime &now) const override;
};

} // namespace caseline
