// The change feed (GET /events/v1): cursors, one event per change of every kind, and the
// long poll that answers as soon as something happens.
#include "BackofficeSuite.h"
#include "BackofficeTestKit.h"
#include "HttpTestClient.h"
#include "TestScenario.h"

#include <chrono>
#include <gtest/gtest.h>
#include <memory>
#include <set>
#include <thread>

using caseline::test::allEvents;
using caseline::test::BackofficeSuite;
using caseline::test::currentCursor;
using caseline::test::HttpResponse;
using caseline::test::HttpTestClient;
using caseline::test::isJson;
using caseline::test::isValidationProblem;
using caseline::test::TestScenario;
using caseline::test::withKey;
using nlohmann::json;

namespace {

TestScenario eventsScenario()
{
    TestScenario scenario("it-events");
    scenario.addCustomer(TestScenario::customer("CUS-9701", "Giorgio Conti",
                                                "giorgio.conti@example.it", "+39 348 000 9701"));
    const json oneLine = {TestScenario::line("L1", "SKU-A", 2, 2500)};
    const json line = {TestScenario::shipmentLine("L1", 2)};
    scenario.addOrder(TestScenario::order("ORD-9701", "CUS-9701", "placed", oneLine));
    scenario.addShipment(TestScenario::shipment("SHP-9701", "ORD-9701", "created", line,
                                                "BRT9701000001", TestScenario::offers(true, true)));
    scenario.addOrder(TestScenario::order("ORD-9702", "CUS-9701", "delivered", oneLine));
    scenario.addShipment(
        TestScenario::shipment("SHP-9702", "ORD-9702", "delivered", line, "BRT9702000001"));
    scenario.addOrder(TestScenario::order("ORD-9703", "CUS-9701", "placed", oneLine));
    scenario.addShipment(TestScenario::shipment("SHP-9703", "ORD-9703", "created", line,
                                                "BRT9703000001", TestScenario::offers(true, true)));
    return scenario;
}

const std::set<std::string> knownKinds = {
    "order.placed",     "order.cancelled",         "order.replacement_created",
    "shipment.created", "shipment.status_changed", "shipment.rescheduled",
    "refund.created",   "return.created",          "message.sent"};

const std::set<std::string> knownSystems = {"orders",  "delivery",      "payments",
                                            "returns", "notifications", "customer-service"};

json messageFor(const std::string &orderId)
{
    return {{"customerId", "CUS-9701"}, {"orderId", orderId},  {"channel", "email"},
            {"language", "it"},         {"subject", "Update"}, {"body", "Ciao Giorgio"}};
}

bool isDecimal(const std::string &text)
{
    return !text.empty() && text.find_first_not_of("0123456789") == std::string::npos;
}

} // namespace

class BackofficeEventsTest : public BackofficeSuite
{
protected:
    static void SetUpTestSuite() { server().start(eventsScenario()); }

    HttpResponse post(const std::string &path, const json &body)
    {
        return http->postJson(path, body, withKey(HttpTestClient::uniqueKey("events")));
    }

    // The events after `cursor` whose kind is `kind`.
    json eventsOfKind(const std::string &cursor, const std::string &kind)
    {
        json found = json::array();
        for (const auto &event : allEvents(*http, cursor)) {
            if (event.value("kind", "") == kind) {
                found.push_back(event);
            }
        }
        return found;
    }
};

TEST_F(BackofficeEventsTest, FeedHasWellFormedEventsInSequence)
{
    // Make sure there is at least one event.
    ASSERT_TRUE(isJson(post("/notifications/v1/messages", messageFor("ORD-9702")), 201));

    const HttpResponse response = http->get("/events/v1");
    ASSERT_TRUE(isJson(response, 200));
    const json page = response.json();
    ASSERT_TRUE(page.contains("events") && page["events"].is_array()) << response.body;
    ASSERT_TRUE(page.contains("next") && page["next"].is_string()) << response.body;

    const json events = allEvents(*http);
    ASSERT_FALSE(events.empty());
    long long previous = 0;
    for (const auto &event : events) {
        SCOPED_TRACE(event.dump());
        ASSERT_TRUE(event.at("seq").is_string());
        const std::string seq = event.at("seq");
        ASSERT_TRUE(isDecimal(seq));
        EXPECT_GT(std::stoll(seq), previous) << "sequence increases";
        previous = std::stoll(seq);
        EXPECT_TRUE(event.at("at").is_string());
        EXPECT_TRUE(knownSystems.count(event.at("system").get<std::string>()));
        EXPECT_TRUE(knownKinds.count(event.at("kind").get<std::string>()));
        EXPECT_TRUE(event.at("orderId").is_null() || event.at("orderId").is_string());
        EXPECT_TRUE(event.contains("customerId"));
        EXPECT_TRUE(event.at("ref").is_string());
        EXPECT_FALSE(event.at("summary").get<std::string>().empty());
    }
}

