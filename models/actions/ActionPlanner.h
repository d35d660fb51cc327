#pragma once

#include "actions/PlannedAction.h"

#include <optional>
#include <string>
#include <vector>

namespace caseline {

// Turns an agent's intent into the back-office write of the reference API (see
// resources/api/backoffice.yaml). Checks only the shape here (non-empty reason, positive
// amount); whether the back-office state allows it is ActionValidator's job.
// Every function throws ActionError (Invalid) with a clear message.
class ActionPlanner
{
public:
    static PlannedAction refund(const std::string &orderId, long long amount,
                                const std::string &currency, const std::string &reason,
                                const std::vector<LineQuantity> &lines = {});
    static PlannedAction returnLabel(const std::string &orderId,
                                     const std::vector<LineQuantity> &lines,
                                     const std::string &reason);
    // Exactly one of slotId and pickupPointId.
    static PlannedAction reschedule(const std::string &shipmentId, const std::string &slotId,
                                    const std::string &pickupPointId, const std::string &note = {});
    static PlannedAction cancel(const std::string &orderId, const std::string &reason);
    static PlannedAction replace(const std::string &orderId, const std::vector<LineQuantity> &lines,
                                 const std::string &reason);
    static PlannedAction message(const std::string &customerId, const std::string &orderId,
                                 const std::string &channel, const std::string &language,
                                 const std::string &subject, const std::string &body);
};

} // namespace caseline
