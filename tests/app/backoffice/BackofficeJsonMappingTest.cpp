// The console's JSON mappers against what the reference back-office really answers: every read
// route over the whole demo data, and the records the write routes create. In process (no
// server, no socket): requests are handed to ReferenceBackoffice directly.
#include "DemoScenarios.h"
#include "ReferenceBackoffice.h"
#include "backoffice/ChangeEventJson.h"
#include "backoffice/CustomerJson.h"
#include "backoffice/DeliveryOptionsJson.h"
#include "backoffice/JsonBody.h"
#include "backoffice/MappingError.h"
#include "backoffice/MessageJson.h"
#include "backoffice/OrderJson.h"
#include "backoffice/RefundJson.h"
#include "backoffice/ReturnJson.h"
#include "backoffice/ShipmentJson.h"
#include "domain/Rfc3339.h"

#include <QCoreApplication>
#include <algorithm>
#include <gtest/gtest.h>
#include <map>
#include <memory>
#include <string>

using namespace caseline;
using backoffice::ApiRequest;
using backoffice::ApiResponse;
using backoffice::BackofficeOptions;
using backoffice::ReferenceBackoffice;
using nlohmann::json;

namespace {

// The demo scenarios are written as of this instant; a clock frozen there keeps their times.
const QDateTime demoTime(QDate(2026, 10, 20), QTime(12, 0), Qt::UTC);

std::vector<json> demoScenarios()
{
    std::vector<json> scenarios;
    for (const caseline::test::DemoScenarios::File &file : caseline::test::DemoScenarios::all()) {
        scenarios.push_back(file.document);
    }
    return scenarios;
}

std::size_t countWhere(const json &records, const std::string &key, const std::string &value)
{
    return static_cast<std::size_t>(
        std::count_if(records.begin(), records.end(),
                      [&](const json &record) { return record.value(key, "") == value; }));
}

} // namespace

class BackofficeJsonMappingTest : public ::testing::Test
{
protected:
    // The SQLite driver is a plugin, which Qt loads only with an application object.
    static void SetUpTestSuite()
    {
        if (!QCoreApplication::instance()) {
            s_application = std::make_unique<QCoreApplication>(s_argc, s_argv);
        }
    }

    static void TearDownTestSuite() { s_application.reset(); }

    void SetUp() override
    {
        BackofficeOptions options;
        options.clock = demoTime;
        options.seed = 7;
        options.seedGiven = true;
        m_backoffice = std::make_unique<ReferenceBackoffice>(options);
        m_backoffice->loadDemo();
    }

    // The body of a successful answer, as the console would parse it.
    json call(const std::string &method, const std::string &path,
              const std::map<std::string, std::string> &query = {}, const json &body = nullptr)
    {
        ApiRequest request;
        request.method = method;
        request.path = path;
        request.query = query;
        request.fromLoopback = true;
        if (!body.is_null()) {
            request.body = body.dump();
            request.headers["content-type"] = "application/json";
            request.headers["idempotency-key"] = "mapping-test-" + std::to_string(++m_keys);
        }
        const ApiResponse response = m_backoffice->handle(request);
        EXPECT_GE(response.status, 200) << method << " " << path << ": " << response.body;
        EXPECT_LT(response.status, 300) << method << " " << path << ": " << response.body;
        return parseJsonBody(response.body);
    }

    json get(const std::string &path, const std::map<std::string, std::string> &query = {})
    {
        return call("GET", path, query);
    }

    json post(const std::string &path, const json &body) { return call("POST", path, {}, body); }

    std::unique_ptr<ReferenceBackoffice> m_backoffice;
    int m_keys = 0;

private:
    static inline int s_argc = 1;
    static inline char s_name[] = "BackofficeJsonMappingTest";
    static inline char *s_argv[] = {s_name, nullptr};
    static inline std::unique_ptr<QCoreApplication> s_application;
};

TEST_F(BackofficeJsonMappingTest, EveryReadRouteOverTheDemoDataMaps)
{
    std::size_t mapped = 0;
    for (const json &scenario : demoScenarios()) {
        SCOPED_TRACE(scenario.value("id", ""));
        const json &orders = scenario.at("orders");
        for (const json &customer : scenario.at("customers")) {
            const std::string id = customer.at("id");
            EXPECT_EQ(customerFromJson(get("/orders/v1/customers/" + id)).id, id);
            EXPECT_EQ(orderListFromJson(get("/orders/v1/orders", {{"customer", id}})).size(),
                      countWhere(orders, "customerId", id));
            EXPECT_EQ(
                messageListFromJson(get("/notifications/v1/messages", {{"customer", id}})).size(),
                countWhere(scenario.at("messages"), "customerId", id));
            mapped += 3;
        }
        for (const json &demoOrder : orders) {
            const std::string id = demoOrder.at("id");
            const Order order = orderFromJson(get("/orders/v1/orders/" + id));
            EXPECT_EQ(order.id, id);
            EXPECT_EQ(order.lines.size(), demoOrder.at("lines").size());
            const std::map<std::string, std::string> byOrder{{"order", id}};
            EXPECT_EQ(shipmentListFromJson(get("/delivery/v1/shipments", byOrder)).size(),
                      countWhere(scenario.at("shipments"), "orderId", id));
            EXPECT_EQ(refundListFromJson(get("/payments/v1/refunds", byOrder)).size(),
                      countWhere(scenario.at("refunds"), "orderId", id));
            EXPECT_EQ(returnListFromJson(get("/returns/v1/returns", byOrder)).size(),
                      countWhere(scenario.at("returns"), "orderId", id));
            EXPECT_EQ(messageListFromJson(get("/notifications/v1/messages", byOrder)).size(),
                      countWhere(scenario.at("messages"), "orderId", id));
            mapped += 6;
        }
        for (const json &demoShipment : scenario.at("shipments")) {
            const std::string id = demoShipment.at("id");
            const Shipment shipment = shipmentFromJson(get("/delivery/v1/shipments/" + id));
            EXPECT_EQ(shipment.id, id);
            EXPECT_EQ(shipment.events.size(), demoShipment.at("events").size());
            ++mapped;
            if (shipment.status != ShipmentStatus::Delivered &&
                shipment.status != ShipmentStatus::Cancelled) {
                EXPECT_EQ(deliveryOptionsFromJson(get("/delivery/v1/shipments/" + id + "/options"))
                              .shipmentId,
                          id);
                ++mapped;
            }
        }
        for (const json &demoReturn : scenario.at("returns")) {
            const std::string id = demoReturn.at("id");
            const ReturnAuthorization authorization =
                returnFromJson(get("/returns/v1/returns/" + id));
            ASSERT_TRUE(authorization.label.has_value());
            EXPECT_EQ(authorization.label->url, "/returns/v1/returns/" + id + "/label.pdf");
            ++mapped;
        }
    }
    EXPECT_GT(mapped, 200u);
}

