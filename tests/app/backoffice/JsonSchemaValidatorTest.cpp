#include "JsonSchemaValidator.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using caseline::test::JsonSchemaValidator;
using nlohmann::json;
using testing::ElementsAre;
using testing::HasSubstr;
using testing::IsEmpty;
using testing::SizeIs;

namespace {

// Validates against a schema that has no root document to refer into.
std::vector<std::string> check(const json &value, const json &schema)
{
    return JsonSchemaValidator(json::object()).validate(value, schema);
}

bool valid(const json &value, const json &schema)
{
    return check(value, schema).empty();
}

} // namespace

TEST(JsonSchemaValidatorTest, TypeAcceptsEachJsonTypeAndRejectsOthers)
{
    EXPECT_TRUE(valid(json::object(), {{"type", "object"}}));
    EXPECT_TRUE(valid(json::array(), {{"type", "array"}}));
    EXPECT_TRUE(valid("text", {{"type", "string"}}));
    EXPECT_TRUE(valid(-3, {{"type", "integer"}}));
    EXPECT_TRUE(valid(2.5, {{"type", "number"}}));
    EXPECT_TRUE(valid(7, {{"type", "number"}}));
    EXPECT_TRUE(valid(false, {{"type", "boolean"}}));
    EXPECT_TRUE(valid(nullptr, {{"type", "null"}}));

    EXPECT_THAT(check(json::array(), {{"type", "object"}}),
                ElementsAre("$: expected object, got array"));
    EXPECT_THAT(check(json::object(), {{"type", "array"}}),
                ElementsAre("$: expected array, got object"));
    EXPECT_THAT(check(5, {{"type", "string"}}), ElementsAre("$: expected string, got integer"));
    EXPECT_THAT(check("5", {{"type", "number"}}), ElementsAre("$: expected number, got string"));
    EXPECT_THAT(check(1, {{"type", "boolean"}}), ElementsAre("$: expected boolean, got integer"));
    EXPECT_THAT(check(0, {{"type", "null"}}), ElementsAre("$: expected null, got integer"));
    EXPECT_THAT(check(nullptr, {{"type", "string"}}), ElementsAre("$: expected string, got null"));
}

TEST(JsonSchemaValidatorTest, IntegerRejectsNumbersWrittenWithAFraction)
{
    EXPECT_THAT(check(49.9, {{"type", "integer"}}), ElementsAre("$: expected integer, got number"));
    // 4990.0 is integral, but a client parsing money into an int would still choke on it.
    EXPECT_THAT(check(json::parse("4990.0"), {{"type", "integer"}}),
                ElementsAre("$: expected integer, got number"));
    EXPECT_TRUE(valid(json::parse("18446744073709551615"), {{"type", "integer"}}));
}

TEST(JsonSchemaValidatorTest, TypeListAcceptsAnyListedType)
{
    const json schema = {{"type", {"string", "null"}}};
    EXPECT_TRUE(valid("a", schema));
    EXPECT_TRUE(valid(nullptr, schema));
    EXPECT_THAT(check(1, schema),
                ElementsAre("$: expected one of [\"string\",\"null\"], got integer"));
}

TEST(JsonSchemaValidatorTest, NullableAcceptsNullOnly)
{
    const json schema = {{"type", "string"}, {"nullable", true}, {"minLength", 2}};
    EXPECT_TRUE(valid(nullptr, schema));
    EXPECT_TRUE(valid("ab", schema));
    EXPECT_THAT(check("a", schema), SizeIs(1));
    EXPECT_THAT(check(1, schema), ElementsAre("$: expected string, got integer"));
    EXPECT_THAT(check(nullptr, {{"type", "string"}, {"nullable", false}}),
                ElementsAre("$: expected string, got null"));
}

TEST(JsonSchemaValidatorTest, NullableBesideAllOfRefAcceptsNull)
{
    const JsonSchemaValidator validator(
        json{{"defs", {{"Window", {{"type", "object"}, {"required", {"from"}}}}}}});
    const json schema = {{"nullable", true}, {"allOf", {{{"$ref", "#/defs/Window"}}}}};
    EXPECT_THAT(validator.validate(nullptr, schema), IsEmpty());
    EXPECT_THAT(validator.validate(json{{"from", "x"}}, schema), IsEmpty());
    EXPECT_THAT(validator.validate(json::object(), schema),
                ElementsAre("$.from: missing required property"));
    EXPECT_THAT(validator.validate(nullptr, json{{"allOf", {{{"$ref", "#/defs/Window"}}}}}),
                ElementsAre("$: expected object, got null"));
}

