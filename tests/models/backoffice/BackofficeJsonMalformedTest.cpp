#include "BackofficeJsonSamples.h"
#include "backoffice/ChangeEventJson.h"
#include "backoffice/CustomerJson.h"
#include "backoffice/DeliveryOptionsJson.h"
#include "backoffice/JsonBody.h"
#include "backoffice/MappingError.h"
#include "backoffice/MessageJson.h"
#include "backoffice/OrderJson.h"
#include "backoffice/RefundJson.h"
#include "backoffice/ReturnJson.h"
#include "backoffice/ShipmentJson.h"

#include <functional>
#include <gtest/gtest.h>
#include <string>
#include <vector>

using namespace caseline;
using namespace caseline::test;
using nlohmann::json;
using namespace std::string_literals;

namespace {

using Mapper = void (*)(const json &);

// Any mapper as a Mapper, its result dropped.
template<auto map>
void mapOnly(const json &body)
{
    static_cast<void>(map(body));
}

// What the mapper threw, or a failure when it threw nothing or something else.
std::optional<MappingError> mappingError(Mapper map, const json &body)
{
    try {
        map(body);
    } catch (const MappingError &error) {
        return error;
    } catch (const std::exception &error) {
        ADD_FAILURE() << "threw something other than MappingError: " << error.what();
        return std::nullopt;
    }
    return std::nullopt;
}

struct NamedMapper
{
    const char *name;
    Mapper map;
    const char *text;                // a valid body for it
    std::optional<std::size_t> item; // the item of that list body the mapper takes

