#include "OpenApiContract.h"

#include <functional>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <set>

using caseline::test::OpenApiContract;
using nlohmann::json;
using testing::ElementsAre;
using testing::HasSubstr;
using testing::IsEmpty;
using testing::SizeIs;
using testing::UnorderedElementsAre;

namespace {

const char *const documentPath = CASELINE_SOURCE_DIR "/resources/api/backoffice.yaml";

// Loaded once: every test reads the same document and parsing it is the slow part.
const OpenApiContract &backoffice()
{
    static const OpenApiContract contract = OpenApiContract::fromFile(documentPath);
    return contract;
}

const std::set<std::string> &httpMethods()
{
    static const std::set<std::string> methods = {"get",   "put",     "post", "delete",
                                                  "patch", "options", "head", "trace"};
    return methods;
}

// Calls visit(method, pathTemplate, operation) for every operation of the document.
void forEachOperation(
    const json &document,
    const std::function<void(const std::string &, const std::string &, const json &)> &visit)
{
    for (const auto &[path, item] : document.at("paths").items()) {
        for (const auto &[key, operation] : item.items()) {
            if (httpMethods().count(key)) {
                visit(key, path, operation);
            }
        }
    }
}

// Calls visit(location, ref) for every "$ref" anywhere in the document.
void forEachRef(const json &node, const std::string &location,
                const std::function<void(const std::string &, const std::string &)> &visit)
{
    if (node.is_object()) {
        for (const auto &[key, child] : node.items()) {
            if (key == "$ref" && child.is_string()) {
                visit(location, child.get<std::string>());
            } else {
                forEachRef(child, location + "/" + key, visit);
            }
        }
    } else if (node.is_array()) {
        for (std::size_t i = 0; i < node.size(); ++i) {
            forEachRef(node[i], location + "/" + std::to_string(i), visit);
        }
    }
}

// A response object with its "$ref" followed.
const json &resolved(const json &node)
{
    if (node.contains("$ref")) {
        const json *target = backoffice().validator().resolve(node["$ref"].get<std::string>());
        if (target) {
            return *target;
        }
    }
    return node;
}

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

std::vector<std::string> checkJson(const std::string &method, const std::string &path, int status,
                                   const json &body,
                                   const std::string &contentType = "application/json")
{
    return backoffice().checkResponse(method, path, status, contentType, body.dump());
}

std::vector<std::string> checkProblem(const std::string &method, const std::string &path,
                                      int status, const json &body)
{
    return checkJson(method, path, status, body, "application/problem+json");
}

} // namespace

// ------------------------------------------------------------------ YAML to JSON

TEST(OpenApiContractTest, PlainScalarsGetTheirJsonTypes)
{
    const json converted = OpenApiContract::yamlToJson(R"(
integer: 42
negative: -7
hex: 0x1F
octal: 0o17
big: 18446744073709551615
float: 2.5
exponent: 1e3
yes: true
no: False
nothing: null
tilde: ~
empty:
text: hello world
version: 3.0.3
time: 09:30
)");
    EXPECT_EQ(converted["integer"], json(42));
    EXPECT_TRUE(converted["integer"].is_number_integer());
    EXPECT_EQ(converted["negative"], json(-7));
    EXPECT_EQ(converted["hex"], json(31));
    EXPECT_EQ(converted["octal"], json(15));
    EXPECT_TRUE(converted["big"].is_number_unsigned());
    EXPECT_EQ(converted["float"], json(2.5));
    EXPECT_TRUE(converted["exponent"].is_number_float());
    EXPECT_EQ(converted["yes"], json(true));
    EXPECT_EQ(converted["no"], json(false));
    EXPECT_TRUE(converted["nothing"].is_null());
    EXPECT_TRUE(converted["tilde"].is_null());
    EXPECT_TRUE(converted["empty"].is_null());
    EXPECT_EQ(converted["text"], json("hello world"));
    EXPECT_EQ(converted["version"], json("3.0.3"));
    // YAML 1.2 has no sexagesimal numbers: a time stays text.
    EXPECT_EQ(converted["time"], json("09:30"));
}

