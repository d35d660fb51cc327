// Idempotency-Key handling: a retry gets the first response and never a second effect, a key
// reused for another request is refused, and a mutation without a key is refused.
#include "BackofficeSuite.h"
#include "BackofficeTestKit.h"
#include "HttpTestClient.h"
#include "TestScenario.h"

#include <gtest/gtest.h>
#include <memory>
#include <thread>

using caseline::test::BackofficeSuite;
using caseline::test::countLedgerEntries;
using caseline::test::HttpResponse;
using caseline::test::HttpTestClient;
using caseline::test::isJson;
using caseline::test::isProblem;
using caseline::test::ledgerEntries;
using caseline::test::stateSnapshot;
using caseline::test::TestScenario;
using caseline::test::withKey;
using nlohmann::json;

namespace {

TestScenario idempotencyScenario()
{
    TestScenario scenario("it-idempotency");
    scenario.addCustomer(TestScenario::customer("CUS-9801", "Irene Costa", "irene.costa@example.it",
                                                "+39 346 000 9801"));
    const json tenLines = {TestScenario::line("L1", "SKU-A", 10, 10000)};
    const json line = {TestScenario::shipmentLine("L1", 10)};
    const json offers = TestScenario::offers(true, true);
    for (const std::string id : {"9801", "9802", "9803", "9804"}) {
        scenario.addOrder(TestScenario::order("ORD-" + id, "CUS-9801", "delivered", tenLines));
        scenario.addShipment(TestScenario::shipment("SHP-" + id, "ORD-" + id, "delivered", line,
                                                    "BRT" + id + "000001"));
    }
    scenario.addOrder(TestScenario::order("ORD-9811", "CUS-9801", "placed", tenLines));
    scenario.addShipment(
        TestScenario::shipment("SHP-9811", "ORD-9811", "created", line, "BRT9811000001", offers));
    scenario.addOrder(TestScenario::order("ORD-9812", "CUS-9801", "placed", tenLines));
    scenario.addShipment(
        TestScenario::shipment("SHP-9812", "ORD-9812", "created", line, "BRT9812000001", offers));
    scenario.addOrder(TestScenario::order("ORD-9813", "CUS-9801", "placed", tenLines));
    return scenario;
}

json refundBody(const std::string &orderId, long long amount)
{
    return {{"orderId", orderId}, {"amount", amount}, {"currency", "EUR"}, {"reason", "goodwill"}};
}

} // namespace

class BackofficeIdempotencyTest : public BackofficeSuite
{
protected:
    static void SetUpTestSuite() { server().start(idempotencyScenario()); }

    // Sends the same request twice under one key and checks the second is a faithful replay
    // that applied nothing. Returns the first response.
    HttpResponse expectReplayed(const std::string &path, const json &body, long status,
                                const std::vector<std::string> &observed)
    {
        const std::string key = HttpTestClient::uniqueKey("replay");
        const HttpResponse first = http->postJson(path, body, withKey(key));
        EXPECT_TRUE(isJson(first, status)) << path;
        EXPECT_NE(first.header("Idempotent-Replayed"), "true") << "the first answer is live";
        EXPECT_EQ(countLedgerEntries(ledgerEntries(*http), key), 1u);

        const json after = stateSnapshot(*http, observed);
        const HttpResponse second = http->postJson(path, body, withKey(key));
        EXPECT_EQ(second.status, first.status) << second.describe();
        EXPECT_EQ(second.body, first.body);
        EXPECT_EQ(second.contentType, first.contentType);
        EXPECT_EQ(second.header("Idempotent-Replayed"), "true");
        EXPECT_EQ(stateSnapshot(*http, observed), after) << "a replay applies nothing";
        EXPECT_EQ(countLedgerEntries(ledgerEntries(*http), key), 1u);
        return first;
    }
};

