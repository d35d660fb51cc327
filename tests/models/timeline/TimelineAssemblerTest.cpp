#include "timeline/TimelineAssembler.h"

#include "FakeHttpClient.h"
#include "backoffice/BackofficeConfig.h"
#include "domain/Rfc3339.h"

#include <algorithm>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace caseline {
namespace {

using test::FakeHttpClient;

class FixedClock : public Clock
{
public:
    QDateTime now() const override { return time; }
    QDateTime time = *Rfc3339::parse("2026-11-20T12:00:00Z");
};

std::string orderJson(const std::string &id, const std::string &replacementFor = {},
                      const std::vector<std::string> &replacements = {})
{
    nlohmann::json order = {{"id", id},
                            {"customerId", "C-1"},
                            {"status", "delivered"},
                            {"channel", "web"},
                            {"placedAt", "2026-11-01T10:00:00Z"},
                            {"currency", "EUR"},
                            {"lines",
                             {{{"lineId", "L1"},
                               {"sku", "SH-1"},
                               {"description", "Shoes"},
                               {"quantity", 1},
                               {"unitPrice", 5000}}}},
                            {"total", 5000},
                            {"paid", 5000},
                            {"replacementFor", replacementFor.empty()
                                                   ? nlohmann::json()
                                                   : nlohmann::json(replacementFor)},
                            {"replacements", replacements},
                            {"history",
                             {{{"at", "2026-11-01T10:00:00Z"},
                               {"status", "placed"},
                               {"system", "web-shop"},
                               {"note", "placed online"}}}}};
    return order.dump();
}

std::string refundsJson(const std::string &orderId, const std::string &refundId)
{
    nlohmann::json refund = {{"id", refundId},        {"orderId", orderId},
                             {"amount", 1000},        {"currency", "EUR"},
                             {"reason", "goodwill"},  {"lines", nlohmann::json::array()},
                             {"status", "succeeded"}, {"createdAt", "2026-11-05T09:00:00Z"},
                             {"issuedBy", "finance"}};
    return nlohmann::json{{"items", {refund}}}.dump();
}

const std::string emptyList = R"({"items":[]})";

class TimelineAssemblerTest : public ::testing::Test
{
protected:
    TimelineAssemblerTest()
        : config(BackofficeConfig::forReferenceServer(
              "http://backoffice.test",
              [](const std::string &) { return std::optional<std::string>(); }))
        , connectors(BackofficeConnectors::reference(config, http))
        , assembler(connectors, clock, cache)
    {
        http.setResponder([](const HttpRequest &request) {
            if (request.url.find("/orders/v1/orders/") != std::string::npos) {
                return FakeHttpClient::failure(HttpError::Kind::HttpStatus, 404);
            }
            return FakeHttpClient::json(emptyList);
        });
    }

    OrderTimeline assemble(const std::string &orderId)
    {
        QFuture<OrderTimeline> future = assembler.assemble(orderId);
        while (http.pendingCount() > 0) {
            http.answerHeld();
        }
        future.waitForFinished();
        return future.result();
    }

    static const SourceStatus &source(const OrderTimeline &timeline, BackofficeSystem system)
    {
        return *std::find_if(timeline.sources.begin(), timeline.sources.end(),
                             [&](const SourceStatus &s) { return s.system == system; });
    }

