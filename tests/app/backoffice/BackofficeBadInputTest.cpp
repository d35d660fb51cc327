// Bad input on every mutating route: malformed JSON, wrong types, unknown ids, oversized
// bodies, wrong content types, unknown routes and methods. Each refusal must be an
// application/problem+json naming the field where there is one, and must write nothing.
#include "BackofficeSuite.h"
#include "BackofficeTestKit.h"
#include "HttpTestClient.h"
#include "TestScenario.h"

#include <gtest/gtest.h>
#include <memory>

using caseline::test::BackofficeSuite;
using caseline::test::HttpResponse;
using caseline::test::HttpTestClient;
using caseline::test::isJson;
using caseline::test::isProblem;
using caseline::test::isValidationProblem;
using caseline::test::stateSnapshot;
using caseline::test::TestScenario;
using nlohmann::json;

namespace {

TestScenario badInputScenario()
{
    TestScenario scenario("it-bad-input");
    scenario.addCustomer(TestScenario::customer("CUS-9901", "Davide Russo",
                                                "davide.russo@example.it", "+39 344 000 9901"));
    const json lines = {TestScenario::line("L1", "SKU-A", 2, 2500)};
    const json line = {TestScenario::shipmentLine("L1", 2)};
    scenario.addOrder(TestScenario::order("ORD-9901", "CUS-9901", "delivered", lines));
    scenario.addShipment(
        TestScenario::shipment("SHP-9901", "ORD-9901", "delivered", line, "BRT9901000001"));
    scenario.addOrder(TestScenario::order("ORD-9902", "CUS-9901", "placed", lines));
    scenario.addShipment(TestScenario::shipment("SHP-9902", "ORD-9902", "created", line,
                                                "BRT9902000001", TestScenario::offers(true, true)));
    scenario.addOrder(TestScenario::order("ORD-9903", "CUS-9901", "delivered", lines));
    return scenario;
}

// Everything a refused request could have touched.
const std::vector<std::string> observedPaths = {
    "/orders/v1/orders/ORD-9901",
    "/orders/v1/orders/ORD-9902",
    "/orders/v1/orders?customer=CUS-9901",
    "/delivery/v1/shipments?order=ORD-9902",
    "/payments/v1/refunds?order=ORD-9901",
    "/returns/v1/returns?order=ORD-9901",
    "/notifications/v1/messages?customer=CUS-9901",
};

struct BadRequest
{
    std::string name;
    std::string method;
    std::string path;
    std::string body;
    std::string contentType; // "" = none at all
    long status;             // 0 = 400 or 422 (a validation problem)
    std::string slug;
    std::string field;
};

const std::string validRefund =
    R"({"orderId":"ORD-9901","amount":100,"currency":"EUR","reason":"goodwill"})";

std::vector<BadRequest> badRequests()
{
    const std::string json = "application/json";
    const std::string refunds = "/payments/v1/refunds";
    const std::string returns = "/returns/v1/returns";
    const std::string messages = "/notifications/v1/messages";
    std::string oversized = R"({"orderId":"ORD-9901","amount":100,"currency":"EUR","reason":")" +
                            std::string(70 * 1024, 'x') + R"("})";
    std::string deep = std::string(5000, '[') + std::string(5000, ']');
    return {
        {"MalformedJson", "POST", refunds, R"({"orderId": "ORD-9901", "amount": )", json, 400,
         "validation", ""},
        {"TrailingGarbage", "POST", refunds, validRefund + "}", json, 400, "validation", ""},
        {"EmptyBody", "POST", refunds, "", json, 400, "validation", ""},
        {"ArrayBody", "POST", refunds, "[1, 2]", json, 400, "validation", ""},
        {"StringBody", "POST", refunds, R"("refund me")", json, 400, "validation", ""},
        {"DeeplyNestedBody", "POST", refunds, deep, json, 400, "validation", ""},
        {"InvalidUtf8", "POST", refunds,
         R"({"orderId":"ORD-9901","amount":100,"currency":"EUR","reason":"bad )"
         "\xff\xfe"
         R"("})",
         json, 400, "validation", ""},
        {"AmountAsString", "POST", refunds,
         R"({"orderId":"ORD-9901","amount":"100","currency":"EUR","reason":"x"})", json, 422,
         "validation", "amount"},
        {"AmountAsFraction", "POST", refunds,
         R"({"orderId":"ORD-9901","amount":1.5,"currency":"EUR","reason":"x"})", json, 422,
         "validation", "amount"},
        {"AmountHuge", "POST", refunds,
         R"({"orderId":"ORD-9901","amount":99999999999999999999999,"currency":"EUR","reason":"x"})",
         json, 422, "validation", "amount"},
        {"OrderIdAsNumber", "POST", refunds,
         R"({"orderId":9901,"amount":100,"currency":"EUR","reason":"x"})", json, 422, "validation",
         "orderId"},
        {"RefundLinesNotArray", "POST", refunds,
         R"({"orderId":"ORD-9901","amount":100,"currency":"EUR","reason":"x","lines":"L1"})", json,
         0, "validation", "lines"},
        {"ReturnLinesNotArray", "POST", returns,
         R"({"orderId":"ORD-9901","lines":{"lineId":"L1","quantity":1},"reason":"x"})", json, 0,
         "validation", "lines"},
        {"ReturnLineIdAsNumber", "POST", returns,
         R"({"orderId":"ORD-9901","lines":[{"lineId":1,"quantity":1}],"reason":"x"})", json, 422,
         "validation", "lines[0].lineId"},
        {"ReturnLineNotObject", "POST", returns,
         R"({"orderId":"ORD-9901","lines":["L1"],"reason":"x"})", json, 0, "validation",
         "lines[0]*"},
        {"ReplacementQuantityAsString", "POST", "/orders/v1/orders/ORD-9901/replacement",
         R"({"lines":[{"lineId":"L1","quantity":"1"}],"reason":"x"})", json, 422, "validation",
         "lines[0].quantity"},
        {"CancelReasonAsNumber", "POST", "/orders/v1/orders/ORD-9902/cancel", R"({"reason":42})",
         json, 422, "validation", "reason"},
        {"MessageChannelAsNumber", "POST", messages,
         R"({"customerId":"CUS-9901","channel":5,"language":"it","subject":"s","body":"b"})", json,
         422, "validation", "channel"},
        {"RescheduleSlotAsNumber", "POST", "/delivery/v1/shipments/SHP-9902/reschedule",
         R"({"slotId":20261104})", json, 0, "validation", "slotId"},
        {"RefundUnknownOrder", "POST", refunds,
         R"({"orderId":"ORD-0000","amount":100,"currency":"EUR","reason":"x"})", json, 404,
         "not-found", "orderId"},
        {"ReturnUnknownOrder", "POST", returns,
         R"({"orderId":"ORD-0000","lines":[{"lineId":"L1","quantity":1}],"reason":"x"})", json, 404,
         "not-found", ""},
        {"CancelUnknownOrder", "POST", "/orders/v1/orders/ORD-0000/cancel", R"({"reason":"x"})",
         json, 404, "not-found", ""},
        {"ReplacementUnknownOrder", "POST", "/orders/v1/orders/ORD-0000/replacement",
         R"({"lines":[{"lineId":"L1","quantity":1}],"reason":"x"})", json, 404, "not-found", ""},
        {"RescheduleUnknownShipment", "POST", "/delivery/v1/shipments/SHP-0000/reschedule",
         R"({"slotId":"SLOT-20261104-0913"})", json, 404, "not-found", ""},
        {"MessageUnknownCustomer", "POST", messages,
         R"({"customerId":"CUS-0000","channel":"email","language":"it","subject":"s","body":"b"})",
         json, 404, "not-found", "customerId"},
        {"OversizedBody", "POST", refunds, oversized, json, 413, "payload-too-large", ""},
        {"TextPlain", "POST", refunds, validRefund, "text/plain", 415, "unsupported-media-type",
         ""},
        {"FormEncoded", "POST", refunds, "orderId=ORD-9901&amount=100",
         "application/x-www-form-urlencoded", 415, "unsupported-media-type", ""},
        {"NoContentType", "POST", refunds, validRefund, "", 415, "unsupported-media-type", ""},
        {"CancelTextPlain", "POST", "/orders/v1/orders/ORD-9902/cancel", R"({"reason":"x"})",
         "text/plain", 415, "unsupported-media-type", ""},
        {"UnknownRoute", "POST", "/payments/v1/chargebacks", validRefund, json, 404, "not-found",
         ""},
        {"PutNotAllowed", "PUT", refunds, validRefund, json, 405, "method-not-allowed", ""},
        {"DeleteNotAllowed", "DELETE", "/orders/v1/orders/ORD-9901", "", json, 405,
         "method-not-allowed", ""},
        {"PatchNotAllowed", "PATCH", "/delivery/v1/shipments/SHP-9902", R"({"status":"x"})", json,
         405, "method-not-allowed", ""},
    };
}

} // namespace

