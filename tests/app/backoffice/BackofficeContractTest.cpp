// Every response of the real server, success or refusal, on every documented route, must match
// the OpenAPI document resources/api/backoffice.yaml (status documented, content type declared,
// body valid against the schema): every exchange goes through Prism, a validating proxy.
#include "BackofficeServer.h"
#include "BackofficeSuite.h"
#include "BackofficeTestKit.h"
#include "CannedUpstream.h"
#include "ContractTools.h"
#include "HttpTestClient.h"
#include "PrismProxy.h"
#include "TestScenario.h"

#include <cstdlib>
#include <fstream>
#include <gtest/gtest.h>
#include <memory>
#include <sstream>

using caseline::test::BackofficeSuite;
using caseline::test::CannedUpstream;
using caseline::test::ContractTools;
using caseline::test::HttpResponse;
using caseline::test::HttpTestClient;
using caseline::test::PrismProxy;
using caseline::test::TestScenario;
using caseline::test::withKey;
using nlohmann::json;

namespace {

std::string contractPath()
{
    return ContractTools::backofficeDocument();
}

TestScenario contractScenario()
{
    TestScenario scenario("it-contract");
    scenario.addCustomer(TestScenario::customer("CUS-9991", "Nadia Ferrara",
                                                "nadia.ferrara@example.it", "+39 340 000 9991"));
    const json lines = {TestScenario::line("L1", "SKU-A", 2, 2500),
                        TestScenario::line("L2", "SKU-B", 1, 4990)};
    const json shipped = {TestScenario::shipmentLine("L1", 2), TestScenario::shipmentLine("L2", 1)};
    const json offers = TestScenario::offers(
        true, true, {TestScenario::pickupPoint("PUP-MI-991", "Locker Milano Porta Romana")});
    scenario.addOrder(TestScenario::order("ORD-9991", "CUS-9991", "delivered", lines));
    scenario.addShipment(
        TestScenario::shipment("SHP-9991", "ORD-9991", "delivered", shipped, "BRT9991000001"));
    scenario.addOrder(TestScenario::order("ORD-9992", "CUS-9991", "placed", lines));
    scenario.addShipment(TestScenario::shipment("SHP-9992", "ORD-9992", "created", shipped,
                                                "BRT9992000001", offers));
    scenario.addOrder(TestScenario::order("ORD-9993", "CUS-9991", "dispatched", lines));
    scenario.addShipment(TestScenario::shipment("SHP-9993", "ORD-9993", "in_transit", shipped,
                                                "BRT9993000001", offers));
    scenario.addOrder(TestScenario::order("ORD-9994", "CUS-9991", "cancelled", lines, 0));
    scenario.addOrder(TestScenario::order("ORD-9995", "CUS-9991", "placed", lines));
    scenario.addOrder(TestScenario::order("ORD-9996", "CUS-9991", "placed", lines));
    scenario.addRefund({{"id", "REF-9991"},
                        {"orderId", "ORD-9991"},
                        {"amount", 990},
                        {"currency", "EUR"},
                        {"reason", "late delivery"},
                        {"lines", json::array()},
                        {"status", "succeeded"},
                        {"createdAt", "2026-10-30T10:00:00Z"},
                        {"issuedBy", "finance"}});
    scenario.addMessage({{"id", "MSG-9991"},
                         {"customerId", "CUS-9991"},
                         {"orderId", nullptr},
                         {"channel", "sms"},
                         {"sentAt", "2026-10-29T10:00:00Z"},
                         {"language", "it"},
                         {"subject", ""},
                         {"body", "Il tuo codice è 1234."},
                         {"system", "notifications"}});
    return scenario;
}

} // namespace

class BackofficeContractTest : public BackofficeSuite
{
protected:
    static std::unique_ptr<PrismProxy> &proxy()
    {
        static std::unique_ptr<PrismProxy> instance;
        return instance;
    }
    static std::string &proxyError()
    {
        static std::string error;
        return error;
    }

    // The same checker in front of a canned upstream, for answers to requests Prism cannot
    // pass on (a body that is not JSON).
    static std::unique_ptr<CannedUpstream> &upstream()
    {
        static std::unique_ptr<CannedUpstream> instance;
        return instance;
    }
    static std::unique_ptr<PrismProxy> &judge()
    {
        static std::unique_ptr<PrismProxy> instance;
        return instance;
    }