TEST(OpenApiContractTest, QuotedAndBlockScalarsStayStrings)
{
    const json converted = OpenApiContract::yamlToJson(R"(
single: '20123'
double: "true"
nullText: "null"
literal: |
  42
folded: >
  1.5
explicit: !!str 7
list: [1, "1", x]
map: {"200": {description: ok}, 404: {}}
empty: {}
)");
    EXPECT_EQ(converted["single"], json("20123"));
    EXPECT_EQ(converted["double"], json("true"));
    EXPECT_EQ(converted["nullText"], json("null"));
    EXPECT_EQ(converted["literal"], json("42\n"));
    EXPECT_EQ(converted["folded"], json("1.5\n"));
    EXPECT_EQ(converted["explicit"], json("7"));
    EXPECT_EQ(converted["list"], json::parse(R"([1, "1", "x"])"));
    // Mapping keys are always JSON strings, so status codes stay "200" and "404".
    EXPECT_EQ(converted["map"], json::parse(R"({"200": {"description": "ok"}, "404": {}})"));
    EXPECT_EQ(converted["empty"], json::object());
}

TEST(OpenApiContractTest, RejectsInvalidYamlAndNonOpenApiDocuments)
{
    EXPECT_THROW(OpenApiContract::fromYaml("a: [1, 2"), std::runtime_error);
    EXPECT_THROW(OpenApiContract::fromYaml("openapi: 3.0.3\ninfo: {}\n"), std::runtime_error);
    EXPECT_THROW(OpenApiContract::fromFile("/nonexistent/backoffice.yaml"), std::runtime_error);
}

// ------------------------------------------------------------------ Path and status lookup

TEST(OpenApiContractTest, PathTemplatesMatchWholeSegmentsAndLiteralsWin)
{
    const OpenApiContract contract = OpenApiContract::fromYaml(R"(
openapi: 3.0.3
paths:
  /items/{id}: {}
  /items/special: {}
  /items/{id}/label.pdf: {}
  /files/{name}.pdf: {}
)");
    EXPECT_EQ(contract.matchPath("/items/A-1"), "/items/{id}");
    EXPECT_EQ(contract.matchPath("/items/special"), "/items/special");
    EXPECT_EQ(contract.matchPath("/items/A-1/label.pdf"), "/items/{id}/label.pdf");
    EXPECT_EQ(contract.matchPath("/items/A-1?verbose=1"), "/items/{id}");
    EXPECT_EQ(contract.matchPath("/files/report.pdf"), "/files/{name}.pdf");
    EXPECT_EQ(contract.matchPath("/files/report.txt"), "");
    EXPECT_EQ(contract.matchPath("/items/"), "");
    EXPECT_EQ(contract.matchPath("/items"), "");
    EXPECT_EQ(contract.matchPath("/items/A/B"), "");
}

TEST(OpenApiContractTest, UndocumentedRouteMethodOrStatusIsAnError)
{
    EXPECT_THAT(
        backoffice().checkResponse("GET", "/orders/v2/orders/ORD-1", 200, "application/json", "{}"),
        ElementsAre("GET /orders/v2/orders/ORD-1 200: no path of the document matches "
                    "/orders/v2/orders/ORD-1"));
    EXPECT_THAT(backoffice().checkResponse("DELETE", "/orders/v1/orders/ORD-1", 204, "", ""),
                ElementsAre("DELETE /orders/v1/orders/ORD-1 204: DELETE is not documented for "
                            "/orders/v1/orders/{id}"));
    const auto errors = checkProblem("GET", "/orders/v1/orders/ORD-1", 418, sampleProblem());
    ASSERT_THAT(errors, SizeIs(1));
    EXPECT_THAT(errors[0],
                HasSubstr("status 418 is not documented for GET /orders/v1/orders/{id}"));
}