class BackofficeBadInputTest : public BackofficeSuite,
                               public ::testing::WithParamInterface<BadRequest>
{
protected:
    static void SetUpTestSuite() { server().start(badInputScenario()); }
};

TEST_P(BackofficeBadInputTest, IsRefusedAndWritesNothing)
{
    const BadRequest &bad = GetParam();
    const json before = stateSnapshot(*http, observedPaths);

    HttpTestClient::Headers headers = {
        {"Idempotency-Key", HttpTestClient::uniqueKey("bad-" + bad.name)},
        {"Content-Type", bad.contentType}};
    const HttpResponse response = http->request(bad.method, bad.path, bad.body, headers);
    if (bad.status == 0) {
        EXPECT_TRUE(isValidationProblem(response, bad.field));
    } else {
        EXPECT_TRUE(isProblem(response, bad.status, bad.slug, bad.field));
    }
    EXPECT_EQ(stateSnapshot(*http, observedPaths), before);

    // The server is still healthy (and the connection still usable) afterwards.
    EXPECT_TRUE(isJson(http->get("/health"), 200));
}

INSTANTIATE_TEST_SUITE_P(Requests, BackofficeBadInputTest, ::testing::ValuesIn(badRequests()),
                         [](const ::testing::TestParamInfo<BadRequest> &info) {
                             return info.param.name;
                         });