TEST_F(BackofficeJsonMappingTest, RecordsTheWriteRoutesCreateMapBack)
{
    const Order replacement = orderFromJson(post(
        "/orders/v1/orders/ORD-4001/replacement",
        {{"lines", {{{"lineId", "L1"}, {"quantity", 1}}}}, {"reason", "wrong size delivered"}}));
    EXPECT_EQ(replacement.replacementFor, std::optional<std::string>("ORD-4001"));
    EXPECT_EQ(replacement.paid, 0);
    const Order original = orderFromJson(get("/orders/v1/orders/ORD-4001"));
    EXPECT_NE(std::find(original.replacements.begin(), original.replacements.end(), replacement.id),
              original.replacements.end());

    const DeliveryOptions options =
        deliveryOptionsFromJson(get("/delivery/v1/shipments/SHP-4002/options"));
    ASSERT_FALSE(options.slots.empty());
    const Shipment moved = shipmentFromJson(
        post("/delivery/v1/shipments/SHP-4002/reschedule", {{"slotId", options.slots.front().id}}));
    ASSERT_TRUE(moved.promisedWindow.has_value());
    EXPECT_EQ(moved.promisedWindow->from, options.slots.front().from);
    EXPECT_EQ(moved.promisedWindow->to, options.slots.front().to);
    ASSERT_FALSE(moved.events.empty());
    EXPECT_EQ(moved.events.back().status, "rescheduled");

    const DeliveryOptions points =
        deliveryOptionsFromJson(get("/delivery/v1/shipments/SHP-4008/options"));
    ASSERT_FALSE(points.pickupPoints.empty());
    const PickupPoint &point = points.pickupPoints.front();
    const Shipment redirected = shipmentFromJson(
        post("/delivery/v1/shipments/SHP-4008/reschedule", {{"pickupPointId", point.id}}));
    ASSERT_TRUE(redirected.pickupPoint.has_value());
    EXPECT_EQ(redirected.pickupPoint->id, point.id);
    EXPECT_EQ(redirected.pickupPoint->address.city, point.address.city);
    EXPECT_EQ(redirected.pickupPoint->openingHours.size(), point.openingHours.size());

    const Refund refund =
        refundFromJson(post("/payments/v1/refunds", {{"orderId", "ORD-4001"},
                                                     {"amount", 500},
                                                     {"currency", "EUR"},
                                                     {"reason", "late delivery"}}));
    EXPECT_EQ(refund.amount, 500);
    EXPECT_EQ(refund.createdAt, demoTime);

    const ReturnAuthorization authorization = returnFromJson(
        post("/returns/v1/returns", {{"orderId", "ORD-4004"},
                                     {"lines", {{{"lineId", "L1"}, {"quantity", 1}}}},
                                     {"reason", "too small"}}));
    EXPECT_EQ(authorization.status, "authorized");
    ASSERT_TRUE(authorization.label.has_value());
    EXPECT_EQ(authorization.label->url, "/returns/v1/returns/" + authorization.id + "/label.pdf");

    const CustomerMessage message =
        messageFromJson(post("/notifications/v1/messages", {{"customerId", "CUS-2001"},
                                                            {"channel", "email"},
                                                            {"language", "en"},
                                                            {"subject", "About your order"},
                                                            {"body", "We are on it."}}));
    EXPECT_FALSE(message.orderId.has_value());
    EXPECT_EQ(message.sentAt, demoTime);

    const ChangeEventPage page = changeEventPageFromJson(get("/events/v1"));
    ASSERT_GE(page.events.size(), 5u);
    EXPECT_EQ(page.next, page.events.back().seq);
    const auto kind = [&](const std::string &name) {
        return std::any_of(page.events.begin(), page.events.end(),
                           [&](const ChangeEvent &event) { return event.kind == name; });
    };
    EXPECT_TRUE(kind("order.replacement_created"));
    EXPECT_TRUE(kind("shipment.rescheduled"));
    EXPECT_TRUE(kind("refund.created"));
    EXPECT_TRUE(kind("return.created"));
    EXPECT_TRUE(kind("message.sent"));
}
