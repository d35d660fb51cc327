// The back-office's OpenAPI document, resources/api/backoffice.yaml, read as YAML 1.2 by the
// yaml package and linted by Spectral (tests/contract): every route of the spec, refusals as
// problem documents, idempotency keys on mutations, every $ref resolving and every example
// valid against its schema. The linter is shown to catch a planted mistake.
#include "ContractTools.h"
#include "TempDirectory.h"

#include <functional>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <set>

using caseline::test::ContractTools;
using caseline::test::TempDirectory;
using nlohmann::json;
using testing::HasSubstr;

namespace {

// Read once: every test looks at the same document.
const json &document()
{
    static const json read = ContractTools::readYaml(ContractTools::backofficeDocument());
    return read;
}

const std::set<std::string> &httpMethods()
{
    static const std::set<std::string> methods = {"get",   "put",     "post", "delete",
                                                  "patch", "options", "head", "trace"};
    return methods;
}

// The part of the document a local reference ("#/components/schemas/Order") points at, or
// nullptr.
const json *resolve(const std::string &ref)
{
    if (ref.rfind("#/", 0) != 0) {
        return nullptr;
    }
    const json::json_pointer pointer(ref.substr(1));
    return document().contains(pointer) ? &document().at(pointer) : nullptr;
}

// A response or parameter with its "$ref" followed.
const json &resolved(const json &node)
{
    if (node.contains("$ref")) {
        if (const json *target = resolve(node["$ref"].get<std::string>())) {
            return *target;
        }
    }
    return node;
}

// Calls visit(method, pathTemplate, operation) for every operation of the document.
void forEachOperation(
    const std::function<void(const std::string &, const std::string &, const json &)> &visit)
{
    for (const auto &[path, item] : document().at("paths").items()) {
        for (const auto &[key, operation] : item.items()) {
            if (httpMethods().count(key)) {
                visit(key, path, operation);
            }
        }
    }
}

// Calls visit(location, ref) for every "$ref" anywhere in the node.
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

// Replaces the first `from` in text; fails the test when there is none.
std::string replacedOnce(std::string text, const std::string &from, const std::string &to)
{
    const auto at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    return at == std::string::npos ? text : text.replace(at, from.size(), to);
}

std::set<std::string> codesOf(const json &findings)
{
    std::set<std::string> codes;
    for (const json &finding : findings) {
        codes.insert(finding.value("code", ""));
    }
    return codes;
}

} // namespace

TEST(OpenApiDocumentTest, TheDocumentReadsAsYamlTwelve)
{
    EXPECT_EQ(document().at("openapi"), json("3.0.3"));
    EXPECT_TRUE(document().at("info").at("version").is_string());
    EXPECT_TRUE(document().at("components").at("securitySchemes").contains("bearerAuth"));
    // Optional bearer token: anonymous access is one of the global alternatives.
    EXPECT_EQ(document().at("security"), json::parse(R"([{}, {"bearerAuth": []}])"));
    // Plain scalars get their JSON types; quoted ones stay text.
    const json &address = document().at("components").at("schemas").at("Address");
    EXPECT_EQ(address.at("properties").at("postalCode").at("example"), json("20123"));
    const json &line = document().at("components").at("schemas").at("OrderLine");
    EXPECT_TRUE(line.at("properties").at("unitPrice").at("example").is_number_integer());
    bool requiredHeader = false;
    forEachOperation([&](const std::string &, const std::string &, const json &operation) {
        for (const json &parameter : operation.value("parameters", json::array())) {
            requiredHeader =
                requiredHeader || resolved(parameter).value("required", json()) == json(true);
        }
    });
    EXPECT_TRUE(requiredHeader) << "required: true reads as a boolean";
}

TEST(OpenApiDocumentTest, YamlThatIsNotYamlIsRefused)
{
    TempDirectory work("caseline-yaml-test");
    EXPECT_THROW(ContractTools::readYaml(work.write("broken.yaml", "a: [1, 2\n")),
                 std::runtime_error);
    EXPECT_THROW(ContractTools::readYaml(work.file("missing.yaml")), std::runtime_error);
}

TEST(OpenApiDocumentTest, BackofficeDocumentHasEveryRouteOfTheSpec)
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
    forEachOperation([&](const std::string &method, const std::string &path, const json &) {
        actual.insert({method, path});
    });
    EXPECT_EQ(actual, expected);
}

TEST(OpenApiDocumentTest, EveryRefResolves)
{
    int count = 0;
    forEachRef(document(), "#", [&](const std::string &location, const std::string &ref) {
        ++count;
        EXPECT_NE(resolve(ref), nullptr) << ref << " at " << location;
    });
    EXPECT_GT(count, 50);
}

TEST(OpenApiDocumentTest, EveryOperationHasSuccessAndClientErrorResponses)
{
    std::set<std::string> public_;
    forEachOperation(
        [&](const std::string &method, const std::string &path, const json &operation) {
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

TEST(OpenApiDocumentTest, ErrorResponsesAreProblemDocuments)
{
    forEachOperation(
        [&](const std::string &method, const std::string &path, const json &operation) {
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

TEST(OpenApiDocumentTest, EveryMutationOutsideAdminRequiresAnIdempotencyKey)
{
    int posts = 0;
    forEachOperation([&](const std::string &method, const std::string &path,
                         const json &operation) {
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

TEST(OpenApiDocumentTest, EverySchemaOfTheSpecExistsAndRequiresOnlyDeclaredProperties)
{
    const json &schemas = document().at("components").at("schemas");
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

TEST(OpenApiDocumentTest, TheDocumentIsValidOpenApiAndEveryExampleMatchesItsSchema)
{
    const json findings = ContractTools::lint(ContractTools::backofficeDocument());
    EXPECT_TRUE(findings.empty()) << findings.dump(2);
    int examples = 0;
    std::function<void(const json &)> count = [&](const json &node) {
        if (node.is_object()) {
            examples += node.contains("example") ? 1 : 0;
            for (const auto &[key, child] : node.items()) {
                count(child);
            }
        } else if (node.is_array()) {
            for (const json &child : node) {
                count(child);
            }
        }
    };
    count(document());
    EXPECT_GT(examples, 50) << "the examples the linter checks";
}

TEST(OpenApiDocumentTest, TheLinterFindsAWrongExampleAndADanglingRef)
{
    TempDirectory work("caseline-lint-test");
    std::string text = ContractTools::readText(ContractTools::backofficeDocument());
    // An order id written as a number, and a list whose items point at a schema that is not.
    text = replacedOnce(text, "example: ORD-1001\n", "example: 1001\n");
    text = replacedOnce(text, "$ref: \"#/components/schemas/CustomerList\"",
                        "$ref: \"#/components/schemas/NoSuchList\"");
    const json findings = ContractTools::lint(work.write("backoffice.yaml", text));
    const std::set<std::string> codes = codesOf(findings);
    EXPECT_TRUE(codes.count("invalid-ref")) << findings.dump(2);
    EXPECT_TRUE(codes.count("oas3-valid-media-example") || codes.count("oas3-valid-schema-example"))
        << findings.dump(2);
    EXPECT_THAT(findings.dump(), HasSubstr("NoSuchList"));
}
