// The contract checker itself: Prism in front of a canned upstream that answers whatever the
// test says, so right answers are shown to pass and wrong ones (a string where an integer
// belongs, an undocumented status or media type, a body that is not JSON, a problem of the
// wrong kind) to be caught. BackofficeContractTest puts the same checker in front of the real
// back-office.
#include "CannedUpstream.h"
#include "ContractTools.h"
#include "PrismProxy.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <memory>

using caseline::test::CannedUpstream;
using caseline::test::ContractTools;
using caseline::test::HttpResponse;
using caseline::test::HttpTestClient;
using caseline::test::PrismProxy;
using nlohmann::json;
using testing::Contains;
using testing::HasSubstr;
using testing::IsEmpty;
using testing::SizeIs;
using testing::UnorderedElementsAre;

namespace {

json sampleOrder()
{
    return json::parse(R"({
        "id": "ORD-1001",
        "customerId": "CUS-1001",
        "status": "delivered",
        "channel": "web",
        "placedAt": "2026-10-10T09:30:00Z",
        "currency": "EUR",
        "lines": [{"lineId": "L1", "sku": "OVR-BLU-M", "description": "Denim overalls, size M",
                   "quantity": 1, "unitPrice": 4990}],
        "total": 4990,
        "paid": 4990,
        "replacementFor": null,
        "replacements": ["ORD-1001-R1"],
        "history": [{"at": "2026-10-10T09:30:00Z", "status": "placed", "system": "orders",
                     "note": "placed on the web shop"}]
    })");
}

json sampleShipment()
{
    return json::parse(R"({
        "id": "SHP-1001",
        "orderId": "ORD-1001",
        "carrier": "BRT",
        "trackingNumber": "BRT0012345678",
        "status": "in_transit",
        "lines": [{"lineId": "L1", "quantity": 1}],
        "promisedWindow": {"from": "2026-10-18T09:00:00Z", "to": "2026-10-18T13:00:00Z"},
        "address": {"line1": "Via Torino 12", "city": "Milano", "postalCode": "20123",
                    "country": "IT"},
        "pickupPoint": null,
        "events": [{"at": "2026-10-17T06:00:00Z", "status": "dispatched",
                    "location": "Milano hub", "description": "Parcel left the warehouse"}]
    })");
}

json sampleRefund()
{
    return json::parse(R"({
        "id": "REF-1001",
        "orderId": "ORD-1001",
        "amount": 4990,
        "currency": "EUR",
        "reason": "damaged on arrival",
        "lines": [],
        "status": "succeeded",
        "createdAt": "2026-10-20T12:00:00Z",
        "issuedBy": "customer-service"
    })");
}

json sampleProblem()
{
    return json::parse(R"({
        "type": "urn:caseline:problem:conflict",
        "title": "Refused by a business rule",
        "status": 409,
        "detail": "refund would exceed the 49.90 EUR paid"
    })");
}

} // namespace

class OpenApiContractTest : public ::testing::Test
{
protected:
    static std::unique_ptr<CannedUpstream> &upstream()
    {
        static std::unique_ptr<CannedUpstream> instance;
        return instance;
    }
    static std::unique_ptr<PrismProxy> &proxy()
    {
        static std::unique_ptr<PrismProxy> instance;
        return instance;
    }
    static std::string &startError()
    {
        static std::string error;
        return error;
    }

    static void SetUpTestSuite()
    {
        try {
            upstream() = std::make_unique<CannedUpstream>();
            proxy() = std::make_unique<PrismProxy>(ContractTools::backofficeDocument(),
                                                   upstream()->baseUrl());
        } catch (const std::exception &error) {
            startError() = error.what();
        }
    }
    static void TearDownTestSuite()
    {
        proxy().reset();
        upstream().reset();
    }

    void SetUp() override
    {
        ASSERT_TRUE(proxy()) << "the contract checker does not run: " << startError();
        http = std::make_unique<HttpTestClient>(proxy()->baseUrl());
    }

    // Has the upstream give this answer to the request and returns what the checker says
    // about it, one "location [code]: message" each.
    std::vector<std::string> answer(const std::string &method, const std::string &path, int status,
                                    const std::string &contentType, const std::string &body,
                                    const std::string &request = "{}")
    {
        last = exchange(method, path, status, contentType, body, request);
        std::vector<std::string> found;
        for (const PrismProxy::Violation &violation : PrismProxy::violations(last)) {
            found.push_back(violation.text());
        }
        return found;
    }