TEST(JsonSchemaValidatorTest, RequiredNamesEveryMissingProperty)
{
    const json schema = {{"type", "object"}, {"required", {"id", "total", "lines"}}};
    EXPECT_TRUE(valid({{"id", "ORD-1"}, {"total", 1}, {"lines", json::array()}}, schema));
    EXPECT_THAT(
        check({{"id", "ORD-1"}}, schema),
        ElementsAre("$.total: missing required property", "$.lines: missing required property"));
    // A present null still counts as present: nullability is the property schema's business.
    EXPECT_TRUE(valid({{"id", nullptr}, {"total", 1}, {"lines", 2}}, schema));
}

TEST(JsonSchemaValidatorTest, PropertiesReportTheJsonPathOfNestedErrors)
{
    const json schema = json::parse(R"({
        "type": "object",
        "properties": {
            "lines": {
                "type": "array",
                "items": {"type": "object", "properties": {"quantity": {"type": "integer"}}}
            }
        }
    })");
    EXPECT_TRUE(valid({{"lines", {{{"quantity", 1}}}}}, schema));
    EXPECT_THAT(check({{"lines", {{{"quantity", 1}}, {{"quantity", "2"}}}}}, schema),
                ElementsAre("$.lines[1].quantity: expected integer, got string"));
    EXPECT_THAT(check({{"odd key", 1}}, {{"properties", {{"odd key", {{"type", "string"}}}}}}),
                ElementsAre("$['odd key']: expected string, got integer"));
}

TEST(JsonSchemaValidatorTest, AdditionalPropertiesAsBooleanOrSchema)
{
    const json properties = {{"id", {{"type", "string"}}}};
    const json value = {{"id", "a"}, {"extra", 1}};
    EXPECT_TRUE(valid(value, {{"properties", properties}}));
    EXPECT_TRUE(valid(value, {{"properties", properties}, {"additionalProperties", true}}));
    EXPECT_THAT(check(value, {{"properties", properties}, {"additionalProperties", false}}),
                ElementsAre("$.extra: property not allowed"));
    EXPECT_TRUE(valid(
        value, {{"properties", properties}, {"additionalProperties", {{"type", "integer"}}}}));
    EXPECT_THAT(
        check(value, {{"properties", properties}, {"additionalProperties", {{"type", "string"}}}}),
        ElementsAre("$.extra: expected string, got integer"));
}

TEST(JsonSchemaValidatorTest, ItemsAppliesToEveryElement)
{
    const json schema = {{"type", "array"}, {"items", {{"type", "integer"}}}};
    EXPECT_TRUE(valid({1, 2, 3}, schema));
    EXPECT_TRUE(valid(json::array(), schema));
    EXPECT_THAT(
        check({1, "two", 3, true}, schema),
        ElementsAre("$[1]: expected integer, got string", "$[3]: expected integer, got boolean"));
    const json tuple = {{"items", {{{"type", "string"}}, {{"type", "integer"}}}}};
    EXPECT_TRUE(valid({"a", 1, nullptr}, tuple));
    EXPECT_THAT(check({1, "a"}, tuple), SizeIs(2));
}

TEST(JsonSchemaValidatorTest, EnumAndConst)
{
    const json schema = {{"enum", {"placed", "dispatched"}}};
    EXPECT_TRUE(valid("placed", schema));
    EXPECT_THAT(check("shipped", schema),
                ElementsAre("$: \"shipped\" is not one of [\"placed\",\"dispatched\"]"));
    EXPECT_TRUE(valid(409, {{"enum", {409}}}));
    EXPECT_FALSE(valid("409", {{"enum", {409}}}));
    EXPECT_TRUE(valid(json{{"a", 1}}, {{"const", {{"a", 1}}}}));
    EXPECT_THAT(check("b", {{"const", "a"}}), ElementsAre("$: expected \"a\", got \"b\""));
}

TEST(JsonSchemaValidatorTest, MinimumAndMaximumAreInclusive)
{
    const json schema = {{"minimum", 1}, {"maximum", 10}};
    EXPECT_TRUE(valid(1, schema));
    EXPECT_TRUE(valid(10, schema));
    EXPECT_TRUE(valid(5.5, schema));
    EXPECT_THAT(check(0, schema), ElementsAre("$: 0 is less than the minimum 1"));
    EXPECT_THAT(check(-4, schema), ElementsAre("$: -4 is less than the minimum 1"));
    EXPECT_THAT(check(11, schema), ElementsAre("$: 11 is greater than the maximum 10"));
    EXPECT_THAT(check(10.5, schema), SizeIs(1));
    EXPECT_TRUE(valid(-3, {{"minimum", -5}, {"maximum", 0.5}}));
    EXPECT_FALSE(valid(-6, {{"minimum", -5}}));
    // Beyond 2^53 a double comparison would call these equal.
    EXPECT_FALSE(valid(json::parse("9007199254740993"), {{"maximum", 9007199254740992LL}}));
    // Keywords of other types do not apply to numbers.
    EXPECT_TRUE(valid(3, {{"minLength", 5}, {"minItems", 5}}));
}