    json validBody() const { return item ? sampleItem(text, *item) : sample(text); }
};

const std::vector<NamedMapper> &allMappers()
{
    static const std::vector<NamedMapper> mappers{
        {"customer", mapOnly<customerFromJson>, customerListSample, 1},
        {"customerList", mapOnly<customerListFromJson>, customerListSample, {}},
        {"order", mapOnly<orderFromJson>, orderListSample, 0},
        {"orderList", mapOnly<orderListFromJson>, orderListSample, {}},
        {"shipment", mapOnly<shipmentFromJson>, shipmentListSample, 0},
        {"shipmentList", mapOnly<shipmentListFromJson>, shipmentListSample, {}},
        {"deliveryOptions", mapOnly<deliveryOptionsFromJson>, deliveryOptionsSample, {}},
        {"refund", mapOnly<refundFromJson>, refundListSample, 0},
        {"refundList", mapOnly<refundListFromJson>, refundListSample, {}},
        {"return", mapOnly<returnFromJson>, returnListSample, 1},
        {"returnList", mapOnly<returnListFromJson>, returnListSample, {}},
        {"message", mapOnly<messageFromJson>, messageListSample, 0},
        {"messageList", mapOnly<messageListFromJson>, messageListSample, {}},
        {"changeEventPage", mapOnly<changeEventPageFromJson>, changeEventPageSample, {}},
    };
    return mappers;
}

const NamedMapper &mapperNamed(const std::string &name)
{
    for (const NamedMapper &mapper : allMappers()) {
        if (name == mapper.name) {
            return mapper;
        }
    }
    throw std::invalid_argument("no mapper " + name);
}

// ------------------------------------------------------------------ One broken field at a time

// A valid sample body with one JSON Patch operation applied.
struct BrokenField
{
    const char *name;
    const char *mapper;
    json patch; // one JSON Patch operation on the mapper's valid body
    std::string field;
    std::string problem;
};

json replace(const std::string &pointer, json value)
{
    return {{"op", "replace"}, {"path", pointer}, {"value", std::move(value)}};
}

json remove(const std::string &pointer)
{
    return {{"op", "remove"}, {"path", pointer}};
}

std::ostream &operator<<(std::ostream &stream, const BrokenField &broken)
{
    return stream << broken.name;
}

class BackofficeJsonBrokenField : public ::testing::TestWithParam<BrokenField>
{
};

TEST_P(BackofficeJsonBrokenField, IsNamedByItsPath)
{
    const BrokenField &broken = GetParam();
    const NamedMapper &mapper = mapperNamed(broken.mapper);
    const json body = mapper.validBody().patch(json::array({broken.patch}));
    const std::optional<MappingError> error = mappingError(mapper.map, body);
    ASSERT_TRUE(error.has_value()) << "no MappingError for " << broken.patch.dump();
    EXPECT_EQ(error->field(), broken.field);
    EXPECT_EQ(error->problem(), broken.problem);
    EXPECT_EQ(std::string(error->what()), "field '" + broken.field + "' " + broken.problem);
}

const std::string missing = "is missing";
const std::string isNull = "must not be null";
const std::string notString = "must be a string";
const std::string notInteger = "must be an integer";
const std::string notObject = "must be an object";
const std::string notArray = "must be an array";
const std::string notTime = "must be an RFC 3339 time";

// clang-format off
const BrokenField brokenFields[] = {
    // The list itself.
    {"ItemsMissing", "orderList", remove("/items"), "items", missing},
    {"ItemsNull", "customerList", replace("/items", nullptr), "items", isNull},
    {"ItemsAnObject", "shipmentList", replace("/items", json::object()), "items", notArray},
    {"ItemsAString", "refundList", replace("/items", "[]"), "items", notArray},
    {"ItemNotAnObject", "messageList", replace("/items/1", 42), "items[1]", notObject},
    {"ItemNull", "returnList", replace("/items/0", nullptr), "items[0]", notObject},
    {"EventsMissing", "changeEventPage", remove("/events"), "events", missing},
    // Required members missing, at every depth.
    {"CustomerEmailMissing", "customer", remove("/email"), "email", missing},
    {"CustomerAddressMissing", "customerList", remove("/items/2/address"), "items[2].address", missing},
    {"AddressCityMissing", "customerList", remove("/items/0/address/city"), "items[0].address.city", missing},
    {"OrderIdMissing", "order", remove("/id"), "id", missing},
    {"OrderLineSkuMissing", "orderList", remove("/items/0/lines/1/sku"), "items[0].lines[1].sku", missing},
    {"NullableReplacementForMissing", "orderList", remove("/items/0/replacementFor"), "items[0].replacementFor", missing},
    {"ReplacementsMissing", "order", remove("/replacements"), "replacements", missing},
    {"HistoryMissing", "orderList", remove("/items/1/history"), "items[1].history", missing},
    {"HistoryNoteMissing", "orderList", remove("/items/0/history/2/note"), "items[0].history[2].note", missing},
    {"NullablePromisedWindowMissing", "shipmentList", remove("/items/0/promisedWindow"), "items[0].promisedWindow", missing},
    {"NullablePickupPointMissing", "shipment", remove("/pickupPoint"), "pickupPoint", missing},
    {"PromisedWindowToMissing", "shipmentList", remove("/items/0/promisedWindow/to"), "items[0].promisedWindow.to", missing},
    {"OpeningHoursToMissing", "shipmentList", remove("/items/1/pickupPoint/openingHours/1/to"), "items[1].pickupPoint.openingHours[1].to", missing},
    {"TrackingLocationMissing", "shipmentList", remove("/items/0/events/2/location"), "items[0].events[2].location", missing},
    {"ShipmentLineQuantityMissing", "shipmentList", remove("/items/0/lines/1/quantity"), "items[0].lines[1].quantity", missing},
    {"SlotKindMissing", "deliveryOptions", remove("/slots/0/kind"), "slots[0].kind", missing},
    {"PickupPointsMissing", "deliveryOptions", remove("/pickupPoints"), "pickupPoints", missing},
    {"RefundIssuedByMissing", "refundList", remove("/items/0/issuedBy"), "items[0].issuedBy", missing},
    {"RefundLinesMissing", "refund", remove("/lines"), "lines", missing},
    {"ReturnLabelMissing", "returnList", remove("/items/0/label"), "items[0].label", missing},
    {"ReturnLabelUrlMissing", "return", remove("/label/url"), "label.url", missing},
    {"NullableMessageOrderMissing", "messageList", remove("/items/1/orderId"), "items[1].orderId", missing},
    {"MessageSentAtMissing", "message", remove("/sentAt"), "sentAt", missing},
    {"ChangeEventRefMissing", "changeEventPage", remove("/events/0/ref"), "events[0].ref", missing},
    {"NullableChangeEventCustomerMissing", "changeEventPage", remove("/events/2/customerId"), "events[2].customerId", missing},
    {"NextMissing", "changeEventPage", remove("/next"), "next", missing},
    // Null where the API does not allow it.
    {"CustomerNameNull", "customerList", replace("/items/0/name", nullptr), "items[0].name", isNull},
    {"OrderLinesNull", "order", replace("/lines", nullptr), "lines", isNull},
    {"ShipmentAddressNull", "shipmentList", replace("/items/1/address", nullptr), "items[1].address", isNull},
    {"ReturnLabelNull", "return", replace("/label", nullptr), "label", isNull},
    {"LineQuantityNull", "returnList", replace("/items/1/lines/1/quantity", nullptr), "items[1].lines[1].quantity", isNull},
    {"NextNull", "changeEventPage", replace("/next", nullptr), "next", isNull},
    {"OpeningHoursFromNull", "deliveryOptions", replace("/pickupPoints/0/openingHours/0/from", nullptr), "pickupPoints[0].openingHours[0].from", isNull},
    // Integers: a string, a float (even a whole one), out of range or below the minimum.
    {"QuantityAString", "orderList", replace("/items/0/lines/1/quantity", "2"), "items[0].lines[1].quantity", notInteger},
    {"AmountAFloat", "refundList", replace("/items/0/amount", 12.5), "items[0].amount", notInteger},
    {"TotalAWholeFloat", "order", replace("/total", 7490.0), "total", notInteger},
    {"PaidABoolean", "orderList", replace("/items/1/paid", false), "items[1].paid", notInteger},
    {"UnitPriceAnObject", "order", replace("/lines/0/unitPrice", {{"amount", 4990}}), "lines[0].unitPrice", notInteger},
    {"AmountBeyondLongLong", "refund", replace("/amount", 9223372036854775808ULL), "amount", "is out of range"},
    {"AmountZero", "refundList", replace("/items/1/amount", 0), "items[1].amount", "must be at least 1"},
    {"QuantityZero", "shipmentList", replace("/items/1/lines/0/quantity", 0), "items[1].lines[0].quantity", "must be at least 1"},
    {"UnitPriceNegative", "orderList", replace("/items/1/lines/0/unitPrice", -1), "items[1].lines[0].unitPrice", "must be at least 0"},
    {"TotalNegative", "orderList", replace("/items/0/total", -7490), "items[0].total", "must be at least 0"},
    // Strings, objects and arrays of the wrong type.
    {"EmailANumber", "customerList", replace("/items/0/email", 42), "items[0].email", notString},
    {"CarrierABoolean", "shipmentList", replace("/items/0/carrier", true), "items[0].carrier", notString},
    {"SeqANumber", "changeEventPage", replace("/events/1/seq", 16), "events[1].seq", notString},
    {"ReasonAnArray", "return", replace("/reason", json::array({"too small"})), "reason", notString},
    {"LinesAnObject", "orderList", replace("/items/0/lines", json::object()), "items[0].lines", notArray},
    {"OpeningHoursAnObject", "shipmentList", replace("/items/1/pickupPoint/openingHours", {{"days", "Mon"}}), "items[1].pickupPoint.openingHours", notArray},
    {"AddressAnArray", "shipmentList", replace("/items/0/address", json::array()), "items[0].address", notObject},
    {"LabelAString", "returnList", replace("/items/1/label", "RTN10022001"), "items[1].label", notObject},
    {"LineNotAnObject", "refundList", replace("/items/0/lines/0", "L2"), "items[0].lines[0]", notObject},
    {"ReplacementIdANumber", "orderList", replace("/items/0/replacements/0", 7), "items[0].replacements[0]", notString},
    {"ReplacementIdNull", "order", replace("/replacements/0", nullptr), "replacements[0]", notString},
    // Nullable and optional members present with the wrong type.
    {"NullableReplacementForANumber", "orderList", replace("/items/0/replacementFor", 1001), "items[0].replacementFor", notString},
    {"NullablePromisedWindowAString", "shipmentList", replace("/items/1/promisedWindow", "tomorrow"), "items[1].promisedWindow", notObject},
    {"NullablePickupPointAnArray", "shipment", replace("/pickupPoint", json::array()), "pickupPoint", notObject},
    {"NullableMessageOrderANumber", "messageList", replace("/items/0/orderId", 1001), "items[0].orderId", notString},
    {"NullableChangeEventOrderAnObject", "changeEventPage", replace("/events/0/orderId", json::object()), "events[0].orderId", notString},
    {"OptionalTemplateANumber", "messageList", replace("/items/2/template", 5), "items[2].template", notString},
    {"OptionalLine2ANumber", "customerList", replace("/items/1/address/line2", 2), "items[1].address.line2", notString},
    // Times.
    {"PlacedAtWithASpace", "orderList", replace("/items/0/placedAt", "2026-10-12 09:30:00Z"), "items[0].placedAt", notTime},
    {"PlacedAtWithoutAZone", "order", replace("/placedAt", "2026-10-12T09:30:00"), "placedAt", notTime},
    {"CreatedAtADateOnly", "refundList", replace("/items/1/createdAt", "2026-10-17"), "items[1].createdAt", notTime},
    {"CreatedAtAnImpossibleDate", "return", replace("/createdAt", "2026-02-30T10:00:00Z"), "createdAt", notTime},
    {"SentAtEpochSeconds", "messageList", replace("/items/1/sentAt", 1760000000), "items[1].sentAt", notString},
    {"SentAtEmpty", "message", replace("/sentAt", ""), "sentAt", notTime},
    {"HistoryAtBad", "orderList", replace("/items/0/history/1/at", "13/10/2026 10:15"), "items[0].history[1].at", notTime},
    {"TrackingEventAtBad", "shipmentList", replace("/items/1/events/0/at", "yesterday"), "items[1].events[0].at", notTime},
    {"PromisedWindowFromBad", "shipment", replace("/promisedWindow/from", "2026-10-15T09:00+02:00"), "promisedWindow.from", notTime},
    {"SlotToBad", "deliveryOptions", replace("/slots/1/to", "2026-11-24T25:00:00Z"), "slots[1].to", notTime},
    {"ChangeEventAtBad", "changeEventPage", replace("/events/2/at", "2026-10-16T12:00Z"), "events[2].at", notTime},
    // Statuses the API does not know.
    {"OrderStatusUnknown", "orderList", replace("/items/1/status", "shipped"), "items[1].status", "has an unknown value 'shipped'"},
    {"OrderStatusCapitalised", "order", replace("/status", "Placed"), "status", "has an unknown value 'Placed'"},
    {"OrderStatusANumber", "order", replace("/status", 1), "status", notString},
    {"HistoryStatusUnknown", "orderList", replace("/items/0/history/1/status", "rescheduled"), "items[0].history[1].status", "has an unknown value 'rescheduled'"},
    {"ShipmentStatusUnknown", "shipmentList", replace("/items/0/status", "lost"), "items[0].status", "has an unknown value 'lost'"},
    {"TrackingStatusUnknown", "shipmentList", replace("/items/1/events/1/status", "teleported"), "items[1].events[1].status", "has an unknown value 'teleported'"},
    {"RefundStatusUnknown", "refundList", replace("/items/0/status", "pending"), "items[0].status", "has an unknown value 'pending'"},
    {"ReturnStatusUnknown", "returnList", replace("/items/1/status", "lost_in_transit"), "items[1].status", "has an unknown value 'lost_in_transit'"},
    {"StatusUnknownAndLong", "order", replace("/status", std::string(100, 'x')), "status", "has an unknown value '" + std::string(40, 'x') + "...'"},
    // Deep inside.
    {"PickupPointCountryANumber", "shipmentList", replace("/items/1/pickupPoint/address/country", 39), "items[1].pickupPoint.address.country", notString},
    {"OptionPickupPointAddressMissing", "deliveryOptions", remove("/pickupPoints/1/address"), "pickupPoints[1].address", missing},
    {"OptionOpeningHoursNotObjects", "deliveryOptions", replace("/pickupPoints/0/openingHours/0", "Mon-Sun 00:00-24:00"), "pickupPoints[0].openingHours[0]", notObject},
};
// clang-format on

INSTANTIATE_TEST_SUITE_P(Fields, BackofficeJsonBrokenField, ::testing::ValuesIn(brokenFields),
                         [](const ::testing::TestParamInfo<BrokenField> &info) {
                             return std::string(info.param.name);
                         });

// ------------------------------------------------------------------ Whole-body problems

class BackofficeJsonInvalidText : public ::testing::TestWithParam<std::string>
{
};

TEST_P(BackofficeJsonInvalidText, IsABodyProblemWithTheParsersWords)
{
    try {
        static_cast<void>(parseJsonBody(GetParam()));
        FAIL() << "parsed";
    } catch (const MappingError &error) {
        EXPECT_EQ(error.field(), "");
        const std::string message = error.what();
        EXPECT_EQ(message.rfind("body is not valid JSON: ", 0), 0u) << message;
        EXPECT_NE(message.find("parse error"), std::string::npos) << message;
    }
}

INSTANTIATE_TEST_SUITE_P(Texts, BackofficeJsonInvalidText,
                         ::testing::Values("", "   ", "{", R"({"items": [)", "nul", "{'id': 1}",
                                           "[1,]", R"({"id": "CUS-1001",})", "{} {}",
                                           "<html>Bad Gateway</html>",
                                           std::string("{\"id\": \"\xff\"}"),
                                           "{\"id\": \"a\0b\"}"s));

TEST(BackofficeJsonBody, MustBeAnObjectForEveryMapper)
{
    for (const NamedMapper &mapper : allMappers()) {
        for (const json &body : {json::array(), json(nullptr), json("items"), json(1), json(true),
                                 json(1.5), json::array({json::object()}), json::binary({1, 2})}) {
            const std::optional<MappingError> error = mappingError(mapper.map, body);
            ASSERT_TRUE(error.has_value()) << mapper.name << " took " << body.dump();
            EXPECT_EQ(error->field(), "") << mapper.name;
            EXPECT_EQ(std::string(error->what()), "body must be an object") << mapper.name;
        }
    }
}

TEST(BackofficeJsonBody, AnEmptyObjectNamesTheFirstRequiredMember)
{
    EXPECT_EQ(mappingError(mapOnly<orderListFromJson>, json::object()).value().field(), "items");
    EXPECT_EQ(mappingError(mapOnly<orderFromJson>, json::object()).value().field(), "id");
    EXPECT_EQ(mappingError(mapOnly<deliveryOptionsFromJson>, json::object()).value().field(),
              "shipmentId");
    EXPECT_EQ(mappingError(mapOnly<changeEventPageFromJson>, json::object()).value().field(),
              "events");
}

TEST(BackofficeJsonBody, ADiscardedValueIsNotAnObject)
{
    // What a non-throwing nlohmann parse leaves behind must not slip through either.
    const json discarded = json::parse("{", nullptr, false);
    ASSERT_TRUE(discarded.is_discarded());
    EXPECT_EQ(mappingError(mapOnly<customerFromJson>, discarded).value().field(), "");
}

TEST(BackofficeJsonBody, DeepNestingIsParsedOrRefusedWithoutCrashing)
{
    const std::size_t depth = 100000;
    const std::string text = std::string(depth, '[') + std::string(depth, ']');
    try {
        const json body = parseJsonBody(text);
        EXPECT_EQ(mappingError(mapOnly<orderListFromJson>, body).value().field(), "");
    } catch (const MappingError &error) {
        EXPECT_EQ(error.field(), "");
    }
    const std::string unclosed = R"({"items": )" + std::string(depth, '[');
    EXPECT_THROW(parseJsonBody(unclosed), MappingError);
}

// ------------------------------------------------------------------ Every node, every kind

// Every node of a document with its JSON Pointer and its path as MappingError spells it.
void collectNodes(const json &node, const std::string &pointer, const std::string &path,
                  std::vector<std::pair<std::string, std::string>> &nodes)
{
    if (node.is_object()) {
        for (const auto &[key, value] : node.items()) {
            const std::string childPointer = pointer + "/" + key;
            const std::string childPath = path.empty() ? key : path + "." + key;
            nodes.emplace_back(childPointer, childPath);
            collectNodes(value, childPointer, childPath, nodes);
        }
    } else if (node.is_array()) {
        for (std::size_t index = 0; index < node.size(); ++index) {
            const std::string childPointer = pointer + "/" + std::to_string(index);
            const std::string childPath = path + "[" + std::to_string(index) + "]";
            nodes.emplace_back(childPointer, childPath);
            collectNodes(node[index], childPointer, childPath, nodes);
        }
    }
}

bool startsWith(const std::string &text, const std::string &prefix)
{
    return text.compare(0, prefix.size(), prefix) == 0;
}

// Replacing any node by a value of any kind, or removing it, either still maps (the node was
// unknown, optional, or of that kind) or fails naming that node or something inside it.
TEST(BackofficeJsonEveryNode, BreaksOnlyWithAMappingErrorNamingIt)
{
    const std::vector<json> replacements{nullptr,
                                         true,
                                         0,
                                         -1,
                                         2.5,
                                         "",
                                         "x",
                                         json::array(),
                                         json::object(),
                                         json::array({1, "a"}),
                                         json::object({{"unexpected", 1}}),
                                         18446744073709551615ULL};
    std::size_t failures = 0;
    for (const NamedMapper &mapper : allMappers()) {
        const json valid = mapper.validBody();
        ASSERT_FALSE(mappingError(mapper.map, valid).has_value()) << mapper.name;
        std::vector<std::pair<std::string, std::string>> nodes;
        collectNodes(valid, "", "", nodes);
        for (const auto &[pointer, path] : nodes) {
            std::vector<json> patches{remove(pointer)};
            for (const json &value : replacements) {
                patches.push_back(replace(pointer, value));
            }
            for (const json &patch : patches) {
                const json body = valid.patch(json::array({patch}));
                const std::optional<MappingError> error = mappingError(mapper.map, body);
                if (!error) {
                    continue;
                }
                ++failures;
                EXPECT_TRUE(startsWith(error->field(), path))
                    << mapper.name << " " << patch.dump() << " named '" << error->field() << "'";
            }
        }
    }
    // Most of those changes must be refused, or the mappers are not looking.
    EXPECT_GT(failures, 1000u);
}

} // namespace
