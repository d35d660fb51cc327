// Fault injection through POST /admin/faults (status, delay, drop, malformed body, rate, count,
// method filter, before/after the mutation is applied) and the --latency / --fault-rate
// command-line options.
#include "BackofficeServer.h"
#include "BackofficeSuite.h"
#include "BackofficeTestKit.h"
#include "HttpTestClient.h"
#include "TestScenario.h"

#include <chrono>
#include <gtest/gtest.h>
#include <memory>

using caseline::test::BackofficeServer;
using caseline::test::BackofficeSuite;
using caseline::test::countLedgerEntries;
using caseline::test::HttpResponse;
using caseline::test::HttpTestClient;
using caseline::test::isJson;
using caseline::test::isProblem;
using caseline::test::isValidationProblem;
using caseline::test::ledgerEntries;
using caseline::test::stateSnapshot;
using caseline::test::TestScenario;
using caseline::test::withKey;
using nlohmann::json;

namespace {

TestScenario faultsScenario()
{
    TestScenario scenario("it-faults");
    scenario.addCustomer(TestScenario::customer("CUS-9851", "Elena Marino",
                                                "elena.marino@example.it", "+39 343 000 9851"));
    scenario.addOrder(TestScenario::order("ORD-9851", "CUS-9851", "delivered",
                                          {TestScenario::line("L1", "SKU-A", 10, 10000)}));
    return scenario;
}

json refundBody(long long amount)
{
    return {{"orderId", "ORD-9851"}, {"amount", amount}, {"currency", "EUR"}, {"reason", "test"}};
}

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

const std::string customerPath = "/orders/v1/customers/CUS-9851";
const std::string refundsPath = "/payments/v1/refunds";
const std::string refundListPath = "/payments/v1/refunds?order=ORD-9851";

} // namespace

class BackofficeFaultsTest : public BackofficeSuite
{
protected:
    static void SetUpTestSuite()
    {
        server().start(faultsScenario(), {"--clock", TestScenario::kNow, "--seed", "7"});
    }

    void SetUp() override
    {
        BackofficeSuite::SetUp();
        if (http) {
            http->setTimeoutMs(15000);
        }
    }
    void TearDown() override
    {
        if (http) {
            const HttpResponse cleared = http->del("/admin/faults");
            EXPECT_EQ(cleared.status, 204) << cleared.describe();
        }
    }

    // POST /admin/faults; returns the created fault.
    json addFault(const json &fault)
    {
        const HttpResponse response = http->postJson("/admin/faults", fault);
        EXPECT_TRUE(isJson(response, 201)) << fault.dump();
        return response.status == 201 ? response.json() : json::object();
    }
};

TEST_F(BackofficeFaultsTest, InjectsAStatusUntilTheFaultIsDeleted)
{
    const json fault = addFault({{"route", "/orders/v1/customers"}, {"status", 503}});
    ASSERT_TRUE(fault.contains("id")) << fault.dump();
    const std::string id = fault.at("id");
    EXPECT_EQ(id.rfind("F", 0), 0u) << id;
    EXPECT_EQ(fault.value("route", ""), "/orders/v1/customers");
    EXPECT_EQ(fault.value("status", 0), 503);

    const HttpResponse listed = http->get("/admin/faults");
    ASSERT_TRUE(isJson(listed, 200));
    ASSERT_EQ(listed.json().at("items").size(), 1u);
    EXPECT_EQ(listed.json()["items"][0].at("id"), id);

    EXPECT_TRUE(isProblem(http->get(customerPath), 503, "injected-fault"));
    EXPECT_TRUE(isProblem(http->get("/orders/v1/customers?q=elena"), 503, "injected-fault"));
    EXPECT_TRUE(isJson(http->get("/orders/v1/orders/ORD-9851"), 200)) << "other routes unaffected";

    const HttpResponse deleted = http->del("/admin/faults/" + id);
    EXPECT_EQ(deleted.status, 204) << deleted.describe();
    EXPECT_TRUE(isJson(http->get(customerPath), 200));
    EXPECT_EQ(http->get("/admin/faults").json().at("items"), json::array());
}

TEST_F(BackofficeFaultsTest, CountLimitsHowOftenAFaultApplies)
{
    addFault({{"route", "/orders/v1/orders"}, {"status", 500}, {"count", 2}});
    EXPECT_TRUE(isProblem(http->get("/orders/v1/orders/ORD-9851"), 500, "injected-fault"));
    EXPECT_TRUE(isProblem(http->get("/orders/v1/orders/ORD-9851"), 500, "injected-fault"));
    EXPECT_TRUE(isJson(http->get("/orders/v1/orders/ORD-9851"), 200));
    EXPECT_TRUE(isJson(http->get("/orders/v1/orders/ORD-9851"), 200));
}

