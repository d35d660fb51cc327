// Orders API (/orders/v1) against a real caseline-backoffice over loopback: customers, search,
// order lists, cancellation and replacement orders, with every business-rule refusal.
#include "BackofficeSuite.h"
#include "BackofficeTestKit.h"
#include "HttpTestClient.h"
#include "TestScenario.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <memory>
#include <set>

using caseline::test::BackofficeSuite;
using caseline::test::HttpResponse;
using caseline::test::HttpTestClient;
using caseline::test::isJson;
using caseline::test::isProblem;
using caseline::test::isValidationProblem;
using caseline::test::stateSnapshot;
using caseline::test::TestScenario;
using caseline::test::withKey;
using nlohmann::json;

namespace {

TestScenario ordersScenario()
{
    TestScenario scenario("it-orders");
    scenario.addCustomer(TestScenario::customer("CUS-9001", "Anna Bianchi",
                                                "anna.bianchi@example.it", "+39 333 123 4567"));
    scenario.addCustomer(TestScenario::customer("CUS-9002", "Marco Verdi",
                                                "marco.verdi@example.com", "+39 02 555 0199"));
    scenario.addCustomer(TestScenario::customer("CUS-9003", "Lena Schmidt", "lena@example.de",
                                                "+49 30 1234 5678", "de", "phone"));

    const json twoLines = {TestScenario::line("L1", "SKU-A", 2, 2500),
                           TestScenario::line("L2", "SKU-B", 1, 4990)};
    const json oneLine = {TestScenario::line("L1", "SKU-C", 1, 1000)};
    // CUS-9001 (read-only in this suite). Listed out of order on purpose: the API sorts.
    scenario.addOrder(
        TestScenario::order("ORD-9102", "CUS-9001", "placed", oneLine, -1, "2026-10-30T09:00:00Z"));
    scenario.addOrder(TestScenario::order("ORD-9101", "CUS-9001", "delivered", twoLines, -1,
                                          "2026-10-20T09:00:00Z"));
    scenario.addOrder(TestScenario::order("ORD-9104", "CUS-9001", "cancelled", oneLine, 0,
                                          "2026-10-22T09:00:00Z"));
    scenario.addOrder(TestScenario::order("ORD-9103", "CUS-9001", "dispatched", oneLine, -1,
                                          "2026-10-25T09:00:00Z"));
    scenario.addShipment(TestScenario::shipment(
        "SHP-9101", "ORD-9101", "delivered",
        {TestScenario::shipmentLine("L1", 2), TestScenario::shipmentLine("L2", 1)},
        "BRT9101000001"));
    scenario.addShipment(TestScenario::shipment(
        "SHP-9102", "ORD-9102", "created", {TestScenario::shipmentLine("L1", 1)}, "BRT9102000001"));
    scenario.addShipment(TestScenario::shipment("SHP-9103", "ORD-9103", "in_transit",
                                                {TestScenario::shipmentLine("L1", 1)},
                                                "BRT9103000001"));

    // CUS-9002: the orders this suite changes.
    const json threeOfOne = {TestScenario::line("L1", "SKU-D", 3, 1500),
                             TestScenario::line("L2", "SKU-E", 1, 800)};
    scenario.addOrder(TestScenario::order("ORD-9201", "CUS-9002", "delivered", threeOfOne));
    scenario.addShipment(TestScenario::shipment(
        "SHP-9201", "ORD-9201", "delivered",
        {TestScenario::shipmentLine("L1", 3), TestScenario::shipmentLine("L2", 1)},
        "GLS9201000001"));
    scenario.addOrder(TestScenario::order("ORD-9202", "CUS-9002", "placed", oneLine));
    scenario.addShipment(TestScenario::shipment(
        "SHP-9202", "ORD-9202", "created", {TestScenario::shipmentLine("L1", 1)}, "GLS9202000001"));
    scenario.addOrder(TestScenario::order("ORD-9203", "CUS-9002", "placed", oneLine));
    scenario.addOrder(TestScenario::order("ORD-9204", "CUS-9002", "delivered", oneLine));
    scenario.addShipment(TestScenario::shipment("SHP-9204", "ORD-9204", "delivered",
                                                {TestScenario::shipmentLine("L1", 1)},
                                                "GLS9204000001"));
    scenario.addOrder(TestScenario::order("ORD-9205", "CUS-9002", "delivered", threeOfOne));
    scenario.addOrder(TestScenario::order("ORD-9206", "CUS-9002", "placed", oneLine));
    return scenario;
}

std::vector<std::string> customerIds(const HttpResponse &response)
{
    std::vector<std::string> ids;
    for (const auto &item : json(response.json().at("items"))) {
        ids.push_back(item.at("id").get<std::string>());
    }
    return ids;
}

bool contains(const std::vector<std::string> &ids, const std::string &id)
{
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

} // namespace

class BackofficeOrdersTest : public BackofficeSuite
{
protected:
    static void SetUpTestSuite() { server().start(ordersScenario()); }