    FixedClock clock;
    FakeHttpClient http;
    BackofficeConfig config;
    BackofficeConnectors connectors;
    TimelineCache cache;
    TimelineAssembler assembler;
};

TEST_F(TimelineAssemblerTest, AsksAllFiveSystemsBeforeAnyAnswer)
{
    http.route("/orders/v1/orders/ORD-1", FakeHttpClient::json(orderJson("ORD-1")));
    http.hold(true);
    QFuture<OrderTimeline> future = assembler.assemble("ORD-1");

    EXPECT_EQ(http.pendingCount(), 5u);
    std::vector<std::string> urls;
    for (const HttpRequest &request : http.requests()) {
        urls.push_back(request.url);
    }
    EXPECT_THAT(urls, ::testing::UnorderedElementsAre(
                          "http://backoffice.test/orders/v1/orders/ORD-1",
                          "http://backoffice.test/delivery/v1/shipments?order=ORD-1",
                          "http://backoffice.test/payments/v1/refunds?order=ORD-1",
                          "http://backoffice.test/returns/v1/returns?order=ORD-1",
                          "http://backoffice.test/notifications/v1/messages?order=ORD-1"));
    EXPECT_FALSE(future.isFinished());
    http.answerHeld();
    future.waitForFinished();
    EXPECT_TRUE(future.result().found);
}

TEST_F(TimelineAssemblerTest, FollowsReplacementsAndTheOriginal)
{
    http.route("/orders/v1/orders/ORD-1-R1",
               FakeHttpClient::json(orderJson("ORD-1-R1", "ORD-1", {"ORD-1-R2"})));
    http.route("/orders/v1/orders/ORD-1",
               FakeHttpClient::json(orderJson("ORD-1", "", {"ORD-1-R1"})));
    http.route("/orders/v1/orders/ORD-1-R2",
               FakeHttpClient::json(orderJson("ORD-1-R2", "ORD-1-R1")));
    http.route("/payments/v1/refunds?order=ORD-1-R2",
               FakeHttpClient::json(refundsJson("ORD-1-R2", "REF-9")));
    http.hold(true);

    const OrderTimeline timeline = assemble("ORD-1-R1");

    // 5 queries for each of the three orders, each asked once.
    EXPECT_EQ(http.requests().size(), 15u);
    ASSERT_EQ(timeline.facts.orders.size(), 3u);
    EXPECT_EQ(timeline.facts.orders.front().id, "ORD-1-R1"); // the requested order first
    ASSERT_EQ(timeline.facts.refunds.size(), 1u);
    EXPECT_EQ(timeline.facts.refunds.front().id, "REF-9");
    EXPECT_FALSE(timeline.anySourceFailed());
    const bool refundEvent =
        std::any_of(timeline.events.begin(), timeline.events.end(),
                    [](const TimelineEvent &event) { return event.ref == "payments:REF-9"; });
    EXPECT_TRUE(refundEvent);
    EXPECT_TRUE(
        std::is_sorted(timeline.events.begin(), timeline.events.end(),
                       [](const TimelineEvent &a, const TimelineEvent &b) { return a.at < b.at; }));
}

TEST_F(TimelineAssemblerTest, AFailedSystemIsReportedAndHidesNothingElse)
{
    http.route("/orders/v1/orders/ORD-1", FakeHttpClient::json(orderJson("ORD-1")));
    http.route("/payments/v1/refunds?order=ORD-1",
               FakeHttpClient::failure(HttpError::Kind::HttpStatus, 503));

    const OrderTimeline timeline = assemble("ORD-1");

    EXPECT_TRUE(timeline.found);
    EXPECT_TRUE(timeline.anySourceFailed());
    const SourceStatus &payments = source(timeline, BackofficeSystem::Payments);
    EXPECT_EQ(payments.state, SourceStatus::State::Error);
    EXPECT_NE(payments.error.find("503"), std::string::npos) << payments.error;
    EXPECT_EQ(source(timeline, BackofficeSystem::Orders).state, SourceStatus::State::Ok);
    EXPECT_EQ(source(timeline, BackofficeSystem::Delivery).state, SourceStatus::State::Ok);
    EXPECT_EQ(timeline.facts.orders.size(), 1u);
    EXPECT_FALSE(timeline.events.empty());
}

TEST_F(TimelineAssemblerTest, AMalformedAnswerNamesTheField)
{
    http.route("/orders/v1/orders/ORD-1", FakeHttpClient::json(orderJson("ORD-1")));
    http.route("/returns/v1/returns?order=ORD-1", FakeHttpClient::json(R"({"items":[{"id":7}]})"));

    const OrderTimeline timeline = assemble("ORD-1");

    const SourceStatus &returns = source(timeline, BackofficeSystem::Returns);
    EXPECT_EQ(returns.state, SourceStatus::State::Error);
    EXPECT_NE(returns.error.find("items[0].id"), std::string::npos) << returns.error;
}

TEST_F(TimelineAssemblerTest, ServesAFailedSystemFromTheCacheAsStale)
{
    http.route("/orders/v1/orders/ORD-1", FakeHttpClient::json(orderJson("ORD-1")));
    http.route("/payments/v1/refunds?order=ORD-1",
               FakeHttpClient::json(refundsJson("ORD-1", "REF-1")));
    const QDateTime firstFetch = clock.time;
    ASSERT_FALSE(assemble("ORD-1").anySourceFailed());

    clock.time = clock.time.addSecs(300);
    http.route("/payments/v1/refunds?order=ORD-1",
               FakeHttpClient::failure(HttpError::Kind::Timeout));
    const OrderTimeline timeline = assemble("ORD-1");

    const SourceStatus &payments = source(timeline, BackofficeSystem::Payments);
    EXPECT_EQ(payments.state, SourceStatus::State::Stale);
    EXPECT_EQ(payments.fetchedAt, firstFetch);
    EXPECT_FALSE(payments.error.empty());
    ASSERT_EQ(timeline.facts.refunds.size(), 1u); // the cached refund is still shown
    EXPECT_EQ(timeline.facts.refunds.front().id, "REF-1");
    EXPECT_TRUE(timeline.anySourceFailed());
}

TEST_F(TimelineAssemblerTest, AnOrderNoSystemKnowsIsNotFound)
{
    const OrderTimeline timeline = assemble("ORD-404");
    EXPECT_FALSE(timeline.found);
    EXPECT_FALSE(timeline.anySourceFailed()); // not knowing an order is not a failure
    EXPECT_TRUE(timeline.events.empty());
}

TEST_F(TimelineAssemblerTest, ListsThatRepeatAnItemYieldOneEvent)
{
    http.route("/orders/v1/orders/ORD-1", FakeHttpClient::json(orderJson("ORD-1", "", {"ORD-2"})));
    http.route("/orders/v1/orders/ORD-2", FakeHttpClient::json(orderJson("ORD-2", "ORD-1")));
    // A system that lists the same refund under both orders.
    http.route("/payments/v1/refunds?order=ORD-1",
               FakeHttpClient::json(refundsJson("ORD-1", "REF-1")));
    http.route("/payments/v1/refunds?order=ORD-2",
               FakeHttpClient::json(refundsJson("ORD-1", "REF-1")));

    const OrderTimeline timeline = assemble("ORD-1");

    EXPECT_EQ(timeline.facts.refunds.size(), 1u);
    const auto refundEvents =
        std::count_if(timeline.events.begin(), timeline.events.end(),
                      [](const TimelineEvent &event) { return event.ref == "payments:REF-1"; });
    EXPECT_EQ(refundEvents, 1);
}

TEST_F(TimelineAssemblerTest, RunsTheWatchdogOverTheMergedFacts)
{
    // Delivered shoes, a full refund and no return under way: money back while the customer
    // keeps the goods.
    http.route("/orders/v1/orders/ORD-1", FakeHttpClient::json(orderJson("ORD-1")));
    nlohmann::json refund = nlohmann::json::parse(refundsJson("ORD-1", "REF-1"));
    refund["items"][0]["amount"] = 5000;
    refund["items"][0]["lines"] = {{{"lineId", "L1"}, {"quantity", 1}}};
    http.route("/payments/v1/refunds?order=ORD-1", FakeHttpClient::json(refund.dump()));
    nlohmann::json shipment = {
        {"id", "SHP-1"},
        {"orderId", "ORD-1"},
        {"carrier", "BRT"},
        {"trackingNumber", "BRT1"},
        {"status", "delivered"},
        {"lines", {{{"lineId", "L1"}, {"quantity", 1}}}},
        {"promisedWindow", nullptr},
        {"address",
         {{"line1", "Via Roma 1"}, {"city", "Milano"}, {"postalCode", "20100"}, {"country", "IT"}}},
        {"pickupPoint", nullptr},
        {"events",
         {{{"at", "2026-11-03T10:00:00Z"},
           {"status", "delivered"},
           {"location", "Milano"},
           {"description", "Delivered"}}}}};
    http.route("/delivery/v1/shipments?order=ORD-1",
               FakeHttpClient::json(nlohmann::json{{"items", {shipment}}}.dump()));

    const OrderTimeline timeline = assemble("ORD-1");

    for (const SourceStatus &status : timeline.sources) {
        ASSERT_EQ(status.state, SourceStatus::State::Ok) << status.error;
    }
    const bool flagged =
        std::any_of(timeline.alerts.begin(), timeline.alerts.end(),
                    [](const Alert &alert) { return alert.rule == "refund-while-shipping"; });
    EXPECT_TRUE(flagged);
}

} // namespace
} // namespace caseline
