#pragma once

#include "domain/CustomerMessage.h"
#include "domain/Escalation.h"
#include "domain/Order.h"
#include "domain/Refund.h"
#include "domain/ReturnAuthorization.h"
#include "domain/Shipment.h"

#include <algorithm>
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

    // Adds what `part` holds and these facts do not (by id): two queries may report the same
    // item, as when one system lists a refund under both an order and its replacement.
    void add(const OrderFacts &part)
    {
        addNew(orders, part.orders);
        addNew(shipments, part.shipments);
        addNew(refunds, part.refunds);
        addNew(returns, part.returns);
        addNew(messages, part.messages);
        addNew(escalations, part.escalations);
    }

    const Order *order(const std::string &id) const
    {
        for (const Order &candidate : orders) {
            if (candidate.id == id) {
                return &candidate;
            }
        }
        return nullptr;
    }

private:
    template<typename T>
    static void addNew(std::vector<T> &into, const std::vector<T> &from)
    {
        for (const T &item : from) {
            const bool known = std::any_of(into.begin(), into.end(), [&](const T &existing) {
                return existing.id == item.id;
            });
            if (!known) {
                into.push_back(item);
            }
        }
    }
};

} // namespace caseline