    static void SetUpTestSuite()
    {
        server().start(contractScenario(), {"--demo", "--clock", TestScenario::kNow});
        if (!server().running()) {
            return;
        }
        try {
            proxy() = std::make_unique<PrismProxy>(contractPath(), server().baseUrl());
            upstream() = std::make_unique<CannedUpstream>();
            judge() = std::make_unique<PrismProxy>(contractPath(), upstream()->baseUrl());
        } catch (const std::exception &error) {
            proxyError() = error.what();
        }
    }
    static void TearDownTestSuite()
    {
        judge().reset();
        upstream().reset();
        proxy().reset();
        BackofficeSuite::TearDownTestSuite();
    }

    void SetUp() override
    {
        BackofficeSuite::SetUp();
        if (HasFatalFailure()) {
            return;
        }
        ASSERT_TRUE(proxy() && judge())
            << "Prism does not check " << contractPath() << ": " << proxyError();
        http = std::make_unique<HttpTestClient>(proxy()->baseUrl());
    }

    // Sends the request and checks the response against the contract. Returns the response.
    HttpResponse exchange(const std::string &method, const std::string &path,
                          const json &body = nullptr, HttpTestClient::Headers headers = {})
    {
        HttpResponse response;
        if (method == "GET") {
            response = http->get(path, headers);
        } else if (method == "DELETE") {
            response = http->del(path, headers);
        } else {
            if (method == "POST" && path.rfind("/admin", 0) != 0 &&
                headers.find("Idempotency-Key") == headers.end()) {
                headers["Idempotency-Key"] = HttpTestClient::uniqueKey("contract");
            }
            response = http->post(path, body.is_null() ? std::string("{}") : body.dump(), headers);
        }
        check(method, path, response);
        return response;
    }

    // Sends raw text (malformed and oversized bodies, wrong content types) straight to the
    // server, since Prism cannot pass on a body it cannot read, and has the checker judge the
    // answer as the answer to that route.
    HttpResponse exchangeRaw(const std::string &path, const std::string &body,
                             const std::string &contentType)
    {
        HttpTestClient direct(server().baseUrl());
        const HttpResponse response =
            direct.request("POST", path, body,
                           {{"Idempotency-Key", HttpTestClient::uniqueKey("contract-raw")},
                            {"Content-Type", contentType}});
        EXPECT_TRUE(response.ok()) << "POST " << path << ": " << response.describe();
        HttpTestClient::Headers replay = CannedUpstream::answer(
            static_cast<int>(response.status), response.contentType, response.body);
        replay["Content-Type"] = "application/json";
        replay["Idempotency-Key"] = HttpTestClient::uniqueKey("contract-replay");
        check("POST", path, HttpTestClient(judge()->baseUrl()).request("POST", path, "{}", replay));
        return response;
    }

    void check(const std::string &method, const std::string &path, const HttpResponse &response)
    {
        ASSERT_TRUE(response.ok()) << method << " " << path << ": " << response.describe();
        const auto violations = PrismProxy::violations(response);
        EXPECT_TRUE(violations.empty())
            << method << " " << path << " -> " << response.status << " " << response.contentType
            << "\n"
            << PrismProxy::describe(violations) << "body: " << response.body.substr(0, 2000);
        ++checked;
    }

    int checked = 0;
};

TEST_F(BackofficeContractTest, ReadRoutes)
{
    for (const std::string path : {
             "/health",
             "/orders/v1/customers?q=nadia",
             "/orders/v1/customers?q=zz-nothing",
             "/orders/v1/customers/CUS-9991",
             "/orders/v1/orders?customer=CUS-9991",
             "/orders/v1/orders/ORD-9991",
             "/orders/v1/orders/ORD-9994",
             "/delivery/v1/shipments?order=ORD-9991",
             "/delivery/v1/shipments/SHP-9991",
             "/delivery/v1/shipments/SHP-9992",
             "/delivery/v1/shipments/SHP-9992/options",
             "/delivery/v1/shipments/SHP-9993/options",
             "/payments/v1/refunds?order=ORD-9991",
             "/payments/v1/refunds?order=ORD-9992",
             "/returns/v1/returns?order=ORD-9991",
             "/notifications/v1/messages?customer=CUS-9991",
             "/notifications/v1/messages?order=ORD-9991",
             "/events/v1",
             "/events/v1?after=0&wait=0",
             "/admin/ledger",
             "/admin/faults",
             "/admin/clock",
         }) {
        exchange("GET", path);
    }
}

