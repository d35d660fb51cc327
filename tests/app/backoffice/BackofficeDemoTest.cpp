// --demo: the built-in demo scenarios (resources/demo/*.json) are all served, and the demo data
// supports the stories the console is demonstrated with (search, replacement chain, the vacuum
// cleaner's carrier without evening or Saturday slots, the reseller without orders).
#include "BackofficeSuite.h"
#include "BackofficeTestKit.h"
#include "DemoScenarios.h"
#include "HttpTestClient.h"
#include "TestScenario.h"

#include <gtest/gtest.h>
#include <memory>
#include <set>

using caseline::test::BackofficeSuite;
using caseline::test::DemoScenarios;
using caseline::test::HttpResponse;
using caseline::test::HttpTestClient;
using caseline::test::isJson;
using caseline::test::TestScenario;
using nlohmann::json;

namespace {

std::vector<json> demoScenarios()
{
    std::vector<json> scenarios;
    for (const DemoScenarios::File &file : DemoScenarios::all()) {
        scenarios.push_back(file.document);
    }
    return scenarios;
}

std::vector<std::string> customerIds(const HttpResponse &response)
{
    std::vector<std::string> ids;
    if (response.status != 200) {
        ADD_FAILURE() << response.describe();
        return ids;
    }
    for (const auto &item : json(response.json().at("items"))) {
        ids.push_back(item.at("id").get<std::string>());
    }
    return ids;
}

} // namespace

class BackofficeDemoTest : public BackofficeSuite
{
protected:
    static void SetUpTestSuite() { server().start({"--demo", "--clock", TestScenario::kNow}); }
};

TEST_F(BackofficeDemoTest, ServesEveryDemoRecord)
{
    const auto scenarios = demoScenarios();
    ASSERT_FALSE(scenarios.empty());
    for (const auto &scenario : scenarios) {
        SCOPED_TRACE(scenario.value("id", "?"));
        for (const auto &customer : scenario.value("customers", json::array())) {
            const HttpResponse response =
                http->get("/orders/v1/customers/" + customer.at("id").get<std::string>());
            ASSERT_TRUE(isJson(response, 200));
            const json served = response.json();
            for (const char *field :
                 {"id", "name", "email", "phone", "language", "preferredChannel", "address"}) {
                EXPECT_EQ(served.at(field), customer.at(field))
                    << customer.at("id") << " " << field;
            }
        }
        for (const auto &order : scenario.value("orders", json::array())) {
            const HttpResponse response =
                http->get("/orders/v1/orders/" + order.at("id").get<std::string>());
            ASSERT_TRUE(isJson(response, 200));
            const json served = response.json();
            for (const char *field :
                 {"customerId", "status", "channel", "currency", "lines", "total", "paid"}) {
                EXPECT_EQ(served.at(field), order.at(field)) << order.at("id") << " " << field;
            }
        }
        for (const auto &shipment : scenario.value("shipments", json::array())) {
            const HttpResponse response =
                http->get("/delivery/v1/shipments/" + shipment.at("id").get<std::string>());
            ASSERT_TRUE(isJson(response, 200));
            const json served = response.json();
            EXPECT_EQ(served.at("trackingNumber"), shipment.at("trackingNumber"));
            EXPECT_EQ(served.at("status"), shipment.at("status"));
            EXPECT_FALSE(served.contains("offers"));
        }
    }
}

TEST_F(BackofficeDemoTest, StilettosReplacementChain)
{
    const HttpResponse customer = http->get("/orders/v1/customers/CUS-1001");
    ASSERT_TRUE(isJson(customer, 200));
    EXPECT_EQ(customer.json().at("name"), "Giulia Rossi");

    const json original = http->get("/orders/v1/orders/ORD-1001").json();
    EXPECT_EQ(original.at("customerId"), "CUS-1001");
    EXPECT_EQ(original.at("replacements"), json({"ORD-1001-R1"}));
    const json replacement = http->get("/orders/v1/orders/ORD-1001-R1").json();
    EXPECT_EQ(replacement.at("replacementFor"), "ORD-1001");
    EXPECT_EQ(replacement.at("customerId"), "CUS-1001");

    std::vector<std::string> ids;
    for (const auto &order :
         json(http->get("/orders/v1/orders?customer=CUS-1001").json().at("items"))) {
        ids.push_back(order.at("id"));
    }
    EXPECT_EQ(ids, (std::vector<std::string>{"ORD-1001", "ORD-1001-R1"}));
}

