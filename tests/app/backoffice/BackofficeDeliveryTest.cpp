// Delivery API (/delivery/v1): shipments, delivery options (slots and pickup points) and
// rescheduling, against a real caseline-backoffice whose clock is frozen on Monday
// 2026-11-02 10:00 UTC.
#include "BackofficeSuite.h"
#include "BackofficeTestKit.h"
#include "HttpTestClient.h"
#include "TestScenario.h"

#include <QDateTime>
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

const json pickupPoints = {
    TestScenario::pickupPoint("PUP-MI-901", "Locker Milano Centrale"),
    TestScenario::pickupPoint("PUP-MI-902", "Poste Italiane Milano 12", "post-office")};

TestScenario deliveryScenario()
{
    TestScenario scenario("it-delivery");
    scenario.addCustomer(TestScenario::customer("CUS-9301", "Paolo Neri", "paolo.neri@example.it",
                                                "+39 340 000 9301"));
    const json oneLine = {TestScenario::line("L1", "SKU-F", 1, 3000)};
    const json line = {TestScenario::shipmentLine("L1", 1)};
    const json allOffers = TestScenario::offers(true, true, pickupPoints);

    scenario.addOrder(TestScenario::order("ORD-9301", "CUS-9301", "placed", oneLine));
    scenario.addShipment(TestScenario::shipment("SHP-9301", "ORD-9301", "created", line,
                                                "BRT9301000001", allOffers));
    scenario.addOrder(TestScenario::order("ORD-9302", "CUS-9301", "dispatched", oneLine));
    scenario.addShipment(
        TestScenario::shipment("SHP-9302", "ORD-9302", "in_transit", line, "BRT9302000001"));
    scenario.addOrder(TestScenario::order("ORD-9303", "CUS-9301", "delivered", oneLine));
    scenario.addShipment(TestScenario::shipment("SHP-9303", "ORD-9303", "delivered", line,
                                                "BRT9303000001", allOffers));
    scenario.addOrder(TestScenario::order("ORD-9304", "CUS-9301", "cancelled", oneLine, 0));
    scenario.addShipment(TestScenario::shipment("SHP-9304", "ORD-9304", "cancelled", line,
                                                "BRT9304000001", allOffers));
    scenario.addOrder(TestScenario::order("ORD-9305", "CUS-9301", "placed", oneLine));
    scenario.addShipment(TestScenario::shipment("SHP-9305", "ORD-9305", "created", line,
                                                "BRT9305000001", allOffers));
    const json twoLines = {TestScenario::line("L1", "SKU-G", 1, 1000),
                           TestScenario::line("L2", "SKU-H", 1, 2000)};
    scenario.addOrder(TestScenario::order("ORD-9306", "CUS-9301", "dispatched", twoLines));
    scenario.addShipment(TestScenario::shipment("SHP-9306", "ORD-9306", "delivered",
                                                {TestScenario::shipmentLine("L1", 1)},
                                                "BRT9306000001"));
    scenario.addShipment(TestScenario::shipment("SHP-9307", "ORD-9306", "out_for_delivery",
                                                {TestScenario::shipmentLine("L2", 1)},
                                                "BRT9307000001"));
    scenario.addOrder(TestScenario::order("ORD-9308", "CUS-9301", "placed", oneLine));
    scenario.addShipment(TestScenario::shipment("SHP-9308", "ORD-9308", "created", line,
                                                "BRT9308000001", allOffers));
    return scenario;
}

QDateTime parseTime(const json &value)
{
    return QDateTime::fromString(QString::fromStdString(value.get<std::string>()), Qt::ISODate)
        .toUTC();
}

const QDateTime now = QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC);

} // namespace

class BackofficeDeliveryTest : public BackofficeSuite
{
protected:
    static void SetUpTestSuite() { server().start(deliveryScenario()); }

    HttpResponse reschedule(const std::string &shipmentId, const json &body)
    {
        return http->postJson("/delivery/v1/shipments/" + shipmentId + "/reschedule", body,
                              withKey(HttpTestClient::uniqueKey("delivery")));
    }

    json options(const std::string &shipmentId)
    {
        const HttpResponse response =
            http->get("/delivery/v1/shipments/" + shipmentId + "/options");
        EXPECT_TRUE(isJson(response, 200));
        return response.status == 200 ? response.json() : json::object();
    }

    // The id of the offered slot starting at `from` (RFC 3339), or "".
    static std::string slotStartingAt(const json &options, const std::string &from)
    {
        for (const auto &slot : options.value("slots", json::array())) {
            if (slot.value("from", "") == from) {
                return slot.value("id", "");
            }
        }
        return {};
    }
};