TEST_F(BackofficeFaultsTest, MethodFilterAndFaultBeforeTheMutation)
{
    addFault({{"route", refundsPath}, {"method", "POST"}, {"status", 503}, {"count", 1}});
    EXPECT_TRUE(isJson(http->get(refundListPath), 200)) << "GET is not faulted";

    const json before = stateSnapshot(*http, {refundListPath});
    const std::string key = HttpTestClient::uniqueKey("before");
    EXPECT_TRUE(isProblem(http->postJson(refundsPath, refundBody(10), withKey(key)), 503,
                          "injected-fault"));
    EXPECT_EQ(stateSnapshot(*http, {refundListPath}), before) << "a 'before' fault applies nothing";
    EXPECT_EQ(countLedgerEntries(ledgerEntries(*http), key), 0u);

    // The retry is applied for real, exactly once.
    const HttpResponse retry = http->postJson(refundsPath, refundBody(10), withKey(key));
    EXPECT_TRUE(isJson(retry, 201));
    EXPECT_NE(retry.header("Idempotent-Replayed"), "true");
    EXPECT_EQ(countLedgerEntries(ledgerEntries(*http), key), 1u);
}

TEST_F(BackofficeFaultsTest, FaultAfterTheMutationIsAppliedAndReplayedOnRetry)
{
    addFault({{"route", refundsPath},
              {"method", "POST"},
              {"status", 503},
              {"when", "after"},
              {"count", 1}});
    const std::size_t refundsBefore = http->get(refundListPath).json().at("items").size();
    const std::string key = HttpTestClient::uniqueKey("after");

    const HttpResponse faulted = http->postJson(refundsPath, refundBody(20), withKey(key));
    EXPECT_TRUE(isProblem(faulted, 503, "injected-fault"));
    EXPECT_EQ(countLedgerEntries(ledgerEntries(*http), key), 1u) << "applied before the fault";
    const json refunds = http->get(refundListPath).json().at("items");
    ASSERT_EQ(refunds.size(), refundsBefore + 1);

    const HttpResponse retry = http->postJson(refundsPath, refundBody(20), withKey(key));
    ASSERT_TRUE(isJson(retry, 201));
    EXPECT_EQ(retry.header("Idempotent-Replayed"), "true");
    EXPECT_EQ(retry.json(), refunds.back()) << "the stored response of the applied refund";
    EXPECT_EQ(countLedgerEntries(ledgerEntries(*http), key), 1u);
    EXPECT_EQ(http->get(refundListPath).json().at("items").size(), refundsBefore + 1);
}

TEST_F(BackofficeFaultsTest, DelayMakesAShortTimeoutFail)
{
    addFault({{"route", "/orders/v1/customers"}, {"delayMs", 1500}});

    HttpTestClient impatient(server().baseUrl(), 500);
    auto start = std::chrono::steady_clock::now();
    const HttpResponse timedOut = impatient.get(customerPath);
    EXPECT_EQ(timedOut.curlCode, CURLE_OPERATION_TIMEDOUT) << timedOut.describe();
    EXPECT_LT(secondsSince(start), 1.4);

    start = std::chrono::steady_clock::now();
    const HttpResponse slow = http->get(customerPath);
    EXPECT_TRUE(isJson(slow, 200)) << "a delay alone does not change the answer";
    EXPECT_GE(secondsSince(start), 1.4);

    start = std::chrono::steady_clock::now();
    EXPECT_TRUE(isJson(http->get("/orders/v1/orders/ORD-9851"), 200));
    EXPECT_LT(secondsSince(start), 1.0) << "other routes are not delayed";
}

TEST_F(BackofficeFaultsTest, DropClosesTheConnectionWithoutAnAnswer)
{
    addFault({{"route", "/orders/v1/customers"}, {"drop", true}, {"count", 1}});
    // A fresh connection: on a reused keep-alive connection libcurl silently retries a request
    // whose connection closed without an answer, which would hide the drop.
    HttpTestClient fresh(server().baseUrl(), 15000);
    const HttpResponse dropped = fresh.get(customerPath);
    EXPECT_NE(dropped.curlCode, CURLE_OK) << dropped.describe();
    EXPECT_EQ(dropped.status, 0);
    EXPECT_TRUE(isJson(http->get(customerPath), 200)) << "the next request gets through";
}

