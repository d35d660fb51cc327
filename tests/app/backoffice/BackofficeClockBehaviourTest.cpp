// The simulated clock (/admin/clock) and scripted behaviours: a frozen clock only moves when
// told to, advancing it fires due behaviours in time order, and scenario times are shifted to
// look "as of now". Each test runs its own server, since they all move the clock.
#include "BackofficeServer.h"
#include "BackofficeTestKit.h"
#include "HttpTestClient.h"
#include "TestScenario.h"

#include <QDateTime>
#include <chrono>
#include <cstdlib>
#include <gtest/gtest.h>
#include <regex>
#include <thread>

using caseline::test::allEvents;
using caseline::test::BackofficeServer;
using caseline::test::currentCursor;
using caseline::test::HttpResponse;
using caseline::test::HttpTestClient;
using caseline::test::isJson;
using caseline::test::isProblem;
using caseline::test::isValidationProblem;
using caseline::test::ledgerEntries;
using caseline::test::TestScenario;
using caseline::test::withKey;
using nlohmann::json;

namespace {

TestScenario clockScenario()
{
    TestScenario scenario("it-clock");
    scenario.addCustomer(TestScenario::customer("CUS-9951", "Giulia Neri", "giulia.neri@example.it",
                                                "+39 347 000 9951"));
    // The stilettos story: a replacement is created, finance cancels it a day later and refunds
    // what was paid for the original, and two days after that the warehouse ships it anyway.
    scenario.addOrder(TestScenario::order("ORD-9951", "CUS-9951", "delivered",
                                          {TestScenario::line("L1", "STL-RED-38", 1, 12990)}));
    scenario.addShipment(TestScenario::shipment("SHP-9951", "ORD-9951", "delivered",
                                                {TestScenario::shipmentLine("L1", 1)},
                                                "BRT9951000001"));
    scenario.addBehaviour(
        {{"id", "finance-cancels-replacement"},
         {"description", "finance cancels the replacement and refunds; the warehouse ships it"},
         {"trigger", {{"on", "replacement_created"}, {"order", "ORD-9951"}}},
         {"steps",
          {{{"after", 86400},
            {"system", "payments"},
            {"do", "cancel-order"},
            {"order", "$trigger"},
            {"reason", "duplicate shipment suspected"}},
           {{"after", 0},
            {"system", "payments"},
            {"do", "refund"},
            {"order", "$original"},
            {"amount", "paid"},
            {"reason", "order cancelled"}},
           {{"after", 172800},
            {"system", "warehouse"},
            {"do", "ship"},
            {"order", "$trigger"},
            {"carrier", "BRT"}}}}});

    scenario.addOrder(TestScenario::order("ORD-9952", "CUS-9951", "placed",
                                          {TestScenario::line("L1", "SKU-B", 1, 2000)}));
    scenario.addShipment(TestScenario::shipment("SHP-9952", "ORD-9952", "created",
                                                {TestScenario::shipmentLine("L1", 1)},
                                                "BRT9952000001", TestScenario::offers(true, true)));
    // Two timed behaviours, listed latest first: they must still fire in time order.
    auto reminder = [](const std::string &id, const std::string &at) {
        return json{{"id", id},
                    {"trigger", {{"at", at}, {"order", "ORD-9952"}}},
                    {"steps",
                     {{{"after", 0},
                       {"system", "notifications"},
                       {"do", "send-message"},
                       {"order", "$trigger"},
                       {"template", id},
                       {"subject", "Reminder " + id},
                       {"body", "Your parcel is on its way."},
                       {"channel", "email"}}}}};
    };
    scenario.addBehaviour(reminder("second-reminder", "2026-11-02T12:00:00Z"));
    scenario.addBehaviour(reminder("first-reminder", "2026-11-02T11:00:00Z"));
    return scenario;
}

// The spec's ledger key for a behaviour step: "behaviour:<id>:<step>".
bool isBehaviourKey(const std::string &key, const std::string &behaviourId)
{
    static const std::regex shape("behaviour:([a-z0-9-]+):([0-9]+)");
    std::smatch match;
    return std::regex_match(key, match, shape) && match[1] == behaviourId;
}

std::string now(HttpTestClient &http)
{
    const HttpResponse response = http.get("/admin/clock");
    EXPECT_TRUE(isJson(response, 200));
    return response.status == 200 ? response.json().value("now", "") : std::string();
}

HttpResponse advance(HttpTestClient &http, long long seconds)
{
    return http.postJson("/admin/clock", {{"advance", seconds}});
}

json order(HttpTestClient &http, const std::string &id)
{
    return http.get("/orders/v1/orders/" + id).json();
}

} // namespace

