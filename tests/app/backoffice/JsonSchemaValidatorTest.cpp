// The tests' JSON Schema validator is ajv 8 (tests/contract) behind a small C++ interface: these
// tests show the interface hands it the document, the part to apply and the values, and brings
// back ajv's verdicts, so the scenario tests can rely on it.
#include "JsonSchemaValidator.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using caseline::test::JsonSchemaValidator;
using nlohmann::json;
using testing::Contains;
using testing::ElementsAre;
using testing::HasSubstr;
using testing::IsEmpty;
using testing::SizeIs;

namespace {

json scenarioLike()
{
    return json::parse(R"({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
        "additionalProperties": false,
        "required": ["orders"],
        "properties": {
            "orders": {"type": "array", "items": {"$ref": "#/$defs/order"}},
            "pair": {"type": "array", "prefixItems": [{"type": "string"}, {"type": "integer"}]}
        },
        "$defs": {
            "order": {
                "type": "object",
                "required": ["id", "currency", "placedAt", "total"],
                "properties": {
                    "id": {"type": "string", "pattern": "^ORD-[0-9]+$"},
                    "currency": {"enum": ["EUR", "GBP"]},
                    "placedAt": {"type": "string", "format": "date-time"},
                    "total": {"type": "integer", "minimum": 0}
                }
            }
        }
    })");
}

json order()
{
    return {{"id", "ORD-1001"},
            {"currency", "EUR"},
            {"placedAt", "2026-10-13T17:45:00Z"},
            {"total", 4990}};
}

} // namespace

TEST(JsonSchemaValidatorTest, AValidDocumentHasNoErrors)
{
    const JsonSchemaValidator validator(scenarioLike());
    EXPECT_THAT(validator.validate(json{{"orders", {order()}}}, scenarioLike()), IsEmpty());
}

TEST(JsonSchemaValidatorTest, EachErrorNamesWhereAndWhy)
{
    const JsonSchemaValidator validator(scenarioLike());
    json wrong = order();
    wrong["id"] = "1001";
    wrong["currency"] = "eur";
    wrong["placedAt"] = "2026-10-13T17:45:00"; // a local time
    wrong["total"] = 49.9;                     // money in minor units is whole
    const auto errors =
        validator.validate(json{{"orders", {wrong}}, {"shipment", 1}}, scenarioLike());
    EXPECT_THAT(errors, Contains(HasSubstr("/orders/0/id: must match pattern")));
    EXPECT_THAT(errors, Contains(HasSubstr("/orders/0/currency: must be equal to one of")));
    EXPECT_THAT(errors, Contains(HasSubstr("/orders/0/placedAt: must match format \"date-time\"")));
    EXPECT_THAT(errors, Contains(HasSubstr("/orders/0/total: must be integer")));
    EXPECT_THAT(errors, Contains(HasSubstr("must NOT have additional properties")));
    EXPECT_THAT(validator.validate(json::object(), scenarioLike()),
                Contains(HasSubstr("must have required property 'orders'")));
}

TEST(JsonSchemaValidatorTest, TheDocumentsDraftDecides)
{
    const JsonSchemaValidator validator(scenarioLike());
    // prefixItems is draft 2020-12: the second item must be an integer.
    EXPECT_THAT(
        validator.validate(json{{"orders", json::array()}, {"pair", {"a", "b"}}}, scenarioLike()),
        Contains(HasSubstr("/pair/1: must be integer")));
    const json draft7 = json::parse(R"({
        "$schema": "http://json-schema.org/draft-07/schema#",
        "definitions": {"positive": {"type": "integer", "minimum": 1}},
        "type": "array", "items": {"$ref": "#/definitions/positive"}})");
    EXPECT_THAT(JsonSchemaValidator(draft7).validate(json{1, 0}, draft7),
                ElementsAre(HasSubstr("/1: must be >= 1")));
}

TEST(JsonSchemaValidatorTest, APartOfTheDocumentKeepsItsReferences)
{
    const json document = scenarioLike();
    const JsonSchemaValidator validator(document);
    const json &orders = document.at("properties").at("orders");
    EXPECT_THAT(validator.validate(json{order()}, orders), IsEmpty());
    EXPECT_THAT(validator.validate(json{{{"id", "ORD-1"}}}, orders), SizeIs(3));
}

TEST(JsonSchemaValidatorTest, ManyValuesAreJudgedInOneGo)
{
    const JsonSchemaValidator validator(scenarioLike());
    json late = order();
    late["placedAt"] = "yesterday";
    const auto verdicts = validator.validateAll(
        {json{{"orders", {order()}}}, json{{"orders", {late}}}}, scenarioLike());
    ASSERT_THAT(verdicts, SizeIs(2));
    EXPECT_THAT(verdicts[0], IsEmpty());
    EXPECT_THAT(verdicts[1], SizeIs(1));
}

TEST(JsonSchemaValidatorTest, AReferenceToNothingIsAnError)
{
    const json broken = json::parse(R"({"type": "array", "items": {"$ref": "#/$defs/none"}})");
    EXPECT_THROW(JsonSchemaValidator(broken).validate(json::array(), broken), std::runtime_error);
}

TEST(JsonSchemaValidatorTest, ResolvesLocalReferences)
{
    const JsonSchemaValidator validator(scenarioLike());
    ASSERT_NE(validator.resolve("#/$defs/order"), nullptr);
    EXPECT_EQ(validator.resolve("#/$defs/order")->at("type"), json("object"));
    EXPECT_EQ(validator.resolve("#"), &validator.rootDocument());
    EXPECT_EQ(validator.resolve("#/$defs/none"), nullptr);
    EXPECT_EQ(validator.resolve("other.json#/x"), nullptr);
}
