// --data FILE: state survives a restart (and a SIGKILL) of caseline-backoffice, scenarios are
// not loaded twice into the same file, and idempotency keys keep replaying across restarts.
#include "BackofficeServer.h"
#include "BackofficeTestKit.h"
#include "HttpTestClient.h"
#include "TempDirectory.h"
#include "TestScenario.h"

#include <gtest/gtest.h>
#include <memory>

using caseline::test::BackofficeServer;
using caseline::test::countLedgerEntries;
using caseline::test::currentCursor;
using caseline::test::HttpResponse;
using caseline::test::HttpTestClient;
using caseline::test::isJson;
using caseline::test::ledgerEntries;
using caseline::test::stateSnapshot;
using caseline::test::TempDirectory;
using caseline::test::TestScenario;
using caseline::test::withKey;
using nlohmann::json;

namespace {

TestScenario persistenceScenario()
{
    TestScenario scenario("it-persistence");
    scenario.addCustomer(TestScenario::customer("CUS-9971", "Marta Greco", "marta.greco@example.it",
                                                "+39 342 000 9971"));
    scenario.addOrder(TestScenario::order("ORD-9971", "CUS-9971", "delivered",
                                          {TestScenario::line("L1", "SKU-A", 2, 4000)}));
    scenario.addShipment(TestScenario::shipment("SHP-9971", "ORD-9971", "delivered",
                                                {TestScenario::shipmentLine("L1", 2)},
                                                "BRT9971000001"));
    scenario.addRefund({{"id", "REF-9971"},
                        {"orderId", "ORD-9971"},
                        {"amount", 500},
                        {"currency", "EUR"},
                        {"reason", "scenario refund"},
                        {"lines", json::array()},
                        {"status", "succeeded"},
                        {"createdAt", "2026-10-30T10:00:00Z"},
                        {"issuedBy", "finance"}});
    scenario.addMessage({{"id", "MSG-9971"},
                         {"customerId", "CUS-9971"},
                         {"orderId", "ORD-9971"},
                         {"channel", "email"},
                         {"sentAt", "2026-10-29T10:00:00Z"},
                         {"language", "it"},
                         {"subject", "Consegnato"},
                         {"body", "Il tuo ordine è stato consegnato."},
                         {"system", "delivery"}});
    return scenario;
}

const std::vector<std::string> observedPaths = {
    "/orders/v1/orders?customer=CUS-9971", "/orders/v1/orders/ORD-9971",
    "/delivery/v1/shipments?order=ORD-9971", "/payments/v1/refunds?order=ORD-9971",
    "/notifications/v1/messages?customer=CUS-9971"};

} // namespace

class BackofficePersistenceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const std::string scenario =
            directory.write("persistence.json", persistenceScenario().text());
        ASSERT_TRUE(server.start({"--data", directory.file("state.sqlite"), "--scenario", scenario,
                                  "--clock", TestScenario::kNow}))
            << server.error();
        http = std::make_unique<HttpTestClient>(server.baseUrl());
    }

    void restart(bool hard)
    {
        if (hard) {
            server.process().kill();
        } else {
            server.process().stop();
        }
        ASSERT_TRUE(server.restart()) << server.error();
        http->setBaseUrl(server.baseUrl());
    }

    json refund(long long amount)
    {
        return {{"orderId", "ORD-9971"}, {"amount", amount}, {"currency", "EUR"}, {"reason", "r"}};
    }

    TempDirectory directory{"caseline-persistence"};
    BackofficeServer server;
    std::unique_ptr<HttpTestClient> http;
};

TEST_F(BackofficePersistenceTest, RefundSurvivesARestartAndItsKeyStillReplays)
{
    const std::string key = HttpTestClient::uniqueKey("persist");
    const HttpResponse first = http->postJson("/payments/v1/refunds", refund(1200), withKey(key));
    ASSERT_TRUE(isJson(first, 201));
    const json before = stateSnapshot(*http, observedPaths);

    ASSERT_NO_FATAL_FAILURE(restart(false));

    EXPECT_EQ(stateSnapshot(*http, observedPaths), before)
        << "same state, and the scenario was not loaded a second time";
    const json refunds = http->get("/payments/v1/refunds?order=ORD-9971").json().at("items");
    ASSERT_EQ(refunds.size(), 2u);
    EXPECT_EQ(refunds[0].at("id"), "REF-9971");
    EXPECT_EQ(refunds[1], first.json());

    const HttpResponse replay = http->postJson("/payments/v1/refunds", refund(1200), withKey(key));
    EXPECT_EQ(replay.status, 201);
    EXPECT_EQ(replay.body, first.body);
    EXPECT_EQ(replay.header("Idempotent-Replayed"), "true");
    EXPECT_EQ(countLedgerEntries(ledgerEntries(*http), key), 1u);
    EXPECT_EQ(stateSnapshot(*http, observedPaths), before);
}

TEST_F(BackofficePersistenceTest, CommittedChangesSurviveAKill)
{
    const HttpResponse sent = http->postJson("/notifications/v1/messages",
                                             {{"customerId", "CUS-9971"},
                                              {"orderId", "ORD-9971"},
                                              {"channel", "sms"},
                                              {"language", "it"},
                                              {"subject", "Rimborso"},
                                              {"body", "Abbiamo emesso un rimborso."}},
                                             withKey(HttpTestClient::uniqueKey("kill")));
    ASSERT_TRUE(isJson(sent, 201));
    const json before = stateSnapshot(*http, observedPaths);

    ASSERT_NO_FATAL_FAILURE(restart(true));

    EXPECT_EQ(stateSnapshot(*http, observedPaths), before);
    const json messages =
        http->get("/notifications/v1/messages?customer=CUS-9971").json().at("items");
    ASSERT_EQ(messages.size(), 2u);
    EXPECT_EQ(messages[1], sent.json());
}

TEST_F(BackofficePersistenceTest, ChangeFeedContinuesAcrossRestarts)
{
    ASSERT_TRUE(isJson(http->postJson("/payments/v1/refunds", refund(100),
                                      withKey(HttpTestClient::uniqueKey("feed"))),
                       201));
    const std::string cursor = currentCursor(*http);
    ASSERT_FALSE(cursor.empty());

    ASSERT_NO_FATAL_FAILURE(restart(false));

    const HttpResponse nothingNew = http->get("/events/v1?after=" + cursor);
    ASSERT_TRUE(isJson(nothingNew, 200));
    EXPECT_EQ(nothingNew.json().at("events"), json::array()) << "a restart publishes nothing again";

    ASSERT_TRUE(isJson(http->postJson("/payments/v1/refunds", refund(100),
                                      withKey(HttpTestClient::uniqueKey("feed"))),
                       201));
    const json events = http->get("/events/v1?after=" + cursor).json().at("events");
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].at("kind"), "refund.created");
    EXPECT_GT(std::stoll(events[0].at("seq").get<std::string>()), std::stoll(cursor));
}

TEST_F(BackofficePersistenceTest, TwoRestartsInARowKeepEverythingOnce)
{
    const json before = stateSnapshot(*http, observedPaths);
    ASSERT_NO_FATAL_FAILURE(restart(false));
    ASSERT_NO_FATAL_FAILURE(restart(false));
    EXPECT_EQ(stateSnapshot(*http, observedPaths), before);
    EXPECT_EQ(http->get("/orders/v1/orders?customer=CUS-9971").json().at("items").size(), 1u);
}