TEST(OpenApiContractTest, ContentTypeMustBeDeclared)
{
    // Parameters such as charset do not matter; the media type itself does.
    EXPECT_THAT(checkJson("GET", "/orders/v1/orders/ORD-1001", 200, sampleOrder(),
                          "Application/JSON; charset=utf-8"),
                IsEmpty());
    EXPECT_THAT(checkJson("GET", "/orders/v1/orders/ORD-1001", 200, sampleOrder(), "text/plain"),
                ElementsAre("GET /orders/v1/orders/ORD-1001 200: Content-Type text/plain is not "
                            "documented (documented: application/json)"));
    EXPECT_THAT(checkJson("GET", "/orders/v1/orders/ORD-1001", 200, sampleOrder(), ""),
                ElementsAre(HasSubstr("the response has no Content-Type")));
    // A problem must be served as application/problem+json, not as plain JSON.
    EXPECT_THAT(checkJson("GET", "/orders/v1/orders/NOPE", 404, sampleProblem()),
                ElementsAre(HasSubstr("Content-Type application/json is not documented")));
}

TEST(OpenApiContractTest, BodyThatIsNotJsonIsAnError)
{
    EXPECT_THAT(backoffice().checkResponse("GET", "/orders/v1/orders/ORD-1001", 200,
                                           "application/json", "{\"id\": "),
                ElementsAre(HasSubstr("body is not valid JSON")));
}

TEST(OpenApiContractTest, NonJsonMediaTypesOnlyNeedToBeDeclared)
{
    EXPECT_THAT(backoffice().checkResponse("GET", "/returns/v1/returns/RET-1001/label.pdf", 200,
                                           "application/pdf", "%PDF-1.4 ..."),
                IsEmpty());
    EXPECT_THAT(backoffice().checkResponse("GET", "/returns/v1/returns/RET-1001/label.pdf", 200,
                                           "application/json", "{}"),
                ElementsAre(HasSubstr("Content-Type application/json is not documented")));
    EXPECT_THAT(backoffice().checkResponse("GET", "/openapi.yaml", 200, "application/yaml",
                                           "openapi: 3.0.3\n"),
                IsEmpty());
}

TEST(OpenApiContractTest, NoContentResponsesMustBeEmpty)
{
    EXPECT_THAT(backoffice().checkResponse("DELETE", "/admin/faults", 204, "", ""), IsEmpty());
    EXPECT_THAT(backoffice().checkResponse("DELETE", "/admin/faults/F1", 204, "", ""), IsEmpty());
    EXPECT_THAT(
        backoffice().checkResponse("DELETE", "/admin/faults", 204, "application/json", "{}"),
        ElementsAre(HasSubstr("the document declares no body")));
}

// ------------------------------------------------------------------ The back-office document

TEST(OpenApiContractTest, BackofficeDocumentLoads)
{
    const json &document = backoffice().document();
    EXPECT_EQ(document.at("openapi"), json("3.0.3"));
    EXPECT_TRUE(document.at("info").at("version").is_string());
    EXPECT_TRUE(document.at("components").at("securitySchemes").contains("bearerAuth"));
    // Optional bearer token: anonymous access is one of the global alternatives.
    EXPECT_EQ(document.at("security"), json::parse(R"([{}, {"bearerAuth": []}])"));
}