TEST_F(BackofficeIdempotencyTest, RefundRetryIsReplayedOnce)
{
    expectReplayed("/payments/v1/refunds", refundBody("ORD-9801", 100), 201,
                   {"/payments/v1/refunds?order=ORD-9801"});
    const HttpResponse list = http->get("/payments/v1/refunds?order=ORD-9801");
    ASSERT_TRUE(isJson(list, 200));
    EXPECT_EQ(list.json().at("items").size(), 1u);
}

TEST_F(BackofficeIdempotencyTest, EveryMutationIsReplayed)
{
    expectReplayed("/orders/v1/orders/ORD-9802/replacement",
                   {{"lines", {{{"lineId", "L1"}, {"quantity", 1}}}}, {"reason", "wrong size"}},
                   201, {"/orders/v1/orders/ORD-9802", "/orders/v1/orders?customer=CUS-9801"});
    EXPECT_EQ(http->get("/orders/v1/orders/ORD-9802").json().at("replacements").size(), 1u)
        << "a retried replacement creates one order";

    expectReplayed("/orders/v1/orders/ORD-9811/cancel", {{"reason", "customer request"}}, 200,
                   {"/orders/v1/orders/ORD-9811"});

    expectReplayed("/returns/v1/returns",
                   {{"orderId", "ORD-9803"},
                    {"lines", {{{"lineId", "L1"}, {"quantity", 1}}}},
                    {"reason", "too big"}},
                   201, {"/returns/v1/returns?order=ORD-9803"});

    expectReplayed("/notifications/v1/messages",
                   {{"customerId", "CUS-9801"},
                    {"orderId", "ORD-9803"},
                    {"channel", "email"},
                    {"language", "it"},
                    {"subject", "Reso"},
                    {"body", "Abbiamo ricevuto la richiesta di reso."}},
                   201, {"/notifications/v1/messages?customer=CUS-9801"});

    const HttpResponse options = http->get("/delivery/v1/shipments/SHP-9812/options");
    ASSERT_TRUE(isJson(options, 200));
    ASSERT_FALSE(options.json().at("slots").empty());
    expectReplayed("/delivery/v1/shipments/SHP-9812/reschedule",
                   {{"slotId", options.json()["slots"][0].at("id")}}, 200,
                   {"/delivery/v1/shipments/SHP-9812"});
}

TEST_F(BackofficeIdempotencyTest, ReplayHoldsEvenWhenTheRequestWouldNowBeRefused)
{
    // Cancelling again would be a conflict, but a retry of the same request is the same request.
    const std::string key = HttpTestClient::uniqueKey("cancel");
    const HttpResponse first =
        http->postJson("/orders/v1/orders/ORD-9813/cancel", {{"reason", "r"}}, withKey(key));
    ASSERT_TRUE(isJson(first, 200));
    const HttpResponse retry =
        http->postJson("/orders/v1/orders/ORD-9813/cancel", {{"reason", "r"}}, withKey(key));
    EXPECT_EQ(retry.status, 200);
    EXPECT_EQ(retry.body, first.body);
    EXPECT_EQ(retry.header("Idempotent-Replayed"), "true");
}

TEST_F(BackofficeIdempotencyTest, SameKeyWithAnotherBodyIsRefused)
{
    const std::string key = HttpTestClient::uniqueKey("mismatch");
    ASSERT_TRUE(isJson(
        http->postJson("/payments/v1/refunds", refundBody("ORD-9804", 100), withKey(key)), 201));
    const std::vector<std::string> paths = {"/payments/v1/refunds?order=ORD-9804",
                                            "/notifications/v1/messages?customer=CUS-9801"};
    const json before = stateSnapshot(*http, paths);

    EXPECT_TRUE(
        isProblem(http->postJson("/payments/v1/refunds", refundBody("ORD-9804", 200), withKey(key)),
                  422, "idempotency-mismatch"));
    // The same key on another route is another request too.
    EXPECT_TRUE(isProblem(http->postJson("/notifications/v1/messages",
                                         {{"customerId", "CUS-9801"},
                                          {"channel", "email"},
                                          {"language", "it"},
                                          {"subject", "x"},
                                          {"body", "y"}},
                                         withKey(key)),
                          422, "idempotency-mismatch"));
    EXPECT_EQ(stateSnapshot(*http, paths), before);
    EXPECT_EQ(countLedgerEntries(ledgerEntries(*http), key), 1u);
}