TEST_F(BackofficeDeliveryTest, ListsAnOrdersShipments)
{
    const HttpResponse one = http->get("/delivery/v1/shipments?order=ORD-9301");
    ASSERT_TRUE(isJson(one, 200));
    ASSERT_EQ(one.json().at("items").size(), 1u);
    EXPECT_EQ(one.json()["items"][0].at("id"), "SHP-9301");

    const HttpResponse two = http->get("/delivery/v1/shipments?order=ORD-9306");
    ASSERT_TRUE(isJson(two, 200));
    std::set<std::string> ids;
    for (const auto &shipment : json(two.json().at("items"))) {
        ids.insert(shipment.at("id"));
    }
    EXPECT_EQ(ids, (std::set<std::string>{"SHP-9306", "SHP-9307"}));
}

TEST_F(BackofficeDeliveryTest, ShipmentListNeedsAKnownOrder)
{
    EXPECT_TRUE(isProblem(http->get("/delivery/v1/shipments?order=ORD-0000"), 404, "not-found"));
    EXPECT_TRUE(isValidationProblem(http->get("/delivery/v1/shipments"), "order"));
}

TEST_F(BackofficeDeliveryTest, GetsAShipmentWithoutItsCarrierOffers)
{
    const HttpResponse response = http->get("/delivery/v1/shipments/SHP-9302");
    ASSERT_TRUE(isJson(response, 200));
    const json shipment = response.json();
    EXPECT_EQ(shipment.at("id"), "SHP-9302");
    EXPECT_EQ(shipment.at("orderId"), "ORD-9302");
    EXPECT_EQ(shipment.at("carrier"), "BRT");
    EXPECT_EQ(shipment.at("trackingNumber"), "BRT9302000001");
    EXPECT_EQ(shipment.at("status"), "in_transit");
    EXPECT_EQ(shipment.at("lines"), json({{{"lineId", "L1"}, {"quantity", 1}}}));
    EXPECT_EQ(shipment.at("promisedWindow"),
              json({{"from", "2026-11-04T09:00:00Z"}, {"to", "2026-11-04T13:00:00Z"}}));
    EXPECT_EQ(shipment.at("address"), TestScenario::address());
    EXPECT_TRUE(shipment.at("pickupPoint").is_null());
    EXPECT_EQ(shipment.at("events").size(), 2u);
    EXPECT_FALSE(shipment.contains("offers")) << "offers are scenario-only: " << response.body;
}

TEST_F(BackofficeDeliveryTest, UnknownShipmentIsNotFound)
{
    EXPECT_TRUE(isProblem(http->get("/delivery/v1/shipments/SHP-0000"), 404, "not-found"));
    EXPECT_TRUE(isProblem(http->get("/delivery/v1/shipments/SHP-0000/options"), 404, "not-found"));
}

TEST_F(BackofficeDeliveryTest, OffersSlotsForTheNext14DaysOnly)
{
    const json offered = options("SHP-9301");
    EXPECT_EQ(offered.value("shipmentId", ""), "SHP-9301");
    const json slots = offered.value("slots", json::array());
    ASSERT_FALSE(slots.empty());

    std::set<std::string> ids;
    std::set<std::string> kinds;
    QDateTime latest = now;
    for (const auto &slot : slots) {
        SCOPED_TRACE(slot.dump());
        ids.insert(slot.at("id").get<std::string>());
        const QDateTime from = parseTime(slot.at("from"));
        const QDateTime to = parseTime(slot.at("to"));
        const std::string kind = slot.at("kind");
        kinds.insert(kind);
        latest = std::max(latest, from);
        EXPECT_GT(from, now) << "only slots that start after now";
        EXPECT_LE(from, now.addDays(14)) << "14-day horizon";
        EXPECT_EQ(from.date(), to.date());
        const int weekday = from.date().dayOfWeek();
        EXPECT_NE(weekday, Qt::Sunday) << "never on Sunday";
        const int fromHour = from.time().hour();
        const int toHour = to.time().hour();
        EXPECT_EQ(from.time().minute(), 0);
        EXPECT_EQ(to.time().minute(), 0);
        if (kind == "office-hours") {
            EXPECT_LE(weekday, Qt::Friday);
            EXPECT_TRUE((fromHour == 9 && toHour == 13) || (fromHour == 13 && toHour == 18));
        } else if (kind == "evening") {
            EXPECT_LE(weekday, Qt::Friday);
            EXPECT_EQ(fromHour, 18);
            EXPECT_EQ(toHour, 21);
        } else if (kind == "saturday") {
            EXPECT_EQ(weekday, Qt::Saturday);
            EXPECT_EQ(fromHour, 9);
            EXPECT_EQ(toHour, 13);
        } else {
            ADD_FAILURE() << "unknown slot kind " << kind;
        }
    }
    EXPECT_EQ(ids.size(), slots.size()) << "slot ids are unique";
    EXPECT_EQ(kinds, (std::set<std::string>{"office-hours", "evening", "saturday"}));
    EXPECT_GE(latest, QDateTime(QDate(2026, 11, 13), QTime(13, 0), Qt::UTC))
        << "the horizon reaches the second week";

    // Today: the morning slot has started already, the afternoon and evening have not.
    EXPECT_EQ(slotStartingAt(offered, "2026-11-02T09:00:00Z"), "");
    EXPECT_NE(slotStartingAt(offered, "2026-11-02T13:00:00Z"), "");
    EXPECT_NE(slotStartingAt(offered, "2026-11-02T18:00:00Z"), "");
    // Every weekday of the first full week has both office-hours slots and an evening.
    for (int day = 3; day <= 6; ++day) {
        const std::string date = "2026-11-0" + std::to_string(day);
        EXPECT_NE(slotStartingAt(offered, date + "T09:00:00Z"), "") << date;
        EXPECT_NE(slotStartingAt(offered, date + "T13:00:00Z"), "") << date;
        EXPECT_NE(slotStartingAt(offered, date + "T18:00:00Z"), "") << date;
    }
    EXPECT_NE(slotStartingAt(offered, "2026-11-07T09:00:00Z"), "") << "Saturday";
    EXPECT_EQ(slotStartingAt(offered, "2026-11-07T13:00:00Z"), "") << "Saturday afternoon";
}

