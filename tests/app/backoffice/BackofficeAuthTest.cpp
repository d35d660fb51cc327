// --token: every route but /openapi.yaml and /health needs "Authorization: Bearer <token>".
// Also: /admin answers clients on the loopback interface.
#include "BackofficeServer.h"
#include "BackofficeSuite.h"
#include "BackofficeTestKit.h"
#include "HttpTestClient.h"
#include "TestScenario.h"

#include <gtest/gtest.h>
#include <memory>

using caseline::test::BackofficeServer;
using caseline::test::BackofficeSuite;
using caseline::test::HttpResponse;
using caseline::test::HttpTestClient;
using caseline::test::isJson;
using caseline::test::isProblem;
using caseline::test::stateSnapshot;
using caseline::test::TestScenario;
using caseline::test::withKey;
using nlohmann::json;

namespace {

TestScenario authScenario()
{
    TestScenario scenario("it-auth");
    scenario.addCustomer(TestScenario::customer("CUS-9981", "Bruno Fontana",
                                                "bruno.fontana@example.it", "+39 341 000 9981"));
    scenario.addOrder(TestScenario::order("ORD-9981", "CUS-9981", "delivered",
                                          {TestScenario::line("L1", "SKU-A", 1, 5000)}));
    return scenario;
}

const HttpTestClient::Headers bearer = {{"Authorization", "Bearer secret"}};

const std::vector<std::string> protectedPaths = {
    "/orders/v1/customers/CUS-9981",
    "/orders/v1/customers?q=bruno",
    "/orders/v1/orders?customer=CUS-9981",
    "/orders/v1/orders/ORD-9981",
    "/delivery/v1/shipments?order=ORD-9981",
    "/payments/v1/refunds?order=ORD-9981",
    "/returns/v1/returns?order=ORD-9981",
    "/notifications/v1/messages?customer=CUS-9981",
    "/events/v1",
    "/admin/ledger",
    "/admin/clock",
    "/admin/faults",
};

} // namespace

class BackofficeAuthTest : public BackofficeSuite
{
protected:
    static void SetUpTestSuite()
    {
        server().start(authScenario(), {"--clock", TestScenario::kNow, "--token", "secret"});
    }
};

TEST_F(BackofficeAuthTest, EveryRouteNeedsTheBearerToken)
{
    for (const auto &path : protectedPaths) {
        EXPECT_TRUE(isProblem(http->get(path), 401, "unauthorized")) << path;
        EXPECT_TRUE(
            isProblem(http->get(path, {{"Authorization", "Bearer wrong"}}), 401, "unauthorized"))
            << path;
        EXPECT_TRUE(isProblem(http->get(path, {{"Authorization", "secret"}}), 401, "unauthorized"))
            << path;
        EXPECT_TRUE(
            isProblem(http->get(path, {{"Authorization", "Basic c2VjcmV0"}}), 401, "unauthorized"))
            << path;
        EXPECT_TRUE(isJson(http->get(path, bearer), 200)) << path;
    }
}

TEST_F(BackofficeAuthTest, UnauthorisedMutationsWriteNothing)
{
    http->setDefaultHeader("Authorization", "Bearer secret");
    const json before = stateSnapshot(*http, {"/payments/v1/refunds?order=ORD-9981"});
    http->clearDefaultHeaders();

    const json body = {
        {"orderId", "ORD-9981"}, {"amount", 100}, {"currency", "EUR"}, {"reason", "x"}};
    EXPECT_TRUE(isProblem(
        http->postJson("/payments/v1/refunds", body, withKey(HttpTestClient::uniqueKey("auth"))),
        401, "unauthorized"));
    EXPECT_TRUE(isProblem(http->postJson("/payments/v1/refunds", body,
                                         {{"Idempotency-Key", HttpTestClient::uniqueKey("auth")},
                                          {"Authorization", "Bearer nope"}}),
                          401, "unauthorized"));
    EXPECT_TRUE(
        isProblem(http->postJson("/admin/clock", {{"advance", 3600}}), 401, "unauthorized"));
    EXPECT_TRUE(isProblem(http->postJson("/admin/faults", {{"route", "/orders"}, {"status", 503}}),
                          401, "unauthorized"));

    http->setDefaultHeader("Authorization", "Bearer secret");
    EXPECT_EQ(stateSnapshot(*http, {"/payments/v1/refunds?order=ORD-9981"}), before);
    EXPECT_EQ(http->get("/admin/clock").json().at("now"), TestScenario::kNow);
    EXPECT_EQ(http->get("/admin/faults").json().at("items"), json::array());
}

TEST_F(BackofficeAuthTest, WithTheTokenMutationsWork)
{
    http->setDefaultHeader("Authorization", "Bearer secret");
    EXPECT_TRUE(
        isJson(http->postJson(
                   "/payments/v1/refunds",
                   {{"orderId", "ORD-9981"}, {"amount", 100}, {"currency", "EUR"}, {"reason", "x"}},
                   withKey(HttpTestClient::uniqueKey("auth"))),
               201));
}

TEST_F(BackofficeAuthTest, OpenApiAndHealthAreOpen)
{
    const HttpResponse openapi = http->get("/openapi.yaml");
    EXPECT_EQ(openapi.status, 200) << openapi.describe();
    EXPECT_EQ(openapi.contentType.rfind("application/yaml", 0), 0u) << openapi.contentType;
    EXPECT_NE(openapi.body.find("openapi:"), std::string::npos);

    const HttpResponse health = http->get("/health");
    ASSERT_TRUE(isJson(health, 200));
    EXPECT_EQ(health.json(), json({{"status", "ok"}, {"now", TestScenario::kNow}}));
}

TEST(BackofficeAdminAccessTest, LoopbackClientsMayUseAdmin)
{
    BackofficeServer server;
    ASSERT_TRUE(server.start(authScenario(), {"--listen", "127.0.0.1"})) << server.error();
    HttpTestClient http(server.baseUrl());
    EXPECT_TRUE(isJson(http.get("/admin/ledger"), 200));
    EXPECT_TRUE(isJson(http.get("/admin/clock"), 200));
    EXPECT_TRUE(isJson(http.get("/admin/faults"), 200));
    EXPECT_TRUE(isJson(http.postJson("/admin/clock", {{"advance", 60}}), 200));
    EXPECT_TRUE(isJson(http.get("/orders/v1/orders/ORD-9981"), 200)) << "no token needed";
}