TEST(BackofficeClockBehaviourTest, FrozenClockOnlyMovesWhenTold)
{
    BackofficeServer server;
    ASSERT_TRUE(server.start(clockScenario())) << server.error();
    HttpTestClient http(server.baseUrl());

    const HttpResponse clock = http.get("/admin/clock");
    ASSERT_TRUE(isJson(clock, 200));
    EXPECT_EQ(clock.json(), json({{"now", TestScenario::kNow}, {"frozen", true}}));
    std::this_thread::sleep_for(std::chrono::milliseconds(1100));
    EXPECT_EQ(now(http), TestScenario::kNow);

    const HttpResponse advanced = advance(http, 3600);
    ASSERT_TRUE(isJson(advanced, 200));
    EXPECT_EQ(advanced.json().at("now"), "2026-11-02T11:00:00Z");
    EXPECT_EQ(now(http), "2026-11-02T11:00:00Z");

    const HttpResponse set = http.postJson("/admin/clock", {{"set", "2026-11-20T08:30:00Z"}});
    ASSERT_TRUE(isJson(set, 200));
    EXPECT_EQ(set.json().at("now"), "2026-11-20T08:30:00Z");
    EXPECT_EQ(http.get("/admin/clock").json().at("frozen"), true);

    const HttpResponse health = http.get("/health");
    ASSERT_TRUE(isJson(health, 200));
    EXPECT_EQ(health.json(), json({{"status", "ok"}, {"now", "2026-11-20T08:30:00Z"}}));
}

TEST(BackofficeClockBehaviourTest, RefusesInvalidClockRequests)
{
    BackofficeServer server;
    ASSERT_TRUE(server.start(clockScenario())) << server.error();
    HttpTestClient http(server.baseUrl());
    EXPECT_TRUE(
        isValidationProblem(http.postJson("/admin/clock", {{"advance", "1 day"}}), "advance"));
    EXPECT_TRUE(isValidationProblem(http.postJson("/admin/clock", {{"advance", 1.5}}), "advance"));
    EXPECT_TRUE(isValidationProblem(http.postJson("/admin/clock", {{"set", "tomorrow"}}), "set"));
    EXPECT_TRUE(isValidationProblem(http.postJson("/admin/clock", {{"set", "2026-11-20"}}), "set"));
    EXPECT_TRUE(isValidationProblem(http.postJson("/admin/clock", json::object())));
    EXPECT_TRUE(isValidationProblem(
        http.postJson("/admin/clock", {{"set", "2026-11-20T08:30:00Z"}, {"advance", 60}})));
    EXPECT_EQ(now(http), TestScenario::kNow);
}

TEST(BackofficeClockBehaviourTest, UnfrozenClockFollowsTheWallClock)
{
    BackofficeServer server;
    ASSERT_TRUE(server.start(clockScenario(), {})) << server.error();
    HttpTestClient http(server.baseUrl());
    const HttpResponse clock = http.get("/admin/clock");
    ASSERT_TRUE(isJson(clock, 200));
    EXPECT_EQ(clock.json().at("frozen"), false);
    const QDateTime reported = QDateTime::fromString(
        QString::fromStdString(clock.json().at("now").get<std::string>()), Qt::ISODate);
    ASSERT_TRUE(reported.isValid()) << clock.body;
    EXPECT_LT(std::llabs(reported.secsTo(QDateTime::currentDateTimeUtc())), 120);
}

