#pragma once

#include "domain/Customer.h"
#include "timeline/OrderFacts.h"
#include "timeline/OrderTimeline.h"
#include "workspace/CaseSnapshot.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace caseline {

// The case on screen as far as it has arrived: the store's part, the latest timeline of each
// linked order (cached or fresh) and the customer. The action dialogs are built from it.
struct OpenCase
{
    CaseSnapshot snapshot;
    std::map<std::string, OrderTimeline> timelines;
    std::optional<Customer> customer;
    int freshPending = 0; // fresh timelines still on their way

    long long id() const { return snapshot.item.id; }
    std::vector<std::string> orderIds() const
    {
        std::vector<std::string> orders;
        for (const CaseLink &link : snapshot.item.links) {
            if (link.kind == "order") {
                orders.push_back(link.ref);
            }
        }
        return orders;
    }
    // The watchdog's alerts on the case's orders, as the queue counts them (one per rule and
    // order, however many orders of the family report it).
    int orderAlertCount() const
    {
        std::set<std::string> alerts;
        for (const auto &[orderId, timeline] : timelines) {
            for (const Alert &alert : timeline.alerts) {
                alerts.insert(alert.countKey());
            }
        }
        return static_cast<int>(alerts.size());
    }
    // Everything the back-office said about the case's orders, merged.
    OrderFacts facts() const
    {
        OrderFacts merged;
        for (const auto &[orderId, timeline] : timelines) {
            merged.add(timeline.facts);
        }
        merged.escalations = snapshot.escalations;
        return merged;
    }
};

} // namespace caseline