TEST(OpenApiContractTest, BackofficeDocumentHasEveryRouteOfTheSpec)
{
    const std::set<std::pair<std::string, std::string>> expected = {
        {"get", "/orders/v1/customers"},
        {"get", "/orders/v1/customers/{id}"},
        {"get", "/orders/v1/orders"},
        {"get", "/orders/v1/orders/{id}"},
        {"post", "/orders/v1/orders/{id}/cancel"},
        {"post", "/orders/v1/orders/{id}/replacement"},
        {"get", "/delivery/v1/shipments"},
        {"get", "/delivery/v1/shipments/{id}"},
        {"get", "/delivery/v1/shipments/{id}/options"},
        {"post", "/delivery/v1/shipments/{id}/reschedule"},
        {"get", "/payments/v1/refunds"},
        {"post", "/payments/v1/refunds"},
        {"get", "/returns/v1/returns"},
        {"post", "/returns/v1/returns"},
        {"get", "/returns/v1/returns/{id}"},
        {"get", "/returns/v1/returns/{id}/label.pdf"},
        {"get", "/notifications/v1/messages"},
        {"post", "/notifications/v1/messages"},
        {"get", "/events/v1"},
        {"get", "/admin/ledger"},
        {"get", "/admin/faults"},
        {"post", "/admin/faults"},
        {"delete", "/admin/faults"},
        {"delete", "/admin/faults/{id}"},
        {"get", "/admin/clock"},
        {"post", "/admin/clock"},
        {"get", "/openapi.yaml"},
        {"get", "/health"},
    };
    std::set<std::pair<std::string, std::string>> actual;
    forEachOperation(backoffice().document(),
                     [&](const std::string &method, const std::string &path, const json &) {
                         actual.insert({method, path});
                     });
    EXPECT_EQ(actual, expected);
}

TEST(OpenApiContractTest, EveryRefResolves)
{
    int count = 0;
    forEachRef(
        backoffice().document(), "#", [&](const std::string &location, const std::string &ref) {
            ++count;
            EXPECT_NE(backoffice().validator().resolve(ref), nullptr) << ref << " at " << location;
        });
    EXPECT_GT(count, 50);
}

TEST(OpenApiContractTest, EveryOperationHasSuccessAndClientErrorResponses)
{
    std::set<std::string> public_;
    forEachOperation(backoffice().document(), [&](const std::string &method,
                                                  const std::string &path, const json &operation) {
        const std::string name = method + " " + path;
        EXPECT_TRUE(operation.contains("operationId")) << name;
        EXPECT_TRUE(operation.contains("summary")) << name;
        bool success = false;
        bool clientError = false;
        for (const auto &[status, response] : operation.at("responses").items()) {
            success = success || status.front() == '2';
            clientError = clientError || status.front() == '4';
        }
        EXPECT_TRUE(success) << name;
        // Only the two routes that never need a token have no way to fail with a 4xx.
        if (operation.contains("security") && operation["security"].empty()) {
            public_.insert(name);
        } else {
            EXPECT_TRUE(clientError) << name;
        }
    });
    EXPECT_EQ(public_, (std::set<std::string>{"get /health", "get /openapi.yaml"}));
}

TEST(OpenApiContractTest, ErrorResponsesAreProblemDocuments)
{
    forEachOperation(backoffice().document(), [&](const std::string &method,
                                                  const std::string &path, const json &operation) {
        for (const auto &[status, declared] : operation.at("responses").items()) {
            if (status.front() != '4' && status.front() != '5') {
                continue;
            }
            const json &response = resolved(declared);
            const std::string name = method + " " + path + " " + status;
            ASSERT_TRUE(response.contains("content")) << name;
            ASSERT_EQ(response["content"].size(), 1u) << name;
            ASSERT_TRUE(response["content"].contains("application/problem+json")) << name;
            const std::string schema = response["content"]["application/problem+json"].dump();
            EXPECT_THAT(schema, HasSubstr("#/components/schemas/Problem")) << name;
        }
    });
}