TEST_F(BackofficeIdempotencyTest, MutationWithoutAKeyIsRefused)
{
    const std::vector<std::string> paths = {"/payments/v1/refunds?order=ORD-9804",
                                            "/orders/v1/orders/ORD-9804"};
    const json before = stateSnapshot(*http, paths);
    EXPECT_TRUE(isProblem(http->postJson("/payments/v1/refunds", refundBody("ORD-9804", 100)), 400,
                          "missing-idempotency-key"));
    EXPECT_TRUE(isProblem(
        http->postJson("/orders/v1/orders/ORD-9804/replacement",
                       {{"lines", {{{"lineId", "L1"}, {"quantity", 1}}}}, {"reason", "x"}}),
        400, "missing-idempotency-key"));
    EXPECT_EQ(stateSnapshot(*http, paths), before);
}

TEST_F(BackofficeIdempotencyTest, KeyMustBeOneTo200PrintableCharacters)
{
    const std::vector<std::string> paths = {"/payments/v1/refunds?order=ORD-9804"};
    const json before = stateSnapshot(*http, paths);
    const HttpResponse tooLong = http->postJson("/payments/v1/refunds", refundBody("ORD-9804", 7),
                                                withKey(std::string(201, 'k')));
    EXPECT_EQ(tooLong.status, 400) << tooLong.describe();
    EXPECT_EQ(tooLong.contentType.rfind("application/problem+json", 0), 0u);
    const HttpResponse nonAscii = http->postJson("/payments/v1/refunds", refundBody("ORD-9804", 7),
                                                 withKey("chiave-\xc3\xa8-non-ascii"));
    EXPECT_EQ(nonAscii.status, 400) << nonAscii.describe();
    EXPECT_EQ(stateSnapshot(*http, paths), before);

    const std::string longest =
        std::string(180, 'k') + HttpTestClient::uniqueKey("x").substr(0, 20);
    ASSERT_EQ(longest.size(), 200u);
    EXPECT_TRUE(isJson(
        http->postJson("/payments/v1/refunds", refundBody("ORD-9804", 7), withKey(longest)), 201));
}

TEST_F(BackofficeIdempotencyTest, ConcurrentRetriesApplyOnce)
{
    const std::string key = HttpTestClient::uniqueKey("concurrent");
    const json body = refundBody("ORD-9804", 11);
    const std::size_t before =
        http->get("/payments/v1/refunds?order=ORD-9804").json().at("items").size();

    constexpr int threads = 6;
    std::vector<HttpResponse> responses(threads);
    std::vector<std::thread> workers;
    for (int i = 0; i < threads; ++i) {
        workers.emplace_back([&, i] {
            HttpTestClient client(server().baseUrl());
            responses[i] = client.postJson("/payments/v1/refunds", body, withKey(key));
        });
    }
    for (auto &worker : workers) {
        worker.join();
    }
    for (const auto &response : responses) {
        EXPECT_EQ(response.status, 201) << response.describe();
        EXPECT_EQ(response.body, responses[0].body);
    }
    EXPECT_EQ(countLedgerEntries(ledgerEntries(*http), key), 1u);
    EXPECT_EQ(http->get("/payments/v1/refunds?order=ORD-9804").json().at("items").size(),
              before + 1);
}

TEST_F(BackofficeIdempotencyTest, AdminRequestsNeedNoKey)
{
    const HttpResponse clock = http->postJson("/admin/clock", {{"advance", 0}});
    EXPECT_TRUE(isJson(clock, 200));
}