TEST_P(BackofficeBadInputTest, SameRequestWithoutKeyIsAlsoRefusedWithoutWriting)
{
    // Whatever the server checks first, a bad request without a key writes nothing either.
    const BadRequest &bad = GetParam();
    const json before = stateSnapshot(*http, observedPaths);
    const HttpResponse response =
        http->request(bad.method, bad.path, bad.body, {{"Content-Type", bad.contentType}});
    EXPECT_GE(response.status, 400) << response.describe();
    EXPECT_LT(response.status, 500) << response.describe();
    EXPECT_EQ(response.contentType.rfind("application/problem+json", 0), 0u) << response.describe();
    EXPECT_EQ(stateSnapshot(*http, observedPaths), before);
}

class BackofficeGoodInputTest : public BackofficeSuite
{
protected:
    static void SetUpTestSuite() { server().start(badInputScenario()); }
};

TEST_F(BackofficeGoodInputTest, JsonWithACharsetParameterIsAccepted)
{
    const HttpResponse response =
        http->post("/payments/v1/refunds", validRefund,
                   {{"Idempotency-Key", HttpTestClient::uniqueKey("charset")},
                    {"Content-Type", "application/json; charset=utf-8"}});
    EXPECT_TRUE(isJson(response, 201));
}

TEST_F(BackofficeGoodInputTest, UnknownGetRoutesAndIdsAreNotFound)
{
    for (const std::string path :
         {"/orders/v1/nothing", "/nope", "/orders/v1/customers/CUS-0000",
          "/orders/v1/orders/ORD-0000", "/delivery/v1/shipments/SHP-0000",
          "/delivery/v1/shipments/SHP-0000/options", "/returns/v1/returns/RET-0000",
          "/returns/v1/returns/RET-0000/label.pdf"}) {
        EXPECT_TRUE(isProblem(http->get(path), 404, "not-found")) << path;
    }
}

TEST_F(BackofficeGoodInputTest, BodyJustUnderTheLimitIsAccepted)
{
    // 64 KiB is the limit; a 60 KiB body is read, parsed and (here) refused for its content.
    const std::string body =
        R"({"customerId":"CUS-9901","channel":"email","language":"it","subject":"s","body":")" +
        std::string(9000, 'y') + R"(","padding":")" + std::string(52 * 1024, 'p') + R"("})";
    const HttpResponse response =
        http->post("/notifications/v1/messages", body,
                   {{"Idempotency-Key", HttpTestClient::uniqueKey("large")}});
    EXPECT_NE(response.status, 413) << response.describe();
    EXPECT_LT(response.status, 500) << response.describe();
}