TEST_F(BackofficeContractTest, OpenApiDocumentIsServedVerbatim)
{
    const HttpResponse response = exchange("GET", "/openapi.yaml");
    std::ifstream in(contractPath(), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    EXPECT_EQ(response.body, text.str());
}

TEST_F(BackofficeContractTest, MutatingRoutes)
{
    const HttpResponse replacement =
        exchange("POST", "/orders/v1/orders/ORD-9991/replacement",
                 {{"lines", {{{"lineId", "L2"}, {"quantity", 1}}}}, {"reason", "damaged"}});
    EXPECT_EQ(replacement.status, 201);
    exchange("GET", "/orders/v1/orders/ORD-9991");
    exchange("GET", "/orders/v1/orders/ORD-9991-R1");

    EXPECT_EQ(
        exchange("POST", "/orders/v1/orders/ORD-9995/cancel", {{"reason", "changed mind"}}).status,
        200);

    const HttpResponse options = exchange("GET", "/delivery/v1/shipments/SHP-9992/options");
    ASSERT_EQ(options.status, 200);
    ASSERT_FALSE(options.json().at("slots").empty());
    EXPECT_EQ(exchange("POST", "/delivery/v1/shipments/SHP-9992/reschedule",
                       {{"slotId", options.json()["slots"][0].at("id")}, {"note", "mornings"}})
                  .status,
              200);
    EXPECT_EQ(exchange("POST", "/delivery/v1/shipments/SHP-9993/reschedule",
                       {{"pickupPointId", "PUP-MI-991"}})
                  .status,
              200);

    const json refund = {{"orderId", "ORD-9991"},
                         {"amount", 500},
                         {"currency", "EUR"},
                         {"reason", "goodwill"},
                         {"lines", {{{"lineId", "L1"}, {"quantity", 1}}}},
                         {"issuedBy", "store"}};
    const std::string key = HttpTestClient::uniqueKey("contract-replay");
    EXPECT_EQ(exchange("POST", "/payments/v1/refunds", refund, withKey(key)).status, 201);
    const HttpResponse replayed = exchange("POST", "/payments/v1/refunds", refund, withKey(key));
    EXPECT_EQ(replayed.status, 201);
    EXPECT_EQ(replayed.header("Idempotent-Replayed"), "true");

    const HttpResponse ret = exchange("POST", "/returns/v1/returns",
                                      {{"orderId", "ORD-9991"},
                                       {"lines", {{{"lineId", "L1"}, {"quantity", 1}}}},
                                       {"reason", "too small"}});
    ASSERT_EQ(ret.status, 201);
    const std::string returnId = ret.json().at("id");
    exchange("GET", "/returns/v1/returns/" + returnId);
    exchange("GET", "/returns/v1/returns?order=ORD-9991");
    exchange("GET", "/returns/v1/returns/" + returnId + "/label.pdf");

    EXPECT_EQ(exchange("POST", "/notifications/v1/messages",
                       {{"customerId", "CUS-9991"},
                        {"orderId", "ORD-9991"},
                        {"channel", "email"},
                        {"language", "it"},
                        {"subject", "Reso autorizzato"},
                        {"body", "Il reso è stato autorizzato."},
                        {"template", "return-authorized"},
                        {"system", "returns"}})
                  .status,
              201);

    exchange("GET", "/events/v1");
    exchange("GET", "/admin/ledger");
}

TEST_F(BackofficeContractTest, AdminRoutes)
{
    const HttpResponse fault = exchange("POST", "/admin/faults",
                                        {{"route", "/payments/v1/refunds"},
                                         {"method", "POST"},
                                         {"status", 503},
                                         {"delayMs", 0},
                                         {"drop", false},
                                         {"malformed", false},
                                         {"rate", 1},
                                         {"count", 1},
                                         {"when", "before"}});
    ASSERT_EQ(fault.status, 201);
    exchange("GET", "/admin/faults");
    EXPECT_EQ(
        exchange("DELETE", "/admin/faults/" + fault.json().at("id").get<std::string>()).status,
        204);
    EXPECT_EQ(exchange("DELETE", "/admin/faults/F999999").status, 404);
    exchange("POST", "/admin/faults", {{"route", "/orders/v1"}, {"status", 503}});
    EXPECT_EQ(exchange("DELETE", "/admin/faults").status, 204);
    EXPECT_EQ(exchange("POST", "/admin/faults", {{"route", "/x"}, {"rate", 7}}).status, 422);

    EXPECT_EQ(exchange("POST", "/admin/clock", {{"advance", 0}}).status, 200);
    EXPECT_EQ(exchange("POST", "/admin/clock", {{"set", TestScenario::kNow}}).status, 200);
    exchange("POST", "/admin/clock", {{"advance", "soon"}});
}

TEST_F(BackofficeContractTest, RefusalsOfEveryKind)
{
    // 404 on every route with an id or a required filter.
    for (const std::string path : {
             "/orders/v1/customers/CUS-0000",
             "/orders/v1/orders?customer=CUS-0000",
             "/orders/v1/orders/ORD-0000",
             "/delivery/v1/shipments?order=ORD-0000",
             "/delivery/v1/shipments/SHP-0000",
             "/delivery/v1/shipments/SHP-0000/options",
             "/payments/v1/refunds?order=ORD-0000",
             "/returns/v1/returns?order=ORD-0000",
             "/returns/v1/returns/RET-0000",
             "/returns/v1/returns/RET-0000/label.pdf",
             "/notifications/v1/messages?customer=CUS-0000",
             "/notifications/v1/messages?order=ORD-0000",
         }) {
        EXPECT_EQ(exchange("GET", path).status, 404) << path;
    }
    // Query validation.
    for (const std::string path : {
             "/orders/v1/customers",
             "/orders/v1/customers?q=x",
             "/orders/v1/orders",
             "/delivery/v1/shipments",
             "/payments/v1/refunds",
             "/returns/v1/returns",
             "/notifications/v1/messages",
             "/events/v1?wait=99",
         }) {
        exchange("GET", path);
    }
    // Business-rule conflicts.
    EXPECT_EQ(exchange("GET", "/delivery/v1/shipments/SHP-9991/options").status, 409);
    EXPECT_EQ(exchange("POST", "/orders/v1/orders/ORD-9993/cancel", {{"reason", "x"}}).status, 409);
    EXPECT_EQ(exchange("POST", "/orders/v1/orders/ORD-9994/replacement",
                       {{"lines", {{{"lineId", "L1"}, {"quantity", 1}}}}, {"reason", "x"}})
                  .status,
              409);
    EXPECT_EQ(exchange("POST", "/delivery/v1/shipments/SHP-9991/reschedule",
                       {{"pickupPointId", "PUP-MI-991"}})
                  .status,
              409);
    EXPECT_EQ(
        exchange(
            "POST", "/payments/v1/refunds",
            {{"orderId", "ORD-9992"}, {"amount", 999999}, {"currency", "EUR"}, {"reason", "x"}})
            .status,
        409);
    EXPECT_EQ(exchange("POST", "/returns/v1/returns",
                       {{"orderId", "ORD-9992"},
                        {"lines", {{{"lineId", "L1"}, {"quantity", 1}}}},
                        {"reason", "x"}})
                  .status,
              409);
    // Validation on every body.
    EXPECT_EQ(exchange("POST", "/orders/v1/orders/ORD-9996/cancel", json::object()).status, 422);
    EXPECT_EQ(exchange("POST", "/orders/v1/orders/ORD-9991/replacement",
                       {{"lines", {{{"lineId", "L9"}, {"quantity", 1}}}}, {"reason", "x"}})
                  .status,
              422);
    EXPECT_EQ(exchange("POST", "/delivery/v1/shipments/SHP-9992/reschedule",
                       {{"slotId", "SLOT-20991231-0913"}})
                  .status,
              422);
    EXPECT_EQ(
        exchange("POST", "/payments/v1/refunds",
                 {{"orderId", "ORD-9991"}, {"amount", "100"}, {"currency", "EUR"}, {"reason", "x"}})
            .status,
        422);
    EXPECT_EQ(exchange("POST", "/returns/v1/returns",
                       {{"orderId", "ORD-9991"}, {"lines", json::array()}, {"reason", "x"}})
                  .status,
              422);
    EXPECT_EQ(exchange("POST", "/notifications/v1/messages",
                       {{"customerId", "CUS-9991"},
                        {"channel", "fax"},
                        {"language", "it"},
                        {"subject", "s"},
                        {"body", "b"}})
                  .status,
              422);
    // Unknown ids in bodies and paths of mutations.
    EXPECT_EQ(exchange("POST", "/orders/v1/orders/ORD-0000/cancel", {{"reason", "x"}}).status, 404);
    EXPECT_EQ(
        exchange("POST", "/payments/v1/refunds",
                 {{"orderId", "ORD-0000"}, {"amount", 1}, {"currency", "EUR"}, {"reason", "x"}})
            .status,
        404);
    // Transport-level refusals.
    EXPECT_EQ(exchangeRaw("/payments/v1/refunds", "{not json", "application/json").status, 400);
    EXPECT_EQ(exchangeRaw("/payments/v1/refunds", "[]", "application/json").status, 400);
    EXPECT_EQ(exchangeRaw("/returns/v1/returns", "{}", "text/plain").status, 415);
    EXPECT_EQ(exchangeRaw("/notifications/v1/messages",
                          R"({"body":")" + std::string(70000, 'x') + R"("})", "application/json")
                  .status,
              413);
    // Idempotency refusals.
    const HttpResponse missingKey =
        http->postJson("/payments/v1/refunds", {{"orderId", "ORD-9991"}});
    check("POST", "/payments/v1/refunds", missingKey);
    EXPECT_EQ(missingKey.status, 400);
    const std::string key = HttpTestClient::uniqueKey("contract-mismatch");
    exchange("POST", "/orders/v1/orders/ORD-9996/cancel", {{"reason", "one"}}, withKey(key));
    EXPECT_EQ(
        exchange("POST", "/orders/v1/orders/ORD-9996/cancel", {{"reason", "two"}}, withKey(key))
            .status,
        422);
}

TEST_F(BackofficeContractTest, InjectedFaults)
{
    ASSERT_EQ(http->postJson("/admin/faults", {{"route", "/orders/v1/customers"}, {"status", 503}})
                  .status,
              201);
    EXPECT_EQ(exchange("GET", "/orders/v1/customers/CUS-9991").status, 503);
    EXPECT_EQ(exchange("GET", "/orders/v1/customers?q=nadia").status, 503);
    ASSERT_EQ(http->del("/admin/faults").status, 204);
}

TEST_F(BackofficeContractTest, DemoData)
{
    const HttpResponse search = exchange("GET", "/orders/v1/customers?q=example");
    ASSERT_EQ(search.status, 200);
    for (const auto &customer : json(search.json().at("items"))) {
        const std::string customerId = customer.at("id");
        exchange("GET", "/orders/v1/customers/" + customerId);
        exchange("GET", "/notifications/v1/messages?customer=" + customerId);
        const HttpResponse orders = exchange("GET", "/orders/v1/orders?customer=" + customerId);
        ASSERT_EQ(orders.status, 200);
        for (const auto &order : json(orders.json().at("items"))) {
            const std::string orderId = order.at("id");
            exchange("GET", "/orders/v1/orders/" + orderId);
            exchange("GET", "/payments/v1/refunds?order=" + orderId);
            exchange("GET", "/returns/v1/returns?order=" + orderId);
            const HttpResponse shipments =
                exchange("GET", "/delivery/v1/shipments?order=" + orderId);
            ASSERT_EQ(shipments.status, 200);
            for (const auto &shipment : json(shipments.json().at("items"))) {
                const std::string shipmentId = shipment.at("id");
                exchange("GET", "/delivery/v1/shipments/" + shipmentId);
                exchange("GET", "/delivery/v1/shipments/" + shipmentId + "/options");
            }
        }
    }
    EXPECT_GT(checked, 100);
}

TEST(BackofficeContractAuthTest, UnauthorisedResponsesMatchTheContract)
{
    caseline::test::BackofficeServer server;
    ASSERT_TRUE(server.start(contractScenario(), {"--token", "secret"})) << server.error();
    std::unique_ptr<PrismProxy> proxy;
    try {
        proxy = std::make_unique<PrismProxy>(contractPath(), server.baseUrl());
    } catch (const std::exception &error) {
        FAIL() << error.what();
    }
    HttpTestClient http(proxy->baseUrl());
    for (const std::string path :
         {"/orders/v1/customers/CUS-9991", "/events/v1", "/admin/ledger"}) {
        const HttpResponse response = http.get(path);
        EXPECT_EQ(response.status, 401) << response.describe();
        const auto violations = PrismProxy::violations(response);
        EXPECT_TRUE(violations.empty()) << path << "\n" << PrismProxy::describe(violations);
    }
    const HttpResponse health = http.get("/health");
    EXPECT_EQ(health.status, 200) << health.describe();
    EXPECT_TRUE(PrismProxy::violations(health).empty())
        << PrismProxy::describe(PrismProxy::violations(health));
}