TEST(OpenApiContractTest, EveryMutationOutsideAdminRequiresAnIdempotencyKey)
{
    int posts = 0;
    forEachOperation(backoffice().document(), [&](const std::string &method,
                                                  const std::string &path, const json &operation) {
        if (method != "post" || path.rfind("/admin/", 0) == 0) {
            return;
        }
        ++posts;
        bool found = false;
        for (const json &parameter : operation.value("parameters", json::array())) {
            const json &resolvedParameter = resolved(parameter);
            if (resolvedParameter.value("name", "") == "Idempotency-Key") {
                found = true;
                EXPECT_EQ(resolvedParameter.value("in", ""), "header") << path;
                EXPECT_EQ(resolvedParameter.value("required", false), true) << path;
            }
        }
        EXPECT_TRUE(found) << "POST " << path;
        EXPECT_TRUE(operation.at("requestBody").at("content").contains("application/json")) << path;
    });
    EXPECT_EQ(posts, 6);
}

TEST(OpenApiContractTest, EverySchemaOfTheSpecExistsAndRequiresOnlyDeclaredProperties)
{
    const json &schemas = backoffice().document().at("components").at("schemas");
    for (const char *name :
         {"Customer",     "Address",         "Order",          "OrderLine",    "HistoryEntry",
          "Shipment",     "TrackingEvent",   "DeliveryWindow", "DeliverySlot", "PickupPoint",
          "OpeningHours", "DeliveryOptions", "Refund",         "Return",       "ReturnLabel",
          "Message",      "ChangeEvent",     "Problem",        "LedgerEntry",  "Fault",
          "ClockState",   "CustomerList",    "OrderList",      "ShipmentList", "RefundList",
          "ReturnList",   "MessageList",     "FaultList",      "Ledger",       "ChangeEventPage",
          "Health"}) {
        EXPECT_TRUE(schemas.contains(name)) << name;
    }
    for (const auto &[name, schema] : schemas.items()) {
        EXPECT_FALSE(schema.contains("additionalProperties")) << name;
        for (const json &required : schema.value("required", json::array())) {
            EXPECT_TRUE(schema.at("properties").contains(required.get<std::string>()))
                << name << "." << required;
        }
    }
}

TEST(OpenApiContractTest, SchemaExamplesInTheSpecValidate)
{
    const auto &validator = backoffice().validator();
    EXPECT_THAT(validator.validate(json::parse(R"({
        "id": "CUS-1001", "name": "Giulia Rossi", "email": "giulia.rossi@example.it",
        "phone": "+39 347 555 0101", "language": "it", "preferredChannel": "email",
        "address": {"line1": "Via Torino 12", "city": "Milano", "postalCode": "20123",
                    "country": "IT"}})"),
                                   "#/components/schemas/Customer"),
                IsEmpty());
    EXPECT_THAT(validator.validate(json::parse(R"({
        "id": "PUP-MI-001", "kind": "post-office", "name": "Poste Italiane Milano 12",
        "address": {"line1": "Via Dante 1", "city": "Milano", "postalCode": "20121",
                    "country": "IT"},
        "openingHours": [{"days": "Mon-Fri", "from": "08:30", "to": "19:00"}]})"),
                                   "#/components/schemas/PickupPoint"),
                IsEmpty());
    EXPECT_THAT(validator.validate(json::parse(R"({
        "seq": "17", "at": "2026-10-20T12:00:00Z", "system": "orders", "kind": "order.cancelled",
        "orderId": "ORD-1001-R1", "customerId": null, "ref": "ORD-1001-R1",
        "summary": "Order ORD-1001-R1 cancelled by payments"})"),
                                   "#/components/schemas/ChangeEvent"),
                IsEmpty());
    EXPECT_THAT(validator.validate(json::parse(R"({"slotId": "S", "pickupPointId": "P"})"),
                                   "#/components/schemas/RescheduleRequest"),
                SizeIs(1));
    EXPECT_THAT(validator.validate(json::parse(R"({"advance": 3600})"),
                                   "#/components/schemas/ClockRequest"),
                IsEmpty());
}