TEST_F(BackofficeDeliveryTest, OffersNoEveningOrSaturdayWithoutCarrierOffers)
{
    const json offered = options("SHP-9302");
    const json slots = offered.value("slots", json::array());
    ASSERT_FALSE(slots.empty());
    for (const auto &slot : slots) {
        EXPECT_EQ(slot.at("kind"), "office-hours") << slot.dump();
    }
    EXPECT_EQ(offered.value("pickupPoints", json()), json::array());
}

TEST_F(BackofficeDeliveryTest, OffersTheCarriersPickupPoints)
{
    const json offered = options("SHP-9301");
    EXPECT_EQ(offered.value("pickupPoints", json()), pickupPoints);
}

TEST_F(BackofficeDeliveryTest, NoOptionsForDeliveredOrCancelledShipments)
{
    EXPECT_TRUE(isProblem(http->get("/delivery/v1/shipments/SHP-9303/options"), 409, "conflict"));
    EXPECT_TRUE(isProblem(http->get("/delivery/v1/shipments/SHP-9304/options"), 409, "conflict"));
}

TEST_F(BackofficeDeliveryTest, ReschedulesToAnOfferedSlot)
{
    const json before = http->get("/delivery/v1/shipments/SHP-9301").json();
    const std::string slotId = slotStartingAt(options("SHP-9301"), "2026-11-05T13:00:00Z");
    ASSERT_FALSE(slotId.empty());

    const HttpResponse response =
        reschedule("SHP-9301", {{"slotId", slotId}, {"note", "customer works mornings"}});
    ASSERT_TRUE(isJson(response, 200));
    const json shipment = response.json();
    EXPECT_EQ(shipment.at("id"), "SHP-9301");
    EXPECT_EQ(shipment.at("status"), before.at("status"));
    EXPECT_EQ(shipment.at("promisedWindow"),
              json({{"from", "2026-11-05T13:00:00Z"}, {"to", "2026-11-05T18:00:00Z"}}));
    EXPECT_EQ(shipment.at("pickupPoint"), before.at("pickupPoint"));
    ASSERT_EQ(shipment.at("events").size(), before.at("events").size() + 1);
    EXPECT_EQ(shipment["events"].back().at("status"), "rescheduled");
    EXPECT_EQ(shipment["events"].back().at("at"), TestScenario::kNow);
    EXPECT_EQ(http->get("/delivery/v1/shipments/SHP-9301").json(), shipment);
}

TEST_F(BackofficeDeliveryTest, ReschedulesToAPickupPoint)
{
    const json before = http->get("/delivery/v1/shipments/SHP-9305").json();
    const HttpResponse response = reschedule("SHP-9305", {{"pickupPointId", "PUP-MI-902"}});
    ASSERT_TRUE(isJson(response, 200));
    const json shipment = response.json();
    EXPECT_EQ(shipment.at("pickupPoint"), pickupPoints[1]);
    EXPECT_EQ(shipment.at("promisedWindow"), before.at("promisedWindow"));
    ASSERT_EQ(shipment.at("events").size(), before.at("events").size() + 1);
    EXPECT_EQ(shipment["events"].back().at("status"), "rescheduled");
    EXPECT_EQ(http->get("/delivery/v1/shipments/SHP-9305").json(), shipment);
}

