// The ordinary customers of the demo (resources/demo/ordinary.json): plenty of them, varied,
// and in consistent states — statuses, promised windows, cancellations refunded and announced,
// everyday messages. That the watchdog finds nothing in them is ordinary.expected.json's to say.
#include "DemoScenarioData.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <map>
#include <set>

namespace caseline::test::demo {
namespace {

// Order status, shipment status, history and tracking events tell the same story.
std::vector<std::string> statusMismatches(const json &document)
{
    static const std::map<std::string, std::set<std::string>> shipmentStatuses{
        {"placed", {"created"}},
        {"dispatched", {"dispatched", "in_transit", "out_for_delivery"}},
        {"delivered", {"delivered"}},
        {"cancelled", {"cancelled"}}};
    std::vector<std::string> found;
    for (const json &order : section(document, "orders")) {
        const std::string orderId = text(order, "id");
        const std::string status = text(order, "status");
        const auto shipments = recordsOfOrder(document, "shipments", orderId);
        if (shipments.empty()) {
            found.push_back(orderId + " has no shipment");
        }
        std::map<std::string, long long> shipped;
        for (const json *shipment : shipments) {
            const std::string shipmentStatus = text(*shipment, "status");
            const auto allowed = shipmentStatuses.find(status);
            if (allowed == shipmentStatuses.end() || !allowed->second.count(shipmentStatus)) {
                found.push_back(orderId + " is " + status + " but shipment " +
                                text(*shipment, "id") + " is " + shipmentStatus);
            }
            const json &events = section(*shipment, "events");
            if (events.empty() || text(events.back(), "status") != shipmentStatus) {
                found.push_back(text(*shipment, "id") + " is " + shipmentStatus +
                                " but its last tracking event says otherwise");
            }
            for (const json &line : section(*shipment, "lines")) {
                shipped[text(line, "lineId")] += integer(line, "quantity");
            }
        }
        for (const json &line : section(order, "lines")) {
            if (shipped[text(line, "lineId")] != integer(line, "quantity")) {
                found.push_back(orderId + " line " + text(line, "lineId") + " is ordered " +
                                std::to_string(integer(line, "quantity")) + " times but shipped " +
                                std::to_string(shipped[text(line, "lineId")]) + " times");
            }
        }
        const json &history = section(order, "history");
        if (history.empty() || text(history.front(), "status") != "placed" ||
            text(history.back(), "status") != status) {
            found.push_back(orderId + " history does not go from placed to " + status);
        }
    }
    return found;
}

TEST(DemoScenarioData, OrdinaryOrdersTellOneStoryInEverySystem)
{
    const json *ordinary = demoDocument("ordinary.json");
    ASSERT_NE(ordinary, nullptr);
    EXPECT_TRUE(promisedWindowProblems(*ordinary).empty())
        << joined(promisedWindowProblems(*ordinary));
    EXPECT_TRUE(statusMismatches(*ordinary).empty()) << joined(statusMismatches(*ordinary));
}

TEST(DemoScenarioData, OrdinaryCancellationsAreRefundedAndAnnounced)
{
    const json *ordinary = demoDocument("ordinary.json");
    ASSERT_NE(ordinary, nullptr);
    int cancelled = 0;
    for (const json &order : section(*ordinary, "orders")) {
        if (text(order, "status") != "cancelled") {
            continue;
        }
        ++cancelled;
        const std::string id = text(order, "id");
        const std::string cancelledAt = text(section(order, "history").back(), "at");
        long long refunded = 0;
        for (const json *refund : recordsOfOrder(*ordinary, "refunds", id)) {
            refunded += integer(*refund, "amount");
            EXPECT_GE(text(*refund, "createdAt"), cancelledAt) << id << " refunded before cancel";
        }
        EXPECT_EQ(refunded, integer(order, "paid")) << id << " is not refunded in full";
        const auto messages = recordsOfOrder(*ordinary, "messages", id);
        EXPECT_TRUE(std::any_of(messages.begin(), messages.end(),
                                [&](const json *message) {
                                    return text(*message, "template") == "order-cancelled" &&
                                           text(*message, "sentAt") >= cancelledAt;
                                }))
            << id << " has no cancellation message";
    }
    EXPECT_GE(cancelled, 3);
}

TEST(DemoScenarioData, OrdinaryMessagesAreEverydayOnes)
{
    const json *ordinary = demoDocument("ordinary.json");
    ASSERT_NE(ordinary, nullptr);
    static const std::set<std::string> templates{
        "order-confirmation", "shipping-confirmation", "out-for-delivery", "delivery-confirmation",
        "return-authorized",  "refund-issued",         "order-cancelled"};
    std::set<std::string> confirmed;
    for (const json &message : section(*ordinary, "messages")) {
        EXPECT_TRUE(templates.count(text(message, "template")))
            << text(message, "id") << " uses template '" << text(message, "template") << "'";
        EXPECT_FALSE(text(message, "body").empty()) << text(message, "id");
        if (text(message, "channel") == "email") {
            EXPECT_FALSE(text(message, "subject").empty()) << text(message, "id");
        }
        if (text(message, "template") == "order-confirmation") {
            confirmed.insert(text(message, "orderId"));
        }
    }
    for (const json &order : section(*ordinary, "orders")) {
        EXPECT_TRUE(confirmed.count(text(order, "id"))) << text(order, "id") << " unconfirmed";
    }
}

TEST(DemoScenarioData, OrdinaryDataIsVaried)
{
    const json *ordinary = demoDocument("ordinary.json");
    ASSERT_NE(ordinary, nullptr);
    EXPECT_GE(section(*ordinary, "orders").size(), 30u);

    std::set<std::string> languages;
    std::set<std::string> withOrders;
    for (const json &order : section(*ordinary, "orders")) {
        withOrders.insert(text(order, "customerId"));
    }
    for (const json &customer : section(*ordinary, "customers")) {
        languages.insert(text(customer, "language"));
        EXPECT_TRUE(withOrders.count(text(customer, "id"))) << text(customer, "id") << " idle";
    }
    EXPECT_GE(languages.size(), 5u);

    std::map<std::string, int> orderStatuses;
    for (const json &order : section(*ordinary, "orders")) {
        ++orderStatuses[text(order, "status")];
    }
    for (const char *status : {"placed", "dispatched", "delivered", "cancelled"}) {
        EXPECT_GE(orderStatuses[status], 3) << "too few " << status << " orders";
    }

    int openReturns = 0;
    int refundedReturns = 0;
    for (const json &returned : section(*ordinary, "returns")) {
        const bool refunded =
            !recordsOfOrder(*ordinary, "refunds", text(returned, "orderId")).empty();
        if (text(returned, "status") == "received" && refunded) {
            ++refundedReturns;
        } else if (text(returned, "status") != "received" && !refunded) {
            ++openReturns;
        }
    }
    EXPECT_GE(openReturns, 3);
    EXPECT_GE(refundedReturns, 3);

    std::set<std::string> carriers;
    bool evening = false;
    bool saturday = false;
    bool pickup = false;
    std::set<std::string> shipmentStatuses;
    for (const json &shipment : section(*ordinary, "shipments")) {
        carriers.insert(text(shipment, "carrier"));
        shipmentStatuses.insert(text(shipment, "status"));
        const json offers = shipment.value("offers", json::object());
        const bool open =
            text(shipment, "status") != "delivered" && text(shipment, "status") != "cancelled";
        evening = evening || (open && offers.value("evening", false));
        saturday = saturday || (open && offers.value("saturday", false));
        pickup = pickup || (open && !section(offers, "pickupPoints").empty());
    }
    for (const char *carrier :
         {"BRT", "GLS", "DHL", "DPD", "Correos", "Colissimo", "Royal Mail", "Poste Italiane"}) {
        EXPECT_TRUE(carriers.count(carrier)) << "no shipment with " << carrier;
    }
    for (const char *status : {"created", "dispatched", "in_transit"}) {
        EXPECT_TRUE(shipmentStatuses.count(status)) << "no shipment " << status;
    }
    EXPECT_TRUE(evening) << "no open shipment offers evening slots";
    EXPECT_TRUE(saturday) << "no open shipment offers Saturday slots";
    EXPECT_TRUE(pickup) << "no open shipment offers pickup points";
}

} // namespace
} // namespace caseline::test::demo