    HttpResponse post(const std::string &path, const json &body)
    {
        return http->postJson(path, body, withKey(HttpTestClient::uniqueKey("orders")));
    }
};

TEST_F(BackofficeOrdersTest, GetsACustomer)
{
    const HttpResponse response = http->get("/orders/v1/customers/CUS-9001");
    ASSERT_TRUE(isJson(response, 200));
    const json customer = response.json();
    EXPECT_EQ(customer.at("id"), "CUS-9001");
    EXPECT_EQ(customer.at("name"), "Anna Bianchi");
    EXPECT_EQ(customer.at("email"), "anna.bianchi@example.it");
    EXPECT_EQ(customer.at("phone"), "+39 333 123 4567");
    EXPECT_EQ(customer.at("language"), "it");
    EXPECT_EQ(customer.at("preferredChannel"), "email");
    EXPECT_EQ(customer.at("address"), TestScenario::address());
}

TEST_F(BackofficeOrdersTest, UnknownCustomerIsNotFound)
{
    EXPECT_TRUE(isProblem(http->get("/orders/v1/customers/CUS-0000"), 404, "not-found"));
}

TEST_F(BackofficeOrdersTest, SearchesByNameCaseInsensitively)
{
    const HttpResponse response = http->get("/orders/v1/customers?q=bIaNcHi");
    ASSERT_TRUE(isJson(response, 200));
    EXPECT_EQ(customerIds(response), std::vector<std::string>{"CUS-9001"});
}

TEST_F(BackofficeOrdersTest, SearchesByEmail)
{
    const auto ids = customerIds(http->get("/orders/v1/customers?q=ANNA.BIANCHI%40EXAMPLE"));
    EXPECT_EQ(ids, std::vector<std::string>{"CUS-9001"});
}

TEST_F(BackofficeOrdersTest, SearchesByPhoneIgnoringSpaces)
{
    EXPECT_EQ(customerIds(http->get("/orders/v1/customers?q=%2B393331234567")),
              std::vector<std::string>{"CUS-9001"});
    EXPECT_EQ(customerIds(http->get("/orders/v1/customers?q=3331234567")),
              std::vector<std::string>{"CUS-9001"});
    EXPECT_EQ(customerIds(http->get("/orders/v1/customers?q=025550199")),
              std::vector<std::string>{"CUS-9002"});
}

TEST_F(BackofficeOrdersTest, SearchesByOrderId)
{
    EXPECT_EQ(customerIds(http->get("/orders/v1/customers?q=ORD-9103")),
              std::vector<std::string>{"CUS-9001"});
    EXPECT_EQ(customerIds(http->get("/orders/v1/customers?q=ord-9205")),
              std::vector<std::string>{"CUS-9002"});
}

TEST_F(BackofficeOrdersTest, SearchesByTrackingNumber)
{
    EXPECT_EQ(customerIds(http->get("/orders/v1/customers?q=BRT9103000001")),
              std::vector<std::string>{"CUS-9001"});
    EXPECT_EQ(customerIds(http->get("/orders/v1/customers?q=gls9201")),
              std::vector<std::string>{"CUS-9002"});
}

TEST_F(BackofficeOrdersTest, SearchReturnsEveryMatchAndNothingForNoMatch)
{
    const auto all = customerIds(http->get("/orders/v1/customers?q=example"));
    EXPECT_TRUE(contains(all, "CUS-9001"));
    EXPECT_TRUE(contains(all, "CUS-9002"));
    EXPECT_TRUE(contains(all, "CUS-9003"));
    EXPECT_EQ(std::set<std::string>(all.begin(), all.end()).size(), all.size())
        << "a customer is listed once however many of their fields match";

    const HttpResponse none = http->get("/orders/v1/customers?q=zz-no-such-thing");
    ASSERT_TRUE(isJson(none, 200));
    EXPECT_EQ(none.json(), json({{"items", json::array()}}));
}

TEST_F(BackofficeOrdersTest, SearchNeedsTwoToHundredCharacters)
{
    EXPECT_TRUE(isValidationProblem(http->get("/orders/v1/customers"), "q"));
    EXPECT_TRUE(isValidationProblem(http->get("/orders/v1/customers?q=a"), "q"));
    EXPECT_TRUE(
        isValidationProblem(http->get("/orders/v1/customers?q=" + std::string(101, 'a')), "q"));
    EXPECT_TRUE(isJson(http->get("/orders/v1/customers?q=" + std::string(100, 'a')), 200));
}

TEST_F(BackofficeOrdersTest, ListsACustomersOrdersOldestFirst)
{
    const HttpResponse response = http->get("/orders/v1/orders?customer=CUS-9001");
    ASSERT_TRUE(isJson(response, 200));
    std::vector<std::string> ids;
    for (const auto &order : json(response.json().at("items"))) {
        ids.push_back(order.at("id"));
    }
    EXPECT_EQ(ids, (std::vector<std::string>{"ORD-9101", "ORD-9104", "ORD-9103", "ORD-9102"}));

    const HttpResponse empty = http->get("/orders/v1/orders?customer=CUS-9003");
    ASSERT_TRUE(isJson(empty, 200));
    EXPECT_EQ(empty.json(), json({{"items", json::array()}}));
}

TEST_F(BackofficeOrdersTest, OrderListNeedsAKnownCustomer)
{
    EXPECT_TRUE(isProblem(http->get("/orders/v1/orders?customer=CUS-0000"), 404, "not-found"));
    EXPECT_TRUE(isValidationProblem(http->get("/orders/v1/orders"), "customer"));
}

TEST_F(BackofficeOrdersTest, GetsAnOrder)
{
    const HttpResponse response = http->get("/orders/v1/orders/ORD-9101");
    ASSERT_TRUE(isJson(response, 200));
    const json order = response.json();
    EXPECT_EQ(order.at("id"), "ORD-9101");
    EXPECT_EQ(order.at("customerId"), "CUS-9001");
    EXPECT_EQ(order.at("status"), "delivered");
    EXPECT_EQ(order.at("channel"), "web");
    EXPECT_EQ(order.at("placedAt"), "2026-10-20T09:00:00Z");
    EXPECT_EQ(order.at("currency"), "EUR");
    EXPECT_EQ(order.at("total"), 9990);
    EXPECT_EQ(order.at("paid"), 9990);
    EXPECT_TRUE(order.at("replacementFor").is_null());
    EXPECT_EQ(order.at("replacements"), json::array());
    ASSERT_EQ(order.at("lines").size(), 2u);
    EXPECT_EQ(order["lines"][0], json({{"lineId", "L1"},
                                       {"sku", "SKU-A"},
                                       {"description", "Item SKU-A"},
                                       {"quantity", 2},
                                       {"unitPrice", 2500}}));
    ASSERT_FALSE(order.at("history").empty());
    EXPECT_EQ(order["history"][0].at("status"), "placed");
    EXPECT_EQ(order["history"].back().at("status"), "delivered");
}

TEST_F(BackofficeOrdersTest, UnknownOrderIsNotFound)
{
    EXPECT_TRUE(isProblem(http->get("/orders/v1/orders/ORD-0000"), 404, "not-found"));
}

TEST_F(BackofficeOrdersTest, CancelsAPlacedOrderAndItsCreatedShipment)
{
    const std::size_t historyBefore =
        http->get("/orders/v1/orders/ORD-9202").json().at("history").size();

    const HttpResponse response =
        post("/orders/v1/orders/ORD-9202/cancel", {{"reason", "customer request"}});
    ASSERT_TRUE(isJson(response, 200));
    const json order = response.json();
    EXPECT_EQ(order.at("id"), "ORD-9202");
    EXPECT_EQ(order.at("status"), "cancelled");
    ASSERT_EQ(order.at("history").size(), historyBefore + 1);
    EXPECT_EQ(order["history"].back().at("status"), "cancelled");
    EXPECT_EQ(order["history"].back().at("at"), TestScenario::kNow);

    EXPECT_EQ(http->get("/orders/v1/orders/ORD-9202").json(), order);
    const HttpResponse shipment = http->get("/delivery/v1/shipments/SHP-9202");
    ASSERT_TRUE(isJson(shipment, 200));
    EXPECT_EQ(shipment.json().at("status"), "cancelled");
}

TEST_F(BackofficeOrdersTest, CancellingTwiceIsAConflict)
{
    ASSERT_TRUE(isJson(post("/orders/v1/orders/ORD-9203/cancel", {{"reason", "first"}}), 200));
    const json before = stateSnapshot(*http, {"/orders/v1/orders/ORD-9203"});
    EXPECT_TRUE(isProblem(post("/orders/v1/orders/ORD-9203/cancel", {{"reason", "again"}}), 409,
                          "conflict"));
    EXPECT_EQ(stateSnapshot(*http, {"/orders/v1/orders/ORD-9203"}), before);
}

TEST_F(BackofficeOrdersTest, CannotCancelAfterDispatch)
{
    const std::vector<std::string> paths = {"/orders/v1/orders/ORD-9103",
                                            "/delivery/v1/shipments/SHP-9103"};
    const json before = stateSnapshot(*http, paths);
    const HttpResponse response =
        post("/orders/v1/orders/ORD-9103/cancel", {{"reason", "customer request"}});
    ASSERT_TRUE(isProblem(response, 409, "conflict"));
    EXPECT_NE(response.json().value("detail", "").find("dispatched"), std::string::npos)
        << response.body;
    EXPECT_EQ(stateSnapshot(*http, paths), before);
}

TEST_F(BackofficeOrdersTest, CannotCancelADeliveredOrder)
{
    const json before = stateSnapshot(*http, {"/orders/v1/orders/ORD-9204"});
    EXPECT_TRUE(isProblem(post("/orders/v1/orders/ORD-9204/cancel", {{"reason", "too late"}}), 409,
                          "conflict"));
    EXPECT_EQ(stateSnapshot(*http, {"/orders/v1/orders/ORD-9204"}), before);
}

TEST_F(BackofficeOrdersTest, CancelNeedsAReasonOfAtMost500Characters)
{
    const json before = stateSnapshot(*http, {"/orders/v1/orders/ORD-9206"});
    EXPECT_TRUE(isProblem(post("/orders/v1/orders/ORD-9206/cancel", json::object()), 422,
                          "validation", "reason"));
    EXPECT_TRUE(isProblem(post("/orders/v1/orders/ORD-9206/cancel", {{"reason", ""}}), 422,
                          "validation", "reason"));
    EXPECT_TRUE(
        isProblem(post("/orders/v1/orders/ORD-9206/cancel", {{"reason", std::string(501, 'x')}}),
                  422, "validation", "reason"));
    EXPECT_EQ(stateSnapshot(*http, {"/orders/v1/orders/ORD-9206"}), before);
}

TEST_F(BackofficeOrdersTest, CancellingAnUnknownOrderIsNotFound)
{
    EXPECT_TRUE(
        isProblem(post("/orders/v1/orders/ORD-0000/cancel", {{"reason", "x"}}), 404, "not-found"));
}

TEST_F(BackofficeOrdersTest, CreatesReplacementOrders)
{
    const HttpResponse first = post(
        "/orders/v1/orders/ORD-9201/replacement",
        {{"lines", {{{"lineId", "L1"}, {"quantity", 2}}}}, {"reason", "wrong item delivered"}});
    ASSERT_TRUE(isJson(first, 201));
    const json replacement = first.json();
    EXPECT_EQ(replacement.at("id"), "ORD-9201-R1");
    EXPECT_EQ(replacement.at("customerId"), "CUS-9002");
    EXPECT_EQ(replacement.at("status"), "placed");
    EXPECT_EQ(replacement.at("currency"), "EUR");
    EXPECT_EQ(replacement.at("replacementFor"), "ORD-9201");
    EXPECT_EQ(replacement.at("replacements"), json::array());
    EXPECT_EQ(replacement.at("placedAt"), TestScenario::kNow);
    ASSERT_EQ(replacement.at("lines").size(), 1u);
    EXPECT_EQ(replacement["lines"][0].at("lineId"), "L1");
    EXPECT_EQ(replacement["lines"][0].at("sku"), "SKU-D");
    EXPECT_EQ(replacement["lines"][0].at("quantity"), 2);
    EXPECT_EQ(replacement["lines"][0].at("unitPrice"), 1500);
    EXPECT_EQ(replacement.at("total"), 3000);
    EXPECT_EQ(replacement.at("paid"), 0);
    ASSERT_FALSE(replacement.at("history").empty());
    EXPECT_EQ(replacement["history"][0].at("status"), "placed");

    EXPECT_EQ(http->get("/orders/v1/orders/ORD-9201-R1").json(), replacement);
    EXPECT_EQ(http->get("/orders/v1/orders/ORD-9201").json().at("replacements"),
              json({"ORD-9201-R1"}));

    const HttpResponse shipments = http->get("/delivery/v1/shipments?order=ORD-9201-R1");
    ASSERT_TRUE(isJson(shipments, 200));
    const json items = shipments.json().at("items");
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(items[0].at("orderId"), "ORD-9201-R1");
    EXPECT_EQ(items[0].at("status"), "created");
    EXPECT_EQ(items[0].at("lines"), json({{{"lineId", "L1"}, {"quantity", 2}}}));

    const HttpResponse second =
        post("/orders/v1/orders/ORD-9201/replacement",
             {{"lines", {{{"lineId", "L2"}, {"quantity", 1}}}}, {"reason", "second item damaged"}});
    ASSERT_TRUE(isJson(second, 201));
    EXPECT_EQ(second.json().at("id"), "ORD-9201-R2");
    EXPECT_EQ(second.json().at("total"), 800);
    EXPECT_EQ(http->get("/orders/v1/orders/ORD-9201").json().at("replacements"),
              json({"ORD-9201-R1", "ORD-9201-R2"}));

    // The customer's order list now includes both replacements.
    std::set<std::string> ids;
    for (const auto &order :
         json(http->get("/orders/v1/orders?customer=CUS-9002").json().at("items"))) {
        ids.insert(order.at("id"));
    }
    EXPECT_TRUE(ids.count("ORD-9201-R1"));
    EXPECT_TRUE(ids.count("ORD-9201-R2"));
}

TEST_F(BackofficeOrdersTest, ReplacementRefusesBadLines)
{
    const std::vector<std::string> paths = {"/orders/v1/orders/ORD-9205",
                                            "/orders/v1/orders?customer=CUS-9002",
                                            "/orders/v1/orders/ORD-9205-R1"};
    const json before = stateSnapshot(*http, paths);
    const std::string path = "/orders/v1/orders/ORD-9205/replacement";
    auto body = [](const json &lines) {
        return json{{"lines", lines}, {"reason", "wrong item"}};
    };

    EXPECT_TRUE(isProblem(post(path, body({{{"lineId", "L9"}, {"quantity", 1}}})), 422,
                          "validation", "lines[0].lineId"));
    EXPECT_TRUE(isProblem(post(path, body({{{"lineId", "L1"}, {"quantity", 4}}})), 422,
                          "validation", "lines[0].quantity"));
    EXPECT_TRUE(isProblem(post(path, body({{{"lineId", "L1"}, {"quantity", 0}}})), 422,
                          "validation", "lines[0].quantity"));
    EXPECT_TRUE(isProblem(post(path, body({{{"lineId", "L1"}, {"quantity", 1}},
                                           {{"lineId", "L2"}, {"quantity", 2}}})),
                          422, "validation", "lines[1].quantity"));
    EXPECT_TRUE(isProblem(post(path, body(json::array())), 422, "validation", "lines"));
    EXPECT_TRUE(isProblem(post(path, {{"lines", {{{"lineId", "L1"}, {"quantity", 1}}}}}), 422,
                          "validation", "reason"));
    EXPECT_EQ(stateSnapshot(*http, paths), before);
}

TEST_F(BackofficeOrdersTest, ReplacementOfACancelledOrderIsAConflict)
{
    const std::vector<std::string> paths = {"/orders/v1/orders/ORD-9104",
                                            "/orders/v1/orders?customer=CUS-9001"};
    const json before = stateSnapshot(*http, paths);
    EXPECT_TRUE(isProblem(post("/orders/v1/orders/ORD-9104/replacement",
                               {{"lines", {{{"lineId", "L1"}, {"quantity", 1}}}},
                                {"reason", "wrong item delivered"}}),
                          409, "conflict"));
    EXPECT_EQ(stateSnapshot(*http, paths), before);
}

TEST_F(BackofficeOrdersTest, ReplacementOfAnUnknownOrderIsNotFound)
{
    EXPECT_TRUE(isProblem(post("/orders/v1/orders/ORD-0000/replacement",
                               {{"lines", {{{"lineId", "L1"}, {"quantity", 1}}}},
                                {"reason", "wrong item delivered"}}),
                          404, "not-found"));
}
