#pragma once

#include "domain/CustomerMessage.h"
#include "domain/Escalation.h"
#include "domain/Order.h"
#include "domain/Refund.h"
#include "domain/ReturnAuthorization.h"
#include "domain/Shipment.h"

#include <vector>

namespace caseline {

// Everything the five systems said about one order and its replacements: what conflict rules
// reason over. Lists may be partial when a source failed; rules only judge what they see.
struct OrderFacts
{
    std::vector<Order> orders; // the order first, then its replacements
    std::vector<Shipment> shipments;
    std::vector<Refund> refunds;
    std::vector<ReturnAuthorization> returns;
    std::vector<CustomerMessage> messages;
    std::vector<Escalation> escalations; // the case's own: handed to other departments

    const Order *order(const std::string &id) const
    {
        for (const Order &candidate : orders) {
            if (candidate.id == id) {
                return &candidate;
            }
        }
        return nullptr;
    }
};

} // namespace caseline