    std::vector<std::string> answerJson(const std::string &method, const std::string &path,
                                        int status, const json &body,
                                        const std::string &contentType = "application/json")
    {
        return answer(method, path, status, contentType, body.dump());
    }

    std::vector<std::string> answerProblem(const std::string &method, const std::string &path,
                                           int status, const json &body)
    {
        return answerJson(method, path, status, body, "application/problem+json");
    }

    HttpResponse exchange(const std::string &method, const std::string &path, int status,
                          const std::string &contentType, const std::string &body,
                          const std::string &request)
    {
        HttpTestClient::Headers headers = CannedUpstream::answer(status, contentType, body);
        const bool withBody = method == "POST";
        if (withBody) {
            headers["Content-Type"] = "application/json";
            headers["Idempotency-Key"] = HttpTestClient::uniqueKey("checker");
        }
        const HttpResponse response = http->request(method, path, withBody ? request : "", headers);
        EXPECT_TRUE(response.ok()) << method << " " << path << ": " << response.describe();
        return response;
    }

    std::unique_ptr<HttpTestClient> http;
    HttpResponse last;
};

// ------------------------------------------------------------------ Routes, statuses, media

TEST_F(OpenApiContractTest, UndocumentedRouteMethodOrStatusIsAnError)
{
    EXPECT_THAT(answer("GET", "/orders/v2/orders/ORD-1", 200, "application/json", "{}"),
                Contains(HasSubstr("route not found")));
    EXPECT_THAT(answer("DELETE", "/orders/v1/orders/ORD-1", 204, "", ""),
                Contains(HasSubstr("route not found")));
    EXPECT_THAT(answerProblem("GET", "/orders/v1/orders/ORD-1", 418, sampleProblem()),
                Contains(HasSubstr("status code")));
    // The cancel route answers 200, not 201.
    EXPECT_THAT(answerJson("POST", "/orders/v1/orders/ORD-1001/cancel", 201, sampleOrder()),
                Contains(HasSubstr("status code")));
}

TEST_F(OpenApiContractTest, PathTemplatesMatchWholeSegmentsAndLiteralsWin)
{
    EXPECT_THAT(answer("GET", "/returns/v1/returns/RET-1001/label.pdf", 200, "application/pdf",
                       "%PDF-1.4 ..."),
                IsEmpty());
    EXPECT_THAT(answerJson("GET", "/orders/v1/orders/ORD-1001?verbose=1", 200, sampleOrder()),
                IsEmpty());
    // /orders/v1/customers is its own route (a list), not /orders/v1/customers/{id}.
    EXPECT_THAT(
        answerJson("GET", "/orders/v1/customers?q=rossi", 200, json{{"items", json::array()}}),
        IsEmpty());
    EXPECT_THAT(answerJson("GET", "/orders/v1/customers?q=rossi", 200, sampleOrder()),
                Contains(HasSubstr("'items'")));
    EXPECT_THAT(answerJson("GET", "/orders/v1/orders/ORD-1/extra", 200, sampleOrder()),
                Contains(HasSubstr("route not found")));
}

TEST_F(OpenApiContractTest, ContentTypeMustBeDeclared)
{
    // Parameters such as charset do not matter; the media type itself does.
    EXPECT_THAT(answerJson("GET", "/orders/v1/orders/ORD-1001", 200, sampleOrder(),
                           "application/json; charset=utf-8"),
                IsEmpty());
    EXPECT_THAT(answerJson("GET", "/orders/v1/orders/ORD-1001", 200, sampleOrder(), "text/plain"),
                Contains(HasSubstr("media type \"text/plain\"")));
    EXPECT_THAT(answer("GET", "/orders/v1/orders/ORD-1001", 200, "", sampleOrder().dump()),
                Contains(HasSubstr("media type")));
}

TEST_F(OpenApiContractTest, BodyThatIsNotJsonIsAnError)
{
    EXPECT_THAT(answer("GET", "/orders/v1/orders/ORD-1001", 200, "application/json", "{\"id\": "),
                Contains(HasSubstr("could not read the answer")));
}

