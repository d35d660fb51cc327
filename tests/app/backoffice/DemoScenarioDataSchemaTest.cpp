// The demo scenarios in resources/demo/ are all there, parse, and follow
// resources/scenario.schema.json; the schema itself resolves and catches typos and bad values.
#include "DemoScenarioData.h"
#include "JsonSchemaValidator.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <set>

namespace caseline::test::demo {
namespace {

const json &schemaDocument()
{
    static const json schema = [] {
        std::ifstream in(DemoScenarios::directory().parent_path() / "scenario.schema.json");
        return json::parse(in, nullptr, false);
    }();
    return schema;
}

TEST(DemoScenarioData, TheDemoFilesAreThereAndParse)
{
    std::set<std::string> names;
    for (const DemoFile &file : demoFiles()) {
        names.insert(file.name);
        ASSERT_TRUE(file.document.is_object()) << file.name << " is not a JSON object";
        EXPECT_EQ(text(file.document, "id") + ".json", file.name) << "scenario id vs file name";
        EXPECT_EQ(text(file.document, "asOf"), kAsOf) << file.name;
    }
    for (const char *expected :
         {"stilettos.json", "vacuum.json", "furniture.json", "reseller.json", "ordinary.json"}) {
        EXPECT_TRUE(names.count(expected)) << "missing resources/demo/" << expected;
    }
}

TEST(DemoScenarioData, TheSchemaIsWellFormed)
{
    const json &schema = schemaDocument();
    ASSERT_TRUE(schema.is_object()) << "resources/scenario.schema.json does not parse";
    EXPECT_EQ(schema.value("additionalProperties", true), false)
        << "typos at the top level of a scenario must be caught";
    const caseline::test::JsonSchemaValidator validator(schema);
    std::vector<std::string> unresolved;
    std::vector<const json *> pending{&schema};
    while (!pending.empty()) {
        const json *node = pending.back();
        pending.pop_back();
        if (node->is_object()) {
            const auto ref = node->find("$ref");
            if (ref != node->end() &&
                (!ref->is_string() || !validator.resolve(ref->get<std::string>()))) {
                unresolved.push_back(ref->dump());
            }
        }
        if (node->is_structured()) {
            for (const json &child : *node) {
                pending.push_back(&child);
            }
        }
    }
    EXPECT_TRUE(unresolved.empty()) << "unresolved $ref:" << joined(unresolved);
}

TEST(DemoScenarioData, EveryScenarioFollowsTheSchema)
{
    const caseline::test::JsonSchemaValidator validator(schemaDocument());
    ASSERT_FALSE(demoFiles().empty());
    for (const DemoFile &file : demoFiles()) {
        const auto errors = validator.validate(file.document, schemaDocument());
        EXPECT_TRUE(errors.empty()) << file.name << ":" << joined(errors);
    }
}

TEST(DemoScenarioData, TheSchemaCatchesTyposAndBadValues)
{
    const caseline::test::JsonSchemaValidator validator(schemaDocument());
    const json *stilettos = demoDocument("stilettos.json");
    ASSERT_NE(stilettos, nullptr);
    const auto rejects = [&](const std::string &what, const auto &mutate) {
        json broken = *stilettos;
        mutate(broken);
        EXPECT_FALSE(validator.validate(broken, schemaDocument()).empty())
            << "the schema accepts " << what;
    };
    rejects("a misspelt section", [](json &d) { d["shipment"] = json::array(); });
    rejects("derived replacements", [](json &d) { d["orders"][0]["replacements"] = {"X"}; });
    rejects("an unknown language", [](json &d) { d["customers"][0]["language"] = "pt"; });
    rejects("a lower-case currency", [](json &d) { d["orders"][0]["currency"] = "eur"; });
    rejects("a negative price", [](json &d) { d["orders"][0]["lines"][0]["unitPrice"] = -1; });
    rejects("a price with cents", [](json &d) { d["orders"][0]["lines"][0]["unitPrice"] = 49.9; });
    rejects("a badly formed order id", [](json &d) { d["orders"][0]["id"] = "1001"; });
    rejects("a local time", [](json &d) { d["orders"][0]["placedAt"] = "2026-10-13T17:45:00"; });
    rejects("an unknown shipment status", [](json &d) { d["shipments"][0]["status"] = "lost"; });
    rejects("a derived label url", [](json &d) {
        d["returns"] = json::array({{{"id", "RET-1001"},
                                     {"orderId", "ORD-1001"},
                                     {"lines", json::array({{{"lineId", "L1"}, {"quantity", 1}}})},
                                     {"reason", "wrong item"},
                                     {"status", "authorized"},
                                     {"createdAt", kAsOf},
                                     {"label",
                                      {{"carrier", "BRT"},
                                       {"trackingNumber", "RTN0000000001"},
                                       {"url", "/returns/v1/returns/RET-1001/label.pdf"}}}}});
    });
    rejects("a behaviour step that does nothing known", [](json &d) {
        d["behaviours"] = json::array(
            {{{"id", "oops"},
              {"trigger", {{"on", "replacement_created"}}},
              {"steps",
               json::array({{{"after", 0}, {"system", "payments"}, {"do", "explode"}}})}}});
    });
    rejects("a trigger that is both timed and event-driven", [](json &d) {
        d["behaviours"] = json::array(
            {{{"id", "both"},
              {"trigger", {{"on", "refund_created"}, {"at", kAsOf}}},
              {"steps", json::array({{{"after", 0}, {"system", "warehouse"}, {"do", "ship"}}})}}});
    });

    json withBehaviour = *stilettos;
    withBehaviour["behaviours"] = json::parse(R"([
      {"id": "finance-cancels-replacement",
       "description": "finance cancels every replacement and refunds, the warehouse ships anyway",
       "trigger": {"on": "replacement_created", "order": "ORD-1001"},
       "steps": [
         {"after": 86400, "system": "payments", "do": "cancel-order", "order": "$trigger",
          "reason": "replacement not authorised by finance"},
         {"after": 60, "system": "finance", "do": "refund", "order": "$original", "amount": "paid",
          "reason": "order refunded instead of replaced"},
         {"after": 120, "system": "payments", "do": "send-message", "order": "$trigger",
          "template": "replacement-cancelled", "subject": "Ordine annullato",
          "body": "Il tuo ordine sostitutivo è stato annullato.", "channel": "email"},
         {"after": 172800, "system": "warehouse", "do": "ship", "carrier": "BRT"},
         {"after": 21600, "system": "delivery", "do": "set-shipment-status",
          "status": "out_for_delivery", "description": "Out for delivery"},
         {"after": 3600, "system": "delivery", "do": "deliver"}]},
      {"id": "late-refund", "trigger": {"at": "2026-10-21T09:00:00Z", "order": "ORD-1001"},
       "steps": [{"after": 0, "system": "payments", "do": "refund", "amount": 100}]}
    ])");
    const auto errors = validator.validate(withBehaviour, schemaDocument());
    EXPECT_TRUE(errors.empty()) << "a well-formed behaviour is rejected:" << joined(errors);
}

} // namespace
} // namespace caseline::test::demo