TEST(BackofficeClockBehaviourTest, ReplacementBehaviourRunsAsTheClockAdvances)
{
    BackofficeServer server;
    ASSERT_TRUE(server.start(clockScenario())) << server.error();
    HttpTestClient http(server.baseUrl());

    const HttpResponse created = http.postJson(
        "/orders/v1/orders/ORD-9951/replacement",
        {{"lines", {{{"lineId", "L1"}, {"quantity", 1}}}}, {"reason", "wrong size delivered"}},
        withKey(HttpTestClient::uniqueKey("replacement")));
    ASSERT_TRUE(isJson(created, 201));
    const std::string replacement = created.json().at("id");
    EXPECT_EQ(replacement, "ORD-9951-R1");
    const std::string cursor = currentCursor(http);

    // One second before the first step is due: nothing yet.
    ASSERT_TRUE(isJson(advance(http, 86399), 200));
    EXPECT_EQ(order(http, replacement).at("status"), "placed");
    EXPECT_EQ(http.get("/payments/v1/refunds?order=ORD-9951").json().at("items"), json::array());

    // Day 1: finance cancels the replacement and refunds the original's payment.
    const HttpResponse dayOne = advance(http, 1);
    ASSERT_TRUE(isJson(dayOne, 200));
    EXPECT_EQ(dayOne.json().at("now"), "2026-11-03T10:00:00Z");
    const json cancelled = order(http, replacement);
    EXPECT_EQ(cancelled.at("status"), "cancelled");
    ASSERT_FALSE(cancelled.at("history").empty());
    EXPECT_EQ(cancelled["history"].back().at("status"), "cancelled");
    EXPECT_EQ(cancelled["history"].back().at("system"), "payments");
    EXPECT_EQ(cancelled["history"].back().at("at"), "2026-11-03T10:00:00Z");

    const json refunds = http.get("/payments/v1/refunds?order=ORD-9951").json().at("items");
    ASSERT_EQ(refunds.size(), 1u);
    EXPECT_EQ(refunds[0].at("amount"), 12990);
    EXPECT_EQ(refunds[0].at("currency"), "EUR");
    EXPECT_EQ(refunds[0].at("createdAt"), "2026-11-03T10:00:00Z");

    const json events = allEvents(http, cursor);
    bool cancelEvent = false;
    bool refundEvent = false;
    for (const auto &event : events) {
        if (event.at("kind") == "order.cancelled" && event.at("orderId") == replacement) {
            cancelEvent = true;
            // The event belongs to the system that changed (orders); who did it is told in
            // the summary, as in the spec's example.
            EXPECT_EQ(event.at("system"), "orders") << event.dump();
            EXPECT_NE(event.at("summary").get<std::string>().find("payments"), std::string::npos)
                << event.dump();
            EXPECT_EQ(event.at("at"), "2026-11-03T10:00:00Z");
        }
        if (event.at("kind") == "refund.created" && event.at("orderId") == "ORD-9951") {
            refundEvent = true;
        }
    }
    EXPECT_TRUE(cancelEvent) << events.dump(1);
    EXPECT_TRUE(refundEvent) << events.dump(1);

    std::vector<std::string> behaviourKeys;
    for (const auto &entry : ledgerEntries(http)) {
        const std::string key = entry.value("idempotencyKey", "");
        if (key.rfind("behaviour:finance-cancels-replacement:", 0) == 0) {
            behaviourKeys.push_back(key);
            EXPECT_TRUE(isBehaviourKey(key, "finance-cancels-replacement")) << key;
        }
    }
    EXPECT_EQ(behaviourKeys.size(), 2u);

    // Two days later the warehouse ships the cancelled replacement anyway.
    ASSERT_TRUE(isJson(advance(http, 172799), 200));
    for (const auto &shipment :
         json(http.get("/delivery/v1/shipments?order=" + replacement).json().at("items"))) {
        EXPECT_NE(shipment.at("status"), "dispatched") << "not yet";
    }
    ASSERT_TRUE(isJson(advance(http, 1), 200));
    const json shipments =
        http.get("/delivery/v1/shipments?order=" + replacement).json().at("items");
    bool shipped = false;
    for (const auto &shipment : shipments) {
        const std::string status = shipment.at("status");
        shipped = shipped || status == "dispatched" || status == "in_transit";
    }
    EXPECT_TRUE(shipped) << shipments.dump(1);
    bool shipmentEvent = false;
    for (const auto &event : allEvents(http, cursor)) {
        const std::string kind = event.at("kind");
        if ((kind == "shipment.status_changed" || kind == "shipment.created") &&
            event.value("orderId", "") == replacement && event.at("at") == "2026-11-05T10:00:00Z") {
            shipmentEvent = true;
        }
    }
    EXPECT_TRUE(shipmentEvent);

    std::size_t stepsRun = 0;
    for (const auto &entry : ledgerEntries(http)) {
        if (entry.value("idempotencyKey", "").rfind("behaviour:finance-cancels-replacement:", 0) ==
            0) {
            ++stepsRun;
        }
    }
    EXPECT_EQ(stepsRun, 3u);

    // Nothing runs twice, however far the clock goes.
    ASSERT_TRUE(isJson(advance(http, 30 * 86400), 200));
    EXPECT_EQ(http.get("/payments/v1/refunds?order=ORD-9951").json().at("items").size(), 1u);
}