TEST_F(OpenApiContractTest, NonJsonMediaTypesOnlyNeedToBeDeclared)
{
    EXPECT_THAT(
        answer("GET", "/returns/v1/returns/RET-1001/label.pdf", 200, "application/json", "{}"),
        Contains(HasSubstr("media type \"application/json\"")));
    EXPECT_THAT(answer("GET", "/openapi.yaml", 200, "application/yaml", "openapi: 3.0.3\n"),
                IsEmpty());
}

TEST_F(OpenApiContractTest, NoContentResponsesMustBeEmpty)
{
    EXPECT_THAT(answer("DELETE", "/admin/faults", 204, "", ""), IsEmpty());
    EXPECT_THAT(answer("DELETE", "/admin/faults/F1", 204, "", ""), IsEmpty());
    EXPECT_THAT(answer("DELETE", "/admin/faults", 204, "application/json", "{}"),
                Contains(HasSubstr("a 204 answer has content")));
}

// ------------------------------------------------------------------ Bodies

TEST_F(OpenApiContractTest, ValidOrderIsAccepted)
{
    EXPECT_THAT(answerJson("GET", "/orders/v1/orders/ORD-1001", 200, sampleOrder()), IsEmpty());
    json replacement = sampleOrder();
    replacement["id"] = "ORD-1001-R1";
    replacement["replacementFor"] = "ORD-1001";
    replacement["paid"] = 0;
    replacement["replacements"] = json::array();
    replacement["loyaltyPoints"] = 12; // unknown fields are tolerated
    EXPECT_THAT(answerJson("POST", "/orders/v1/orders/ORD-1001/replacement", 201, replacement),
                IsEmpty());
    EXPECT_THAT(answerJson("GET", "/orders/v1/orders?customer=CUS-1001", 200,
                           json{{"items", {sampleOrder(), replacement}}}),
                IsEmpty());
}

TEST_F(OpenApiContractTest, InvalidOrdersAreRejected)
{
    json order = sampleOrder();
    order["lines"][0]["quantity"] = "1";
    EXPECT_THAT(answerJson("GET", "/orders/v1/orders/ORD-1001", 200, order),
                UnorderedElementsAre(HasSubstr("response.body.lines.0.quantity [type]")));

    order = sampleOrder();
    order["total"] = 49.90;
    order["status"] = "shipped";
    order["placedAt"] = "2026-10-10 09:30";
    order.erase("replacementFor");
    EXPECT_THAT(answerJson("GET", "/orders/v1/orders/ORD-1001", 200, order),
                UnorderedElementsAre(HasSubstr("response.body [required]: Response body must have "
                                               "required property 'replacementFor'"),
                                     HasSubstr("response.body.placedAt [format]"),
                                     HasSubstr("response.body.status [enum]"),
                                     HasSubstr("response.body.total [type]")));
}

TEST_F(OpenApiContractTest, ValidShipmentIsAccepted)
{
    EXPECT_THAT(answerJson("GET", "/delivery/v1/shipments/SHP-1001", 200, sampleShipment()),
                IsEmpty());
    json redirected = sampleShipment();
    redirected["promisedWindow"] = nullptr;
    redirected["pickupPoint"] = json::parse(R"({
        "id": "PUP-MI-001", "kind": "locker", "name": "Locker Centrale",
        "address": {"line1": "Piazza Duca d'Aosta 1", "city": "Milano", "postalCode": "20124",
                    "country": "IT"},
        "openingHours": [{"days": "Mon-Sun", "from": "00:00", "to": "24:00"}]})");
    redirected["events"].push_back({{"at", "2026-10-17T10:00:00Z"},
                                    {"status", "rescheduled"},
                                    {"location", ""},
                                    {"description", "Delivery redirected to pickup point"}});
    EXPECT_THAT(answerJson("POST", "/delivery/v1/shipments/SHP-1001/reschedule", 200, redirected),
                IsEmpty());
}

TEST_F(OpenApiContractTest, InvalidShipmentsAreRejected)
{
    json shipment = sampleShipment();
    shipment.erase("pickupPoint");
    shipment["events"][0]["status"] = "lost";
    shipment["promisedWindow"] = {{"from", "2026-10-18T09:00:00Z"}};
    const auto errors = answerJson("GET", "/delivery/v1/shipments/SHP-1001", 200, shipment);
    EXPECT_THAT(errors, Contains(HasSubstr("required property 'pickupPoint'")));
    EXPECT_THAT(errors, Contains(HasSubstr("response.body.events.0.status [enum]")));
    EXPECT_THAT(errors, Contains(HasSubstr("required property 'to'")));

    shipment = sampleShipment();
    shipment["pickupPoint"] = {{"id", "PUP-MI-001"}, {"kind", "kiosk"}};
    const auto kiosk = answerJson("GET", "/delivery/v1/shipments/SHP-1001", 200, shipment);
    EXPECT_THAT(kiosk, Contains(HasSubstr("response.body.pickupPoint.kind")));
    EXPECT_THAT(kiosk, Contains(HasSubstr("required property 'name'")));
}