TEST_F(BackofficeDemoTest, SearchFindsCustomersByEveryIdentifier)
{
    EXPECT_EQ(customerIds(http->get("/orders/v1/customers?q=giulia%20rossi")),
              std::vector<std::string>{"CUS-1001"});
    EXPECT_EQ(customerIds(http->get("/orders/v1/customers?q=giulia.rossi%40example.it")),
              std::vector<std::string>{"CUS-1001"});
    EXPECT_EQ(customerIds(http->get("/orders/v1/customers?q=%2B393475550101")),
              std::vector<std::string>{"CUS-1001"});
    EXPECT_EQ(customerIds(http->get("/orders/v1/customers?q=ORD-1001-R1")),
              std::vector<std::string>{"CUS-1001"});
    EXPECT_EQ(customerIds(http->get("/orders/v1/customers?q=BRT0310457781")),
              std::vector<std::string>{"CUS-1001"});
    EXPECT_EQ(customerIds(http->get("/orders/v1/customers?q=RSE7730018842")),
              std::vector<std::string>{"CUS-1002"});
    EXPECT_EQ(customerIds(http->get("/orders/v1/customers?q=ORD-2001")),
              std::vector<std::string>{"CUS-1002"});
}

TEST_F(BackofficeDemoTest, VacuumShipmentHasNoEveningOrSaturdaySlotsButPickupPoints)
{
    const HttpResponse shipments = http->get("/delivery/v1/shipments?order=ORD-2001");
    ASSERT_TRUE(isJson(shipments, 200));
    ASSERT_FALSE(shipments.json().at("items").empty());
    const std::string shipmentId = shipments.json()["items"][0].at("id");

    const HttpResponse options = http->get("/delivery/v1/shipments/" + shipmentId + "/options");
    ASSERT_TRUE(isJson(options, 200));
    const json slots = options.json().at("slots");
    ASSERT_FALSE(slots.empty());
    for (const auto &slot : slots) {
        EXPECT_EQ(slot.at("kind"), "office-hours") << slot.dump();
        EXPECT_GT(slot.at("from").get<std::string>(), std::string(TestScenario::kNow));
        EXPECT_LE(slot.at("from").get<std::string>(), std::string("2026-11-16T10:00:00Z"));
    }
    EXPECT_FALSE(options.json().at("pickupPoints").empty());
}

TEST_F(BackofficeDemoTest, FurnitureOrderAndResellerWithoutOrders)
{
    EXPECT_TRUE(isJson(http->get("/orders/v1/orders/ORD-3001"), 200));

    bool resellerWithoutOrders = false;
    for (const auto &scenario : demoScenarios()) {
        for (const auto &customer : scenario.value("customers", json::array())) {
            const std::string id = customer.at("id");
            const HttpResponse orders = http->get("/orders/v1/orders?customer=" + id);
            ASSERT_TRUE(isJson(orders, 200)) << id;
            if (orders.json().at("items").empty()) {
                resellerWithoutOrders = true;
            }
        }
    }
    EXPECT_TRUE(resellerWithoutOrders) << "a demo customer (the reseller) has no orders";
}

TEST_F(BackofficeDemoTest, ThirtyOrdinaryOrders)
{
    std::set<std::string> ordinary;
    for (const std::string &customer : customerIds(http->get("/orders/v1/customers?q=ORD-4"))) {
        EXPECT_EQ(customer.rfind("CUS-2", 0), 0u) << customer;
        for (const auto &order :
             json(http->get("/orders/v1/orders?customer=" + customer).json().at("items"))) {
            const std::string id = order.at("id");
            if (id.rfind("ORD-4", 0) == 0) {
                ordinary.insert(id);
            }
        }
    }
    EXPECT_GE(ordinary.size(), 30u);
}
