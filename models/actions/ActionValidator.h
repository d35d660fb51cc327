#pragma once

#include "actions/PlannedAction.h"
#include "domain/DeliveryOptions.h"
#include "timeline/OrderFacts.h"

#include <QDateTime>
#include <optional>

namespace caseline {

// Checks an action against what the back-office systems said just now (the order family's
// facts, and for a reschedule the carrier's options), so a refund above what was paid, a label
// for lines not delivered or a past slot is refused before anything is stored. Throws
// ActionError in words. The back-office enforces its rules again when the write arrives.
class ActionValidator
{
public:
    static void check(const PlannedAction &plan, const OrderFacts &facts, const QDateTime &now,
                      const std::optional<DeliveryOptions> &options = std::nullopt);

private:
    static const Order &orderOf(const PlannedAction &plan, const OrderFacts &facts);
    static void checkRefund(const PlannedAction &plan, const OrderFacts &facts);
    static void checkReturn(const PlannedAction &plan, const OrderFacts &facts);
    static void checkLinesOrdered(const PlannedAction &plan, const Order &order);
    static void checkReschedule(const PlannedAction &plan, const OrderFacts &facts,
                                const QDateTime &now,
                                const std::optional<DeliveryOptions> &options);
};

} // namespace caseline
