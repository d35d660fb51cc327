// The stories from the source documents (stilettos, vacuum, furniture, reseller) are told by
// the demo data: the records, times and messages each story needs. The contradictions in them
// are the watchdog's to find (the NAME.expected.json files beside the scenarios).
#include "DemoScenarioData.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <set>

namespace caseline::test::demo {
namespace {

TEST(DemoScenarioData, TheSpecialRecordsExist)
{
    std::set<std::string> orders;
    std::set<std::string> customers;
    for (const DemoFile &file : demoFiles()) {
        for (const json &order : section(file.document, "orders")) {
            orders.insert(text(order, "id"));
        }
        for (const json &customer : section(file.document, "customers")) {
            customers.insert(text(customer, "id"));
        }
    }
    for (const char *id : {"ORD-1001", "ORD-1001-R1", "ORD-2001", "ORD-3001"}) {
        EXPECT_TRUE(orders.count(id)) << id;
    }
    for (const char *id : {"CUS-1001", "CUS-1002", "CUS-1003", "CUS-1005"}) {
        EXPECT_TRUE(customers.count(id)) << id;
    }
}

TEST(DemoScenarioData, StilettosStoryIsTold)
{
    const json *d = demoDocument("stilettos.json");
    ASSERT_NE(d, nullptr);
    const json *original = findById(*d, "orders", "ORD-1001");
    const json *replacement = findById(*d, "orders", "ORD-1001-R1");
    ASSERT_TRUE(original && replacement);

    // Overalls ordered, stilettos reported.
    EXPECT_EQ(text(*original, "status"), "delivered");
    EXPECT_TRUE(contains(section(*original, "lines").dump(), "overalls"));
    EXPECT_TRUE(std::any_of(
        section(*original, "history").begin(), section(*original, "history").end(),
        [](const json &entry) { return contains(text(entry, "note"), "blue stilettos"); }));

    // Replacement on day D, cancelled by payments the next day.
    EXPECT_EQ(text(*replacement, "replacementFor"), "ORD-1001");
    EXPECT_EQ(integer(*replacement, "paid"), 0);
    EXPECT_EQ(text(*replacement, "status"), "cancelled");
    const json &history = section(*replacement, "history");
    ASSERT_EQ(history.size(), 2u);
    EXPECT_EQ(text(history[0], "status"), "placed");
    EXPECT_EQ(text(history[1], "status"), "cancelled");
    EXPECT_EQ(text(history[1], "system"), "payments");
    const long long dayD = seconds(text(*replacement, "placedAt"));
    const long long cancelledAt = seconds(text(history[1], "at"));
    EXPECT_GT(cancelledAt - dayD, 12 * kHour);
    EXPECT_LT(cancelledAt - dayD, 36 * kHour);

    // Full refund by finance, no return label ever.
    const auto refunds = recordsOfOrder(*d, "refunds", "ORD-1001");
    ASSERT_EQ(refunds.size(), 1u);
    EXPECT_EQ(text(*refunds[0], "issuedBy"), "finance");
    EXPECT_EQ(integer(*refunds[0], "amount"), integer(*original, "paid"));
    EXPECT_TRUE(section(*d, "returns").empty());

    // Two days later the cancelled replacement ships and arrives anyway.
    const auto shipments = recordsOfOrder(*d, "shipments", "ORD-1001-R1");
    ASSERT_EQ(shipments.size(), 1u);
    EXPECT_EQ(text(*shipments[0], "status"), "delivered");
    const auto dispatched = firstEventTime(*shipments[0], "dispatched");
    ASSERT_TRUE(dispatched.has_value());
    EXPECT_GE(seconds(*dispatched) - cancelledAt, 44 * kHour);
    EXPECT_LE(seconds(*dispatched) - cancelledAt, 60 * kHour);

    // The messages the customer got: the promise, the cancellation, the shipping notice.
    std::vector<std::string> templates;
    for (const json *message : recordsOfOrder(*d, "messages", "ORD-1001-R1")) {
        templates.push_back(text(*message, "template"));
        EXPECT_EQ(text(*message, "language"), "it");
    }
    EXPECT_EQ(templates,
              (std::vector<std::string>{"replacement-confirmation", "replacement-cancelled",
                                        "shipping-confirmation"}));
}

TEST(DemoScenarioData, VacuumStoryIsTold)
{
    const json *d = demoDocument("vacuum.json");
    ASSERT_NE(d, nullptr);
    const json *order = findById(*d, "orders", "ORD-2001");
    ASSERT_NE(order, nullptr);
    EXPECT_EQ(text(*order, "status"), "dispatched") << "cancel must be refused while on the way";
    const json *customer = findById(*d, "customers", text(*order, "customerId"));
    ASSERT_NE(customer, nullptr);
    EXPECT_EQ(text(*customer, "language"), "es");

    const auto shipments = recordsOfOrder(*d, "shipments", "ORD-2001");
    ASSERT_EQ(shipments.size(), 1u);
    const json &shipment = *shipments[0];
    EXPECT_EQ(text(shipment, "status"), "in_transit");
    EXPECT_GT(seconds(text(shipment.value("promisedWindow", json::object()), "from")), latestNow());
    const json offers = shipment.value("offers", json::object());
    EXPECT_FALSE(offers.value("evening", true));
    EXPECT_FALSE(offers.value("saturday", true));
    const json &points = section(offers, "pickupPoints");
    EXPECT_TRUE(std::any_of(points.begin(), points.end(), [](const json &point) {
        return text(point, "kind") == "post-office" && contains(text(point, "name"), "Correos");
    }));

    const auto messages = recordsOfOrder(*d, "messages", "ORD-2001");
    EXPECT_TRUE(std::any_of(messages.begin(), messages.end(), [](const json *message) {
        return text(*message, "channel") == "sms" && text(*message, "system") == "delivery";
    }));
    EXPECT_TRUE(promisedWindowProblems(*d).empty()) << joined(promisedWindowProblems(*d));
}

TEST(DemoScenarioData, FurnitureStoryIsTold)
{
    const json *d = demoDocument("furniture.json");
    ASSERT_NE(d, nullptr);
    const json *order = findById(*d, "orders", "ORD-3001");
    ASSERT_NE(order, nullptr);
    EXPECT_EQ(text(*order, "channel"), "store");
    EXPECT_GE(section(*d, "customers").size(), 2u) << "a couple";
    for (const json &entry : section(*order, "history")) {
        EXPECT_FALSE(contains(text(entry, "note"), "cancel"))
            << "the store's file must not know about the cancellation";
    }

    const auto shipments = recordsOfOrder(*d, "shipments", "ORD-3001");
    ASSERT_EQ(shipments.size(), 1u);
    const json &shipment = *shipments[0];
    EXPECT_NE(text(shipment, "status"), "delivered");
    EXPECT_FALSE(firstEventTime(shipment, "delivered").has_value());
    const json window = shipment.value("promisedWindow", json::object());
    EXPECT_LT(seconds(text(window, "to")), asOf());
    const json &events = section(shipment, "events");
    EXPECT_TRUE(std::any_of(events.begin(), events.end(), [&](const json &event) {
        return contains(text(event, "description"), "cancelled by logistics") &&
               seconds(text(event, "at")) < seconds(text(window, "from"));
    }));

    const auto messages = recordsOfOrder(*d, "messages", "ORD-3001");
    EXPECT_TRUE(std::any_of(messages.begin(), messages.end(), [](const json *message) {
        return text(*message, "system") == "delivery" &&
               text(*message, "template") == "logistics-refer-to-retailer";
    }));
}

TEST(DemoScenarioData, ResellerCustomerHasNoOrder)
{
    const json *d = demoDocument("reseller.json");
    ASSERT_NE(d, nullptr);
    ASSERT_EQ(section(*d, "customers").size(), 1u);
    const json &customer = section(*d, "customers")[0];
    EXPECT_FALSE(text(customer, "name").empty());
    EXPECT_FALSE(text(customer, "email").empty());
    EXPECT_FALSE(text(customer, "phone").empty());
    const std::string id = text(customer, "id");
    for (const DemoFile &file : demoFiles()) {
        for (const json &order : section(file.document, "orders")) {
            EXPECT_NE(text(order, "customerId"), id) << file.name << " " << text(order, "id");
        }
    }
}

} // namespace
} // namespace caseline::test::demo