TEST(JsonSchemaValidatorTest, StringLengthCountsCharacters)
{
    const json schema = {{"minLength", 2}, {"maxLength", 4}};
    EXPECT_TRUE(valid("ab", schema));
    EXPECT_TRUE(valid("abcd", schema));
    EXPECT_TRUE(valid("città", {{"maxLength", 5}}));
    EXPECT_THAT(check("a", schema), ElementsAre("$: expected at least 2 characters, got 1"));
    EXPECT_THAT(check("abcde", schema), ElementsAre("$: expected at most 4 characters, got 5"));
}

TEST(JsonSchemaValidatorTest, ArrayLength)
{
    const json schema = {{"minItems", 1}, {"maxItems", 2}};
    EXPECT_TRUE(valid({1}, schema));
    EXPECT_TRUE(valid({1, 2}, schema));
    EXPECT_THAT(check(json::array(), schema), ElementsAre("$: expected at least 1 items, got 0"));
    EXPECT_THAT(check({1, 2, 3}, schema), ElementsAre("$: expected at most 2 items, got 3"));
}

TEST(JsonSchemaValidatorTest, PatternIsAnUnanchoredEcmaScriptSearch)
{
    EXPECT_TRUE(valid("EUR", {{"pattern", "^[A-Z]{3}$"}}));
    EXPECT_THAT(check("eur", {{"pattern", "^[A-Z]{3}$"}}),
                ElementsAre("$: \"eur\" does not match pattern ^[A-Z]{3}$"));
    EXPECT_TRUE(valid("order ORD-1001 late", {{"pattern", "ORD-\\d+"}}));
    EXPECT_TRUE(valid("key 1", {{"pattern", "^[\\x20-\\x7E]+$"}}));
    EXPECT_FALSE(valid("tab\there", {{"pattern", "^[\\x20-\\x7E]+$"}}));
    const auto errors = check("x", {{"pattern", "([a-z"}});
    ASSERT_THAT(errors, SizeIs(1));
    EXPECT_THAT(errors[0], HasSubstr("invalid pattern"));
}

TEST(JsonSchemaValidatorTest, DateTimeFollowsRfc3339)
{
    const json schema = {{"type", "string"}, {"format", "date-time"}};
    for (const char *text :
         {"2026-10-17T09:30:00Z", "2026-10-17t09:30:00z", "2026-10-17T09:30:00.250Z",
          "2026-10-17T11:30:00+02:00", "2026-10-17T04:00:00-05:30", "2028-02-29T00:00:00Z",
          "2026-12-31T23:59:60Z"}) {
        EXPECT_THAT(check(text, schema), IsEmpty()) << text;
    }
    for (const char *text :
         {"2026-10-17", "2026-10-17T09:30:00", "2026-10-17 09:30:00Z", "2026-02-29T00:00:00Z",
          "2026-13-01T00:00:00Z", "2026-10-17T24:00:00Z", "2026-10-17T09:60:00Z",
          "2026-10-17T09:30Z", "2026-10-17T09:30:00.Z", "2026-10-17T09:30:00+0200",
          "2026-10-17T09:30:00Z ", "17/10/2026 09:30", ""}) {
        EXPECT_THAT(check(text, schema),
                    ElementsAre("$: " + json(text).dump() + " is not an RFC 3339 date-time"))
            << text;
    }
    // Other formats are annotations only.
    EXPECT_TRUE(valid("not an e-mail", {{"format", "email"}}));
}

TEST(JsonSchemaValidatorTest, OneOfNeedsExactlyOneMatch)
{
    const json schema = {
        {"type", "object"},
        {"oneOf", {{{"required", {"slotId"}}}, {{"required", {"pickupPointId"}}}}}};
    EXPECT_TRUE(valid({{"slotId", "S"}}, schema));
    EXPECT_TRUE(valid({{"pickupPointId", "P"}}, schema));
    const auto none = check({{"note", "x"}}, schema);
    ASSERT_THAT(none, SizeIs(1));
    EXPECT_THAT(none[0], HasSubstr("$: matches none of the oneOf alternatives"));
    EXPECT_THAT(none[0], HasSubstr("$.slotId: missing required property"));
    EXPECT_THAT(check({{"slotId", "S"}, {"pickupPointId", "P"}}, schema),
                ElementsAre("$: matches 2 oneOf alternatives (0, 1), expected exactly one"));
}