TEST_F(OpenApiContractTest, ValidRefundIsAccepted)
{
    EXPECT_THAT(answerJson("POST", "/payments/v1/refunds", 201, sampleRefund()), IsEmpty());
    json refund = sampleRefund();
    refund["lines"] = {{{"lineId", "L1"}, {"quantity", 1}}};
    refund["issuedBy"] = "finance";
    EXPECT_THAT(answerJson("GET", "/payments/v1/refunds?order=ORD-1001", 200,
                           json{{"items", {sampleRefund(), refund}}}),
                IsEmpty());
}

TEST_F(OpenApiContractTest, InvalidRefundsAreRejected)
{
    json refund = sampleRefund();
    refund["amount"] = 49.90;
    refund["currency"] = "eur";
    refund["issuedBy"] = "Agent 7";
    EXPECT_THAT(answerJson("POST", "/payments/v1/refunds", 201, refund),
                UnorderedElementsAre(HasSubstr("response.body.amount [type]"),
                                     HasSubstr("response.body.currency [pattern]"),
                                     HasSubstr("response.body.issuedBy [pattern]")));
    refund = sampleRefund();
    refund["amount"] = 0;
    refund.erase("createdAt");
    EXPECT_THAT(answerJson("POST", "/payments/v1/refunds", 201, refund),
                UnorderedElementsAre(HasSubstr("required property 'createdAt'"),
                                     HasSubstr("response.body.amount [minimum]")));
}

TEST_F(OpenApiContractTest, ProblemsAreAcceptedForDocumentedRefusals)
{
    EXPECT_THAT(answerProblem("POST", "/payments/v1/refunds", 409, sampleProblem()), IsEmpty());
    json notFound = {{"type", "urn:caseline:problem:not-found"},
                     {"title", "Not found"},
                     {"status", 404},
                     {"detail", "no order ORD-9"},
                     {"field", "orderId"}};
    EXPECT_THAT(answerProblem("POST", "/payments/v1/refunds", 404, notFound), IsEmpty());
    json validation = {{"type", "urn:caseline:problem:validation"},
                       {"title", "Invalid request"},
                       {"status", 422},
                       {"detail", "lines[0].quantity must be at least 1"},
                       {"field", "lines[0].quantity"}};
    EXPECT_THAT(answerProblem("POST", "/orders/v1/orders/ORD-1001/replacement", 422, validation),
                IsEmpty());
    json missingKey = {{"type", "urn:caseline:problem:missing-idempotency-key"},
                       {"title", "Idempotency-Key required"},
                       {"status", 400},
                       {"detail", "POST requests need an Idempotency-Key header"}};
    EXPECT_THAT(answerProblem("POST", "/returns/v1/returns", 400, missingKey), IsEmpty());
    json fault = {{"type", "urn:caseline:problem:injected-fault"},
                  {"title", "Injected fault"},
                  {"status", 503},
                  {"detail", "fault F1"}};
    EXPECT_THAT(answerProblem("GET", "/orders/v1/customers?q=ro", 503, fault), IsEmpty());
    json forbidden = {{"type", "urn:caseline:problem:forbidden"},
                      {"title", "Forbidden"},
                      {"status", 403},
                      {"detail", "test control is for loopback clients only"}};
    EXPECT_THAT(answerProblem("GET", "/admin/ledger", 403, forbidden), IsEmpty());
}