TEST_F(BackofficeDeliveryTest, RefusesSlotsThatAreNotOffered)
{
    const std::vector<std::string> paths = {"/delivery/v1/shipments/SHP-9302",
                                            "/delivery/v1/shipments/SHP-9308"};
    const json before = stateSnapshot(*http, paths);
    // Unknown, already started today, and a Sunday (never offered).
    EXPECT_TRUE(isProblem(reschedule("SHP-9308", {{"slotId", "SLOT-20991231-0913"}}), 422,
                          "validation", "slotId"));
    EXPECT_TRUE(isProblem(reschedule("SHP-9308", {{"slotId", "SLOT-20261102-0913"}}), 422,
                          "validation", "slotId"));
    EXPECT_TRUE(isProblem(reschedule("SHP-9308", {{"slotId", "SLOT-20261108-0913"}}), 422,
                          "validation", "slotId"));
    // An evening slot offered to another shipment is not among SHP-9302's options.
    const std::string evening = slotStartingAt(options("SHP-9308"), "2026-11-03T18:00:00Z");
    ASSERT_FALSE(evening.empty());
    EXPECT_TRUE(
        isProblem(reschedule("SHP-9302", {{"slotId", evening}}), 422, "validation", "slotId"));
    EXPECT_EQ(stateSnapshot(*http, paths), before);
}

TEST_F(BackofficeDeliveryTest, RefusesPickupPointsThatAreNotOffered)
{
    const std::vector<std::string> paths = {"/delivery/v1/shipments/SHP-9302",
                                            "/delivery/v1/shipments/SHP-9308"};
    const json before = stateSnapshot(*http, paths);
    EXPECT_TRUE(isProblem(reschedule("SHP-9308", {{"pickupPointId", "PUP-XX-000"}}), 422,
                          "validation", "pickupPointId"));
    EXPECT_TRUE(isProblem(reschedule("SHP-9302", {{"pickupPointId", "PUP-MI-901"}}), 422,
                          "validation", "pickupPointId"));
    EXPECT_EQ(stateSnapshot(*http, paths), before);
}

TEST_F(BackofficeDeliveryTest, RescheduleNeedsExactlyOneTarget)
{
    const json before = stateSnapshot(*http, {"/delivery/v1/shipments/SHP-9308"});
    const std::string slotId = slotStartingAt(options("SHP-9308"), "2026-11-04T09:00:00Z");
    ASSERT_FALSE(slotId.empty());
    EXPECT_TRUE(isValidationProblem(
        reschedule("SHP-9308", {{"slotId", slotId}, {"pickupPointId", "PUP-MI-901"}})));
    EXPECT_TRUE(isValidationProblem(reschedule("SHP-9308", {{"note", "no target"}})));
    EXPECT_TRUE(isValidationProblem(reschedule("SHP-9308", {{"slotId", 42}}), "slotId"));
    EXPECT_EQ(stateSnapshot(*http, {"/delivery/v1/shipments/SHP-9308"}), before);
}

TEST_F(BackofficeDeliveryTest, CannotRescheduleDeliveredOrCancelledShipments)
{
    const std::vector<std::string> paths = {"/delivery/v1/shipments/SHP-9303",
                                            "/delivery/v1/shipments/SHP-9304"};
    const json before = stateSnapshot(*http, paths);
    const std::string slotId = slotStartingAt(options("SHP-9308"), "2026-11-04T09:00:00Z");
    ASSERT_FALSE(slotId.empty());
    EXPECT_TRUE(isProblem(reschedule("SHP-9303", {{"slotId", slotId}}), 409, "conflict"));
    EXPECT_TRUE(isProblem(reschedule("SHP-9304", {{"slotId", slotId}}), 409, "conflict"));
    EXPECT_TRUE(
        isProblem(reschedule("SHP-9303", {{"pickupPointId", "PUP-MI-901"}}), 409, "conflict"));
    EXPECT_EQ(stateSnapshot(*http, paths), before);
}

TEST_F(BackofficeDeliveryTest, ReschedulingAnUnknownShipmentIsNotFound)
{
    EXPECT_TRUE(
        isProblem(reschedule("SHP-0000", {{"slotId", "SLOT-20261104-0913"}}), 404, "not-found"));
}