TEST(JsonSchemaValidatorTest, AnyOfNeedsAtLeastOneMatch)
{
    const json schema = {{"anyOf", {{{"type", "string"}}, {{"type", "integer"}, {"minimum", 0}}}}};
    EXPECT_TRUE(valid("a", schema));
    EXPECT_TRUE(valid(3, schema));
    const auto errors = check(-1, schema);
    ASSERT_THAT(errors, SizeIs(1));
    EXPECT_THAT(errors[0], HasSubstr("$: matches none of the anyOf alternatives"));
    EXPECT_THAT(errors[0], HasSubstr("less than the minimum 0"));
}

TEST(JsonSchemaValidatorTest, AllOfNeedsEveryMatch)
{
    const json schema = {{"allOf", {{{"required", {"a"}}}, {{"required", {"b"}}}}}};
    EXPECT_TRUE(valid({{"a", 1}, {"b", 2}}, schema));
    EXPECT_THAT(check(json::object(), schema),
                ElementsAre("$.a: missing required property", "$.b: missing required property"));
}

TEST(JsonSchemaValidatorTest, RefResolvesJsonPointersIntoTheRootDocument)
{
    const JsonSchemaValidator validator(json::parse(R"({
        "components": {
            "schemas": {
                "Line": {
                    "type": "object",
                    "required": ["quantity"],
                    "properties": {"quantity": {"type": "integer"}}
                },
                "Order": {
                    "type": "object",
                    "properties": {
                        "lines": {"type": "array", "items": {"$ref": "#/components/schemas/Line"}}
                    }
                },
                "a/b": {"type": "string"},
                "t~ilde": {"type": "integer"},
                "with space": {"type": "boolean"}
            }
        },
        "list": [{"type": "null"}]
    })"));
    EXPECT_THAT(
        validator.validate(json{{"lines", {{{"quantity", 1}}}}}, "#/components/schemas/Order"),
        IsEmpty());
    EXPECT_THAT(validator.validate(json{{"lines", {{{"quantity", "1"}}, json::object()}}},
                                   "#/components/schemas/Order"),
                ElementsAre("$.lines[0].quantity: expected integer, got string",
                            "$.lines[1].quantity: missing required property"));
    EXPECT_THAT(validator.validate(json("x"), "#/components/schemas/a~1b"), IsEmpty());
    EXPECT_THAT(validator.validate(json(1), "#/components/schemas/t~0ilde"), IsEmpty());
    EXPECT_THAT(validator.validate(json(true), "#/components/schemas/with%20space"), IsEmpty());
    EXPECT_THAT(validator.validate(json(1), "#/list/0"),
                ElementsAre("$: expected null, got integer"));
    EXPECT_EQ(validator.resolve("#"), &validator.rootDocument());
    EXPECT_EQ(validator.resolve("#/list/1"), nullptr);
    EXPECT_EQ(validator.resolve("#/list/01"), nullptr);
    EXPECT_EQ(validator.resolve("other.yaml#/x"), nullptr);
}

TEST(JsonSchemaValidatorTest, UnresolvableRefsAreErrors)
{
    const JsonSchemaValidator validator(json{{"defs", {{"Self", {{"$ref", "#/defs/Self"}}}}}});
    EXPECT_THAT(validator.validate(json(1), "#/components/schemas/Missing"),
                ElementsAre("$: cannot resolve schema reference #/components/schemas/Missing"));
    EXPECT_THAT(validator.validate(json(1), json{{"$ref", "#/defs/Nope"}}),
                ElementsAre("$: cannot resolve $ref \"#/defs/Nope\""));
    const auto loop = validator.validate(json(1), "#/defs/Self");
    ASSERT_THAT(loop, SizeIs(1));
    EXPECT_THAT(loop[0], HasSubstr("too deep"));
}

TEST(JsonSchemaValidatorTest, BooleanSchemas)
{
    EXPECT_TRUE(valid(42, true));
    EXPECT_THAT(check(42, false), ElementsAre("$: no value is allowed here"));
    EXPECT_THAT(check({1}, {{"items", false}}), ElementsAre("$[0]: no value is allowed here"));
}