TEST_F(BackofficeFaultsTest, MalformedSendsABodyThatIsNotJson)
{
    addFault({{"route", "/orders/v1/customers"}, {"malformed", true}, {"count", 1}});
    const HttpResponse malformed = http->get(customerPath);
    ASSERT_TRUE(malformed.ok()) << malformed.describe();
    EXPECT_TRUE(nlohmann::json::parse(malformed.body, nullptr, false).is_discarded())
        << "body: " << malformed.body;
    EXPECT_TRUE(isJson(http->get(customerPath), 200));
}

TEST_F(BackofficeFaultsTest, RateZeroNeverAppliesAndHalfSometimes)
{
    addFault({{"route", "/orders/v1/customers"}, {"status", 503}, {"rate", 0}});
    for (int i = 0; i < 10; ++i) {
        EXPECT_TRUE(isJson(http->get(customerPath), 200));
    }
    ASSERT_EQ(http->del("/admin/faults").status, 204);

    addFault({{"route", "/orders/v1/customers"}, {"status", 503}, {"rate", 0.5}});
    int faulted = 0;
    int passed = 0;
    for (int i = 0; i < 60; ++i) {
        const HttpResponse response = http->get(customerPath);
        if (response.status == 503) {
            ++faulted;
        } else if (response.status == 200) {
            ++passed;
        } else {
            ADD_FAILURE() << response.describe();
        }
    }
    EXPECT_GT(faulted, 5);
    EXPECT_GT(passed, 5);
}

TEST_F(BackofficeFaultsTest, DeleteAllClearsEveryFault)
{
    addFault({{"route", "/orders/v1/customers"}, {"status", 503}});
    addFault({{"route", "/payments/v1"}, {"status", 502}});
    ASSERT_EQ(http->get("/admin/faults").json().at("items").size(), 2u);
    const HttpResponse cleared = http->del("/admin/faults");
    EXPECT_EQ(cleared.status, 204) << cleared.describe();
    EXPECT_EQ(http->get("/admin/faults").json().at("items"), json::array());
    EXPECT_TRUE(isJson(http->get(customerPath), 200));
    EXPECT_TRUE(isJson(http->get(refundListPath), 200));
}

TEST_F(BackofficeFaultsTest, RefusesInvalidFaults)
{
    const json before = http->get("/admin/faults").json();
    EXPECT_TRUE(isValidationProblem(
        http->postJson("/admin/faults", {{"route", "/orders/v1"}, {"rate", 1.5}}), "rate"));
    EXPECT_TRUE(isValidationProblem(
        http->postJson("/admin/faults", {{"route", "/orders/v1"}, {"when", "sometimes"}}), "when"));
    EXPECT_TRUE(isValidationProblem(
        http->postJson("/admin/faults", {{"route", "/orders/v1"}, {"delayMs", -1}}), "delayMs"));
    EXPECT_TRUE(isValidationProblem(http->postJson("/admin/faults", {{"status", 503}}), "route"));
    EXPECT_TRUE(isProblem(http->del("/admin/faults/F999999"), 404, "not-found"));
    EXPECT_EQ(http->get("/admin/faults").json(), before);
}

TEST(BackofficeStartupFaultsTest, LatencyOptionDelaysEveryAnswer)
{
    BackofficeServer server;
    ASSERT_TRUE(server.start(faultsScenario(), {"--clock", TestScenario::kNow, "--latency", "300"}))
        << server.error();
    HttpTestClient http(server.baseUrl());
    const auto start = std::chrono::steady_clock::now();
    EXPECT_TRUE(isJson(http.get(customerPath), 200));
    EXPECT_GE(secondsSince(start), 0.29);
}

TEST(BackofficeStartupFaultsTest, FaultRateOneFaultsEveryRequest)
{
    BackofficeServer server;
    ASSERT_TRUE(server.start(faultsScenario(),
                             {"--clock", TestScenario::kNow, "--fault-rate", "1", "--seed", "3"}))
        << server.error();
    HttpTestClient http(server.baseUrl(), 15000);
    for (int i = 0; i < 5; ++i) {
        const HttpResponse response = http.get(customerPath);
        EXPECT_FALSE(response.ok() && response.status >= 200 && response.status < 300)
            << "request " << i << " was not faulted: " << response.describe();
    }
}