TEST_F(OpenApiContractTest, InvalidProblemsAreRejected)
{
    json problem = sampleProblem();
    problem.erase("title");
    problem["status"] = "409";
    EXPECT_THAT(answerProblem("POST", "/payments/v1/refunds", 409, problem),
                UnorderedElementsAre(HasSubstr("required property 'title'"),
                                     HasSubstr("response.body.status [type]"),
                                     HasSubstr("response.body.status [enum]")));

    // A 409 must be a conflict problem, and its status must agree with the response's.
    problem = sampleProblem();
    problem["type"] = "urn:caseline:problem:not-found";
    problem["status"] = 404;
    EXPECT_THAT(answerProblem("POST", "/payments/v1/refunds", 409, problem),
                UnorderedElementsAre(HasSubstr("response.body.type [enum]"),
                                     HasSubstr("response.body.status [enum]")));

    // A problem must be served as application/problem+json, and of the route's kind.
    EXPECT_THAT(answerJson("GET", "/orders/v1/orders/NOPE", 404, sampleProblem()),
                Contains(HasSubstr("response.body.type [enum]")));
}

TEST_F(OpenApiContractTest, AdminAndMetaResponses)
{
    EXPECT_THAT(
        answerJson("GET", "/health", 200, json{{"status", "ok"}, {"now", "2026-10-20T12:00:00Z"}}),
        IsEmpty());
    EXPECT_THAT(answerJson("GET", "/admin/clock", 200,
                           json{{"now", "2026-10-20T12:00:00Z"}, {"frozen", true}}),
                IsEmpty());
    EXPECT_THAT(answerJson("POST", "/admin/clock", 200, json{{"now", "2026-10-20T13:00:00Z"}}),
                IsEmpty());
    EXPECT_THAT(answerJson("GET", "/admin/clock", 200, json{{"now", "2026-10-20T12:00:00Z"}}),
                UnorderedElementsAre(HasSubstr("required property 'frozen'")));
    EXPECT_THAT(answerJson("POST", "/admin/faults", 201,
                           json{{"id", "F1"},
                                {"route", "/payments/v1/refunds"},
                                {"method", "POST"},
                                {"status", 503},
                                {"rate", 1},
                                {"count", nullptr},
                                {"when", "after"}}),
                IsEmpty());
    EXPECT_THAT(answerJson("POST", "/admin/faults", 201, json{{"route", "/payments"}}),
                Contains(HasSubstr("required property 'id'")));
    EXPECT_THAT(answerJson("GET", "/admin/ledger", 200, json::parse(R"({"entries": [
        {"seq": 1, "system": "payments", "operation": "refund.create", "target": "ORD-1001",
         "idempotencyKey": "behaviour:finance-cancels-replacement:0",
         "at": "2026-10-20T12:00:00Z"}]})")),
                IsEmpty());
    EXPECT_THAT(answerJson("GET", "/events/v1?after=16&wait=5", 200,
                           json{{"events", json::array()}, {"next", "16"}}),
                IsEmpty());
}

// ------------------------------------------------------------------ Schemas of the document

TEST_F(OpenApiContractTest, SchemaSamplesOfTheSpecValidate)
{
    EXPECT_THAT(answerJson("GET", "/orders/v1/customers/CUS-1001", 200, json::parse(R"({
        "id": "CUS-1001", "name": "Giulia Rossi", "email": "giulia.rossi@example.it",
        "phone": "+39 347 555 0101", "language": "it", "preferredChannel": "email",
        "address": {"line1": "Via Torino 12", "city": "Milano", "postalCode": "20123",
                    "country": "IT"}})")),
                IsEmpty());
    EXPECT_THAT(answerJson("GET", "/events/v1?after=16", 200, json::parse(R"({"events": [{
        "seq": "17", "at": "2026-10-20T12:00:00Z", "system": "orders", "kind": "order.cancelled",
        "orderId": "ORD-1001-R1", "customerId": null, "ref": "ORD-1001-R1",
        "summary": "Order ORD-1001-R1 cancelled by payments"}], "next": "17"})")),
                IsEmpty());
    // Requests are held to their schemas too: exactly one of a slot and a pickup point.
    HttpResponse both =
        exchange("POST", "/delivery/v1/shipments/SHP-1001/reschedule", 200, "application/json",
                 sampleShipment().dump(), R"({"slotId": "S", "pickupPointId": "P"})");
    EXPECT_THAT(PrismProxy::requestViolations(both), SizeIs(1))
        << PrismProxy::describe(PrismProxy::requestViolations(both));
    HttpResponse advance = exchange("POST", "/admin/clock", 200, "application/json",
                                    R"({"now": "2026-10-20T13:00:00Z"})", R"({"advance": 3600})");
    EXPECT_THAT(PrismProxy::requestViolations(advance), IsEmpty())
        << PrismProxy::describe(PrismProxy::requestViolations(advance));
}