TEST_F(BackofficeEventsTest, AfterACursorOnlyNewerEventsAreListed)
{
    const std::string cursor = currentCursor(*http);
    ASSERT_FALSE(cursor.empty());

    const HttpResponse nothing = http->get("/events/v1?after=" + cursor);
    ASSERT_TRUE(isJson(nothing, 200));
    EXPECT_EQ(nothing.json(), json({{"events", json::array()}, {"next", cursor}}));

    const HttpResponse sent = post("/notifications/v1/messages", messageFor("ORD-9702"));
    ASSERT_TRUE(isJson(sent, 201));

    const HttpResponse one = http->get("/events/v1?after=" + cursor);
    ASSERT_TRUE(isJson(one, 200));
    const json page = one.json();
    ASSERT_EQ(page.at("events").size(), 1u) << one.body;
    const json event = page["events"][0];
    EXPECT_EQ(event.at("kind"), "message.sent");
    EXPECT_EQ(event.at("ref"), sent.json().at("id"));
    EXPECT_EQ(event.at("orderId"), "ORD-9702");
    EXPECT_EQ(event.at("customerId"), "CUS-9701");
    EXPECT_EQ(event.at("at"), TestScenario::kNow);
    EXPECT_EQ(page.at("next"), event.at("seq"));
    EXPECT_GT(std::stoll(page.at("next").get<std::string>()), std::stoll(cursor));

    const HttpResponse after = http->get("/events/v1?after=" + page.at("next").get<std::string>());
    ASSERT_TRUE(isJson(after, 200));
    EXPECT_TRUE(after.json().at("events").empty());
    EXPECT_EQ(after.json().at("next"), page.at("next"));
}

TEST_F(BackofficeEventsTest, EveryKindOfChangeIsPublished)
{
    const std::string cursor = currentCursor(*http);

    // Replacement (creates an order and a shipment), then reschedule its shipment.
    const HttpResponse replacement =
        post("/orders/v1/orders/ORD-9702/replacement",
             {{"lines", {{{"lineId", "L1"}, {"quantity", 1}}}}, {"reason", "damaged"}});
    ASSERT_TRUE(isJson(replacement, 201));
    const std::string replacementId = replacement.json().at("id");

    const HttpResponse options = http->get("/delivery/v1/shipments/SHP-9703/options");
    ASSERT_TRUE(isJson(options, 200));
    ASSERT_FALSE(options.json().at("slots").empty());
    ASSERT_TRUE(isJson(post("/delivery/v1/shipments/SHP-9703/reschedule",
                            {{"slotId", options.json()["slots"][0].at("id")}}),
                       200));
    const HttpResponse refund = post(
        "/payments/v1/refunds",
        {{"orderId", "ORD-9702"}, {"amount", 500}, {"currency", "EUR"}, {"reason", "goodwill"}});
    ASSERT_TRUE(isJson(refund, 201));
    const HttpResponse ret =
        post("/returns/v1/returns", {{"orderId", "ORD-9702"},
                                     {"lines", {{{"lineId", "L1"}, {"quantity", 1}}}},
                                     {"reason", "too small"}});
    ASSERT_TRUE(isJson(ret, 201));
    const HttpResponse message = post("/notifications/v1/messages", messageFor("ORD-9702"));
    ASSERT_TRUE(isJson(message, 201));
    ASSERT_TRUE(
        isJson(post("/orders/v1/orders/ORD-9701/cancel", {{"reason", "changed mind"}}), 200));

    const json created = eventsOfKind(cursor, "order.replacement_created");
    ASSERT_EQ(created.size(), 1u);
    EXPECT_TRUE(created[0].at("ref") == replacementId || created[0].at("orderId") == replacementId)
        << created[0].dump();
    EXPECT_EQ(created[0].at("customerId"), "CUS-9701");

    bool replacementShipment = false;
    for (const auto &event : eventsOfKind(cursor, "shipment.created")) {
        replacementShipment = replacementShipment || event.value("orderId", "") == replacementId;
    }
    EXPECT_TRUE(replacementShipment) << "a shipment.created event for " << replacementId;

    const json rescheduled = eventsOfKind(cursor, "shipment.rescheduled");
    ASSERT_EQ(rescheduled.size(), 1u);
    EXPECT_EQ(rescheduled[0].at("ref"), "SHP-9703");
    EXPECT_EQ(rescheduled[0].at("orderId"), "ORD-9703");

    const json refunds = eventsOfKind(cursor, "refund.created");
    ASSERT_EQ(refunds.size(), 1u);
    EXPECT_EQ(refunds[0].at("ref"), refund.json().at("id"));
    EXPECT_EQ(refunds[0].at("orderId"), "ORD-9702");
    EXPECT_EQ(refunds[0].at("system"), "payments");

    const json returns = eventsOfKind(cursor, "return.created");
    ASSERT_EQ(returns.size(), 1u);
    EXPECT_EQ(returns[0].at("ref"), ret.json().at("id"));
    EXPECT_EQ(returns[0].at("orderId"), "ORD-9702");

    const json messages = eventsOfKind(cursor, "message.sent");
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_EQ(messages[0].at("ref"), message.json().at("id"));

    const json cancelled = eventsOfKind(cursor, "order.cancelled");
    ASSERT_EQ(cancelled.size(), 1u);
    EXPECT_EQ(cancelled[0].at("ref"), "ORD-9701");
    EXPECT_EQ(cancelled[0].at("orderId"), "ORD-9701");
    EXPECT_EQ(cancelled[0].at("customerId"), "CUS-9701");
    EXPECT_EQ(cancelled[0].at("system"), "orders");

    // The feed lists them in the order they happened.
    std::vector<std::string> order;
    for (const auto &event : allEvents(*http, cursor)) {
        const std::string kind = event.at("kind");
        if (kind != "shipment.created" && kind != "shipment.status_changed" &&
            kind != "order.placed") {
            order.push_back(kind);
        }
    }
    EXPECT_EQ(order, (std::vector<std::string>{"order.replacement_created", "shipment.rescheduled",
                                               "refund.created", "return.created", "message.sent",
                                               "order.cancelled"}));
}