TEST(BackofficeClockBehaviourTest, TimedBehavioursFireInTimeOrder)
{
    BackofficeServer server;
    ASSERT_TRUE(server.start(clockScenario())) << server.error();
    HttpTestClient http(server.baseUrl());

    ASSERT_TRUE(isJson(advance(http, 3599), 200));
    EXPECT_EQ(http.get("/notifications/v1/messages?order=ORD-9952").json().at("items"),
              json::array());

    ASSERT_TRUE(isJson(advance(http, 3 * 3600), 200));
    const json messages = http.get("/notifications/v1/messages?order=ORD-9952").json().at("items");
    ASSERT_EQ(messages.size(), 2u) << messages.dump(1);
    EXPECT_EQ(messages[0].at("template"), "first-reminder");
    EXPECT_EQ(messages[1].at("template"), "second-reminder");
    EXPECT_EQ(messages[0].at("customerId"), "CUS-9951");
    // Each fired when due or later (the spec does not say whether effects carry the due time
    // or the time the clock was advanced to), never before, and in time order.
    const std::string first = messages[0].at("sentAt");
    const std::string second = messages[1].at("sentAt");
    EXPECT_GE(first, std::string("2026-11-02T11:00:00Z"));
    EXPECT_GE(second, std::string("2026-11-02T12:00:00Z"));
    EXPECT_LE(first, second);
    EXPECT_LE(second, std::string("2026-11-02T13:59:59Z"));

    std::vector<std::string> keys;
    for (const auto &entry : ledgerEntries(http)) {
        const std::string key = entry.value("idempotencyKey", "");
        if (key.rfind("behaviour:", 0) == 0) {
            keys.push_back(key);
        }
    }
    ASSERT_EQ(keys.size(), 2u);
    EXPECT_TRUE(isBehaviourKey(keys[0], "first-reminder")) << keys[0];
    EXPECT_TRUE(isBehaviourKey(keys[1], "second-reminder")) << keys[1];
}

TEST(BackofficeClockBehaviourTest, SlotsThatHaveStartedAreNoLongerOffered)
{
    BackofficeServer server;
    ASSERT_TRUE(server.start(clockScenario())) << server.error();
    HttpTestClient http(server.baseUrl());

    const HttpResponse options = http.get("/delivery/v1/shipments/SHP-9952/options");
    ASSERT_TRUE(isJson(options, 200));
    std::string afternoon;
    for (const auto &slot : json(options.json().at("slots"))) {
        if (slot.at("from") == "2026-11-02T13:00:00Z") {
            afternoon = slot.at("id");
        }
    }
    ASSERT_FALSE(afternoon.empty()) << options.body;

    ASSERT_TRUE(isJson(advance(http, 4 * 3600), 200)); // 14:00: the slot has started
    const HttpResponse later = http.get("/delivery/v1/shipments/SHP-9952/options");
    ASSERT_TRUE(isJson(later, 200));
    for (const auto &slot : json(later.json().at("slots"))) {
        EXPECT_GT(slot.at("from").get<std::string>(), std::string("2026-11-02T14:00:00Z"))
            << slot.dump();
    }
    const json before = http.get("/delivery/v1/shipments/SHP-9952").json();
    EXPECT_TRUE(isProblem(http.postJson("/delivery/v1/shipments/SHP-9952/reschedule",
                                        {{"slotId", afternoon}},
                                        withKey(HttpTestClient::uniqueKey("past"))),
                          422, "validation", "slotId"));
    EXPECT_EQ(http.get("/delivery/v1/shipments/SHP-9952").json(), before);
}

TEST(BackofficeClockBehaviourTest, ScenarioTimesAreShiftedToNow)
{
    TestScenario scenario("it-shifted", "2026-10-20T12:00:00Z");
    scenario.addCustomer(TestScenario::customer("CUS-9961", "Rita Gallo", "rita.gallo@example.it",
                                                "+39 347 000 9961"));
    scenario.addOrder(TestScenario::order("ORD-9961", "CUS-9961", "dispatched",
                                          {TestScenario::line("L1", "SKU-A", 1, 1000)}, -1,
                                          "2026-10-19T12:00:00Z"));
    scenario.addShipment(TestScenario::shipment("SHP-9961", "ORD-9961", "in_transit",
                                                {TestScenario::shipmentLine("L1", 1)},
                                                "BRT9961000001"));
    BackofficeServer server;
    ASSERT_TRUE(server.start(scenario)) << server.error();
    HttpTestClient http(server.baseUrl());

    // now - asOf = 2026-11-02T10:00 - 2026-10-20T12:00 = 12 days 22 hours: shifted by whole
    // days, 12, so every time keeps its hour of the day.
    const json placed = order(http, "ORD-9961");
    EXPECT_EQ(placed.at("placedAt"), "2026-10-31T12:00:00Z");
    EXPECT_EQ(placed.at("history")[0].at("at"), "2026-10-31T12:00:00Z");
    const json shipment = http.get("/delivery/v1/shipments/SHP-9961").json();
    EXPECT_EQ(shipment.at("promisedWindow"),
              json({{"from", "2026-11-16T09:00:00Z"}, {"to", "2026-11-16T13:00:00Z"}}));
    EXPECT_EQ(shipment.at("events")[0].at("at"), "2026-11-08T08:00:00Z");
}