TEST(OpenApiContractTest, EveryExampleMatchesItsOwnSchema)
{
    int count = 0;
    const std::function<void(const json &, const std::string &)> visit =
        [&](const json &node, const std::string &location) {
            if (node.is_object()) {
                // Parameters carry their example beside the schema, schemas inside it.
                if (node.contains("example") && node.contains("schema")) {
                    ++count;
                    EXPECT_THAT(backoffice().validator().validate(node["example"], node["schema"]),
                                IsEmpty())
                        << location;
                } else if (node.contains("example") && !node.contains("in")) {
                    ++count;
                    EXPECT_THAT(backoffice().validator().validate(node["example"], node), IsEmpty())
                        << location;
                }
                for (const auto &[key, child] : node.items()) {
                    visit(child, location + "/" + key);
                }
            } else if (node.is_array()) {
                for (std::size_t i = 0; i < node.size(); ++i) {
                    visit(node[i], location + "/" + std::to_string(i));
                }
            }
        };
    visit(backoffice().document(), "#");
    EXPECT_GT(count, 50);
}

// ------------------------------------------------------------------ Sample exchanges

TEST(OpenApiContractTest, ValidOrderIsAccepted)
{
    EXPECT_THAT(checkJson("GET", "/orders/v1/orders/ORD-1001", 200, sampleOrder()), IsEmpty());
    json replacement = sampleOrder();
    replacement["id"] = "ORD-1001-R1";
    replacement["replacementFor"] = "ORD-1001";
    replacement["paid"] = 0;
    replacement["replacements"] = json::array();
    replacement["loyaltyPoints"] = 12; // unknown fields are tolerated
    EXPECT_THAT(checkJson("POST", "/orders/v1/orders/ORD-1001/replacement", 201, replacement),
                IsEmpty());
    EXPECT_THAT(checkJson("GET", "/orders/v1/orders?customer=CUS-1001", 200,
                          json{{"items", {sampleOrder(), replacement}}}),
                IsEmpty());
}

TEST(OpenApiContractTest, InvalidOrdersAreRejected)
{
    const std::string prefix = "GET /orders/v1/orders/ORD-1001 200: ";
    json order = sampleOrder();
    order["lines"][0]["quantity"] = "1";
    EXPECT_THAT(checkJson("GET", "/orders/v1/orders/ORD-1001", 200, order),
                ElementsAre(prefix + "$.lines[0].quantity: expected integer, got string"));

    order = sampleOrder();
    order["total"] = 49.90;
    order["status"] = "shipped";
    order["placedAt"] = "2026-10-10 09:30";
    order.erase("replacementFor");
    EXPECT_THAT(
        checkJson("GET", "/orders/v1/orders/ORD-1001", 200, order),
        ElementsAre(prefix + "$.replacementFor: missing required property",
                    prefix + "$.placedAt: \"2026-10-10 09:30\" is not an RFC 3339 date-time",
                    prefix + "$.status: \"shipped\" is not one of "
                             "[\"placed\",\"dispatched\",\"delivered\",\"cancelled\"]",
                    prefix + "$.total: expected integer, got number"));

    // The cancel route answers 200, not 201.
    EXPECT_THAT(checkJson("POST", "/orders/v1/orders/ORD-1001/cancel", 201, sampleOrder()),
                ElementsAre(HasSubstr("status 201 is not documented")));
}