TEST_F(BackofficeEventsTest, LongPollAnswersAsSoonAsAnEventArrives)
{
    const std::string cursor = currentCursor(*http);
    using SteadyClock = std::chrono::steady_clock;
    HttpResponse polled;
    SteadyClock::time_point answered;
    const SteadyClock::time_point start = SteadyClock::now();
    std::thread poller([&] {
        HttpTestClient second(server().baseUrl(), 30000);
        polled = second.get("/events/v1?after=" + cursor + "&wait=20");
        answered = SteadyClock::now();
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(800));
    const SteadyClock::time_point posting = SteadyClock::now();
    const HttpResponse sent = post("/notifications/v1/messages", messageFor("ORD-9702"));
    poller.join();

    ASSERT_TRUE(isJson(sent, 201));
    ASSERT_TRUE(isJson(polled, 200));
    const json events = polled.json().at("events");
    ASSERT_FALSE(events.empty()) << polled.body;
    EXPECT_EQ(events[0].at("kind"), "message.sent");
    EXPECT_EQ(events[0].at("ref"), sent.json().at("id"));
    EXPECT_GE(answered, posting) << "the poll waited for the event";
    EXPECT_LT(std::chrono::duration<double>(answered - start).count(), 10.0)
        << "the poll answered as soon as the event arrived, not after wait=20";
}

TEST_F(BackofficeEventsTest, LongPollAnswersEmptyWhenNothingHappens)
{
    const std::string cursor = currentCursor(*http);
    const auto start = std::chrono::steady_clock::now();
    const HttpResponse response = http->get("/events/v1?after=" + cursor + "&wait=1");
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    ASSERT_TRUE(isJson(response, 200));
    EXPECT_EQ(response.json(), json({{"events", json::array()}, {"next", cursor}}));
    EXPECT_GE(seconds, 0.9);
    EXPECT_LT(seconds, 5.0);
}

TEST_F(BackofficeEventsTest, WithoutWaitTheFeedAnswersAtOnce)
{
    const std::string cursor = currentCursor(*http);
    const auto start = std::chrono::steady_clock::now();
    const HttpResponse response = http->get("/events/v1?after=" + cursor + "&wait=0");
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    ASSERT_TRUE(isJson(response, 200));
    EXPECT_TRUE(response.json().at("events").empty());
    EXPECT_LT(seconds, 0.9);
}

TEST_F(BackofficeEventsTest, RefusesBadCursorsAndWaits)
{
    EXPECT_TRUE(isValidationProblem(http->get("/events/v1?wait=61"), "wait"));
    EXPECT_TRUE(isValidationProblem(http->get("/events/v1?wait=-1"), "wait"));
    EXPECT_TRUE(isValidationProblem(http->get("/events/v1?wait=soon"), "wait"));
    EXPECT_TRUE(isValidationProblem(http->get("/events/v1?after=abc"), "after"));
}