TEST(OpenApiContractTest, ValidShipmentIsAccepted)
{
    EXPECT_THAT(checkJson("GET", "/delivery/v1/shipments/SHP-1001", 200, sampleShipment()),
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
    EXPECT_THAT(checkJson("POST", "/delivery/v1/shipments/SHP-1001/reschedule", 200, redirected),
                IsEmpty());
}

TEST(OpenApiContractTest, InvalidShipmentsAreRejected)
{
    const std::string prefix = "GET /delivery/v1/shipments/SHP-1001 200: ";
    json shipment = sampleShipment();
    shipment.erase("pickupPoint");
    shipment["events"][0]["status"] = "lost";
    shipment["promisedWindow"] = {{"from", "2026-10-18T09:00:00Z"}};
    EXPECT_THAT(checkJson("GET", "/delivery/v1/shipments/SHP-1001", 200, shipment),
                ElementsAre(prefix + "$.pickupPoint: missing required property",
                            HasSubstr(prefix + "$.events[0].status: \"lost\" is not one of"),
                            prefix + "$.promisedWindow.to: missing required property"));

    shipment = sampleShipment();
    shipment["pickupPoint"] = {{"id", "PUP-MI-001"}, {"kind", "kiosk"}};
    const auto errors = checkJson("GET", "/delivery/v1/shipments/SHP-1001", 200, shipment);
    EXPECT_THAT(errors,
                testing::Contains(HasSubstr("$.pickupPoint.kind: \"kiosk\" is not one of")));
    EXPECT_THAT(errors,
                testing::Contains(prefix + "$.pickupPoint.name: missing required property"));
}

TEST(OpenApiContractTest, ValidRefundIsAccepted)
{
    EXPECT_THAT(checkJson("POST", "/payments/v1/refunds", 201, sampleRefund()), IsEmpty());
    json refund = sampleRefund();
    refund["lines"] = {{{"lineId", "L1"}, {"quantity", 1}}};
    refund["issuedBy"] = "finance";
    EXPECT_THAT(checkJson("GET", "/payments/v1/refunds?order=ORD-1001", 200,
                          json{{"items", {sampleRefund(), refund}}}),
                IsEmpty());
}

TEST(OpenApiContractTest, InvalidRefundsAreRejected)
{
    const std::string prefix = "POST /payments/v1/refunds 201: ";
    json refund = sampleRefund();
    refund["amount"] = 49.90;
    refund["currency"] = "eur";
    refund["issuedBy"] = "Agent 7";
    EXPECT_THAT(checkJson("POST", "/payments/v1/refunds", 201, refund),
                ElementsAre(prefix + "$.amount: expected integer, got number",
                            prefix + "$.currency: \"eur\" does not match pattern ^[A-Z]{3}$",
                            HasSubstr(prefix + "$.issuedBy: \"Agent 7\" does not match pattern")));
    refund = sampleRefund();
    refund["amount"] = 0;
    refund.erase("createdAt");
    EXPECT_THAT(checkJson("POST", "/payments/v1/refunds", 201, refund),
                ElementsAre(prefix + "$.createdAt: missing required property",
                            prefix + "$.amount: 0 is less than the minimum 1"));
}

TEST(OpenApiContractTest, ProblemsAreAcceptedForDocumentedRefusals)
{
    EXPECT_THAT(checkProblem("POST", "/payments/v1/refunds", 409, sampleProblem()), IsEmpty());
    json notFound = {{"type", "urn:caseline:problem:not-found"},
                     {"title", "Not found"},
                     {"status", 404},
                     {"detail", "no order ORD-9"},
                     {"field", "orderId"}};
    EXPECT_THAT(checkProblem("POST", "/payments/v1/refunds", 404, notFound), IsEmpty());
    json validation = {{"type", "urn:caseline:problem:validation"},
                       {"title", "Invalid request"},
                       {"status", 422},
                       {"detail", "lines[0].quantity must be at least 1"},
                       {"field", "lines[0].quantity"}};
    EXPECT_THAT(checkProblem("POST", "/orders/v1/orders/ORD-1001/replacement", 422, validation),
                IsEmpty());
    json missingKey = {{"type", "urn:caseline:problem:missing-idempotency-key"},
                       {"title", "Idempotency-Key required"},
                       {"status", 400},
                       {"detail", "POST requests need an Idempotency-Key header"}};
    EXPECT_THAT(checkProblem("POST", "/returns/v1/returns", 400, missingKey), IsEmpty());
    json fault = {{"type", "urn:caseline:problem:injected-fault"},
                  {"title", "Injected fault"},
                  {"status", 503},
                  {"detail", "fault F1"}};
    EXPECT_THAT(checkProblem("GET", "/orders/v1/customers?q=ro", 503, fault), IsEmpty());
    json forbidden = {{"type", "urn:caseline:problem:forbidden"},
                      {"title", "Forbidden"},
                      {"status", 403},
                      {"detail", "test control is for loopback clients only"}};
    EXPECT_THAT(checkProblem("GET", "/admin/ledger", 403, forbidden), IsEmpty());
}

TEST(OpenApiContractTest, InvalidProblemsAreRejected)
{
    const std::string prefix = "POST /payments/v1/refunds 409: ";
    json problem = sampleProblem();
    problem.erase("title");
    problem["status"] = "409";
    EXPECT_THAT(checkProblem("POST", "/payments/v1/refunds", 409, problem),
                ElementsAre(prefix + "$.title: missing required property",
                            prefix + "$.status: expected integer, got string",
                            prefix + "$.status: \"409\" is not one of [409]"));

    // A 409 must be a conflict problem, and its status must agree with the response's.
    problem = sampleProblem();
    problem["type"] = "urn:caseline:problem:not-found";
    problem["status"] = 404;
    EXPECT_THAT(
        checkProblem("POST", "/payments/v1/refunds", 409, problem),
        UnorderedElementsAre(HasSubstr(prefix + "$.type: \"urn:caseline:problem:not-found\" is not "
                                                "one of [\"urn:caseline:problem:conflict\"]"),
                             prefix + "$.status: 404 is not one of [409]"));

    problem = sampleProblem();
    problem["type"] = "about:blank";
    EXPECT_THAT(checkProblem("POST", "/payments/v1/refunds", 409, problem),
                ElementsAre(HasSubstr(prefix + "$.type: \"about:blank\" is not one of"),
                            HasSubstr(prefix + "$.type: \"about:blank\" is not one of")));
}

TEST(OpenApiContractTest, AdminAndMetaResponses)
{
    EXPECT_THAT(
        checkJson("GET", "/health", 200, json{{"status", "ok"}, {"now", "2026-10-20T12:00:00Z"}}),
        IsEmpty());
    EXPECT_THAT(checkJson("GET", "/admin/clock", 200,
                          json{{"now", "2026-10-20T12:00:00Z"}, {"frozen", true}}),
                IsEmpty());
    EXPECT_THAT(checkJson("POST", "/admin/clock", 200, json{{"now", "2026-10-20T13:00:00Z"}}),
                IsEmpty());
    EXPECT_THAT(checkJson("GET", "/admin/clock", 200, json{{"now", "2026-10-20T12:00:00Z"}}),
                ElementsAre("GET /admin/clock 200: $.frozen: missing required property"));
    EXPECT_THAT(checkJson("POST", "/admin/faults", 201,
                          json{{"id", "F1"},
                               {"route", "/payments/v1/refunds"},
                               {"method", "POST"},
                               {"status", 503},
                               {"rate", 1},
                               {"count", nullptr},
                               {"when", "after"}}),
                IsEmpty());
    EXPECT_THAT(checkJson("POST", "/admin/faults", 201, json{{"route", "/payments"}}),
                ElementsAre("POST /admin/faults 201: $.id: missing required property"));
    EXPECT_THAT(checkJson("GET", "/admin/ledger", 200, json::parse(R"({"entries": [
        {"seq": 1, "system": "payments", "operation": "refund.create", "target": "ORD-1001",
         "idempotencyKey": "behaviour:finance-cancels-replacement:0",
         "at": "2026-10-20T12:00:00Z"}]})")),
                IsEmpty());
    EXPECT_THAT(checkJson("GET", "/events/v1?after=16&wait=5", 200,
                          json{{"events", json::array()}, {"next", "16"}}),
                IsEmpty());
}
