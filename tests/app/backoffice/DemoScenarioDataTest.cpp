// Checks the demo scenarios in resources/demo/ so the data the console is demonstrated with
// stays correct: every file follows resources/scenario.schema.json, every reference resolves,
// the money adds up, the ordinary customers carry no cross-system contradiction, and the
// stories from the source documents (stilettos, vacuum, furniture, reseller) are still told.

#include "JsonSchemaValidator.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// Every demo scenario is written as of this instant; the server shifts it towards "now".
constexpr const char *kAsOf = "2026-10-20T12:00:00Z";
constexpr long long kHour = 3600;

const char *const kSections[] = {"customers", "orders",  "shipments",
                                 "refunds",   "returns", "messages"};

struct DemoFile
{
    std::string name;
    json document;
};

fs::path sourceDirectory()
{
    return fs::path(CASELINE_SOURCE_DIR);
}

json readJson(const fs::path &path)
{
    std::ifstream in(path);
    return json::parse(in, nullptr, false);
}

const json &schemaDocument()
{
    static const json schema = readJson(sourceDirectory() / "resources" / "scenario.schema.json");
    return schema;
}

const std::vector<DemoFile> &demoFiles()
{
    static const std::vector<DemoFile> files = [] {
        std::vector<DemoFile> loaded;
        for (const fs::directory_entry &entry :
             fs::directory_iterator(sourceDirectory() / "resources" / "demo")) {
            if (entry.path().extension() == ".json") {
                loaded.push_back({entry.path().filename().string(), readJson(entry.path())});
            }
        }
        std::sort(loaded.begin(), loaded.end(),
                  [](const DemoFile &a, const DemoFile &b) { return a.name < b.name; });
        return loaded;
    }();
    return files;
}

const json *demoDocument(const std::string &name)
{
    for (const DemoFile &file : demoFiles()) {
        if (file.name == name) {
            return &file.document;
        }
    }
    return nullptr;
}

// The records of one section, or an empty list when the section is missing or malformed.
const json &section(const json &document, const char *name)
{
    static const json empty = json::array();
    if (!document.is_object()) {
        return empty;
    }
    const auto found = document.find(name);
    return found != document.end() && found->is_array() ? *found : empty;
}

std::string text(const json &object, const char *key)
{
    if (!object.is_object()) {
        return {};
    }
    const auto found = object.find(key);
    return found != object.end() && found->is_string() ? found->get<std::string>() : std::string();
}

long long integer(const json &object, const char *key)
{
    if (!object.is_object()) {
        return 0;
    }
    const auto found = object.find(key);
    return found != object.end() && found->is_number_integer() ? found->get<long long>() : 0;
}

const json *findById(const json &document, const char *name, const std::string &id)
{
    for (const json &record : section(document, name)) {
        if (text(record, "id") == id) {
            return &record;
        }
    }
    return nullptr;
}

std::vector<const json *> recordsOfOrder(const json &document, const char *name,
                                         const std::string &orderId)
{
    std::vector<const json *> found;
    for (const json &record : section(document, name)) {
        if (text(record, "orderId") == orderId) {
            found.push_back(&record);
        }
    }
    return found;
}

const json *orderLine(const json &order, const std::string &lineId)
{
    for (const json &line : section(order, "lines")) {
        if (text(line, "lineId") == lineId) {
            return &line;
        }
    }
    return nullptr;
}

// Seconds since the epoch of a scenario time ("2026-10-20T12:00:00Z"), if it is one.
std::optional<long long> epochSeconds(const std::string &time)
{
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    char zone = 0;
    if (time.size() != 20 ||
        std::sscanf(time.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%c", &year, &month, &day, &hour, &minute,
                    &second, &zone) != 7 ||
        zone != 'Z') {
        return std::nullopt;
    }
    const std::chrono::year_month_day date{std::chrono::year{year},
                                           std::chrono::month{static_cast<unsigned>(month)},
                                           std::chrono::day{static_cast<unsigned>(day)}};
    if (!date.ok() || hour > 23 || minute > 59 || second > 59) {
        return std::nullopt;
    }
    const long long days = std::chrono::sys_days{date}.time_since_epoch().count();
    return days * 24 * kHour + hour * kHour + minute * 60LL + second;
}

long long seconds(const std::string &time)
{
    return epochSeconds(time).value_or(0);
}

long long asOf()
{
    return seconds(kAsOf);
}

// The server shifts a scenario by whole days (rounded down), so the scenario's "now" can be
// anywhere from asOf to just before asOf + 24 h; promises still open must hold until then.
long long latestNow()
{
    return asOf() + 24 * kHour - 1;
}

std::string lowercase(std::string value)
{
    std::transform(value.begin(), value.end(), value.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return value;
}

bool contains(const std::string &haystack, const std::string &needle)
{
    return lowercase(haystack).find(lowercase(needle)) != std::string::npos;
}

// Statuses of a shipment whose goods have left the warehouse.
bool hasLeftTheWarehouse(const std::string &status)
{
    return status == "dispatched" || status == "in_transit" || status == "out_for_delivery" ||
           status == "delivered" || status == "failed";
}

std::optional<std::string> firstEventTime(const json &shipment, const std::string &status)
{
    for (const json &event : section(shipment, "events")) {
        if (text(event, "status") == status) {
            return text(event, "at");
        }
    }
    return std::nullopt;
}

// Lines a refund is about: its own lines, or every line of the order when it names none.
std::map<std::string, long long> refundedLines(const json &refund, const json &order)
{
    std::map<std::string, long long> lines;
    const json &named = section(refund, "lines");
    for (const json &line : named.empty() ? section(order, "lines") : named) {
        lines[text(line, "lineId")] += integer(line, "quantity");
    }
    return lines;
}

// Does this message tell the customer a return label is coming or attached?
bool promisesReturnLabel(const json &message)
{
    const std::string kind = text(message, "template");
    if (kind == "return-authorized" || kind == "return-label" ||
        kind == "replacement-confirmation") {
        return true;
    }
    const std::string words = text(message, "subject") + " " + text(message, "body");
    for (const char *label : {"label", "etichett", "etikett", "etiqueta", "tiquette"}) {
        if (contains(words, label)) {
            return true;
        }
    }
    return false;
}

enum class Tone
{
    Neutral,
    Progress,     // the order is coming: shipped, out for delivery, delivered, replaced
    Cancellation, // the order (or its replacement) will not come
};

Tone toneOf(const json &message)
{
    const std::string kind = text(message, "template");
    if (kind.find("cancel") != std::string::npos) {
        return Tone::Cancellation;
    }
    static const std::set<std::string> progress{
        "shipping-confirmation",    "out-for-delivery",       "delivery-confirmation",
        "replacement-confirmation", "delivery-slot-proposal", "delivery-appointment"};
    return progress.count(kind) ? Tone::Progress : Tone::Neutral;
}

// ---------------------------------------------------------------------------------------------
// Cross-system contradictions. Each detector lists what it finds in one scenario document; the
// ordinary customers must have none, and the stories must still have theirs.

std::vector<std::string> cancelledButShipped(const json &document)
{
    std::vector<std::string> found;
    for (const json &order : section(document, "orders")) {
        if (text(order, "status") != "cancelled") {
            continue;
        }
        const std::string orderId = text(order, "id");
        for (const json *shipment : recordsOfOrder(document, "shipments", orderId)) {
            if (hasLeftTheWarehouse(text(*shipment, "status"))) {
                found.push_back(orderId + " is cancelled but shipment " + text(*shipment, "id") +
                                " is " + text(*shipment, "status"));
            }
            for (const json &event : section(*shipment, "events")) {
                if (hasLeftTheWarehouse(text(event, "status"))) {
                    found.push_back(orderId + " is cancelled but shipment " +
                                    text(*shipment, "id") + " has a " + text(event, "status") +
                                    " event");
                }
            }
        }
    }
    return found;
}

std::vector<std::string> refundsWithoutReturn(const json &document)
{
    std::vector<std::string> found;
    for (const json &order : section(document, "orders")) {
        const std::string orderId = text(order, "id");
        std::set<std::string> shippedLines;
        for (const json *shipment : recordsOfOrder(document, "shipments", orderId)) {
            if (hasLeftTheWarehouse(text(*shipment, "status"))) {
                for (const json &line : section(*shipment, "lines")) {
                    shippedLines.insert(text(line, "lineId"));
                }
            }
        }
        std::map<std::string, long long> refunded;
        std::string lastRefund;
        for (const json *refund : recordsOfOrder(document, "refunds", orderId)) {
            for (const auto &[lineId, quantity] : refundedLines(*refund, order)) {
                refunded[lineId] += quantity;
            }
            lastRefund = std::max(lastRefund, text(*refund, "createdAt"));
        }
        std::map<std::string, long long> returned;
        for (const json *candidate : recordsOfOrder(document, "returns", orderId)) {
            if (text(*candidate, "createdAt") > lastRefund) {
                continue; // a return authorized after the refund does not justify it
            }
            for (const json &line : section(*candidate, "lines")) {
                returned[text(line, "lineId")] += integer(line, "quantity");
            }
        }
        for (const auto &[lineId, quantity] : refunded) {
            if (shippedLines.count(lineId) && returned[lineId] < quantity) {
                found.push_back(orderId + " line " + lineId + " is refunded (" +
                                std::to_string(quantity) + ") while shipped, but only " +
                                std::to_string(returned[lineId]) + " came back by return");
            }
        }
    }
    return found;
}

std::vector<std::string> labelPromisedWithoutReturn(const json &document)
{
    std::vector<std::string> found;
    for (const json &message : section(document, "messages")) {
        if (!promisesReturnLabel(message)) {
            continue;
        }
        // A replacement's confirmation promises a label for the order it replaces.
        std::string orderId = text(message, "orderId");
        if (const json *order = findById(document, "orders", orderId)) {
            const std::string original = text(*order, "replacementFor");
            orderId = original.empty() ? orderId : original;
        }
        if (recordsOfOrder(document, "returns", orderId).empty()) {
            found.push_back(text(message, "id") + " promises a return label but " +
                            (orderId.empty() ? std::string("no order") : orderId) +
                            " has no return");
        }
    }
    return found;
}

std::vector<std::string> replacementAndFullRefund(const json &document)
{
    std::vector<std::string> found;
    for (const json &replacement : section(document, "orders")) {
        const std::string originalId = text(replacement, "replacementFor");
        const json *original = findById(document, "orders", originalId);
        if (!original) {
            continue;
        }
        long long refunded = 0;
        for (const json *refund : recordsOfOrder(document, "refunds", originalId)) {
            refunded += integer(*refund, "amount");
        }
        if (refunded >= integer(*original, "paid")) {
            found.push_back(originalId + " is refunded in full and also replaced by " +
                            text(replacement, "id"));
        }
    }
    return found;
}

std::vector<std::string> contradictingMessages(const json &document)
{
    std::vector<std::string> found;
    const json &messages = section(document, "messages");
    for (const json &cancellation : messages) {
        if (toneOf(cancellation) != Tone::Cancellation) {
            continue;
        }
        for (const json &progress : messages) {
            if (toneOf(progress) != Tone::Progress ||
                text(progress, "orderId") != text(cancellation, "orderId")) {
                continue;
            }
            const long long apart =
                seconds(text(progress, "sentAt")) - seconds(text(cancellation, "sentAt"));
            if (apart <= 72 * kHour && apart >= -72 * kHour) {
                found.push_back(text(cancellation, "id") + " (" + text(cancellation, "template") +
                                ") and " + text(progress, "id") + " (" +
                                text(progress, "template") + ") contradict each other within " +
                                "72 h about " + text(cancellation, "orderId"));
            }
        }
    }
    return found;
}

std::vector<std::string> brokenPromisedWindows(const json &document, long long now)
{
    std::vector<std::string> found;
    for (const json &shipment : section(document, "shipments")) {
        const std::string id = text(shipment, "id");
        const std::string status = text(shipment, "status");
        const json window = shipment.value("promisedWindow", json());
        if (status == "cancelled") {
            continue;
        }
        if (!window.is_object()) {
            found.push_back(id + " (" + status + ") has no promised window");
            continue;
        }
        const long long to = seconds(text(window, "to"));
        if (status == "delivered") {
            const auto delivered = firstEventTime(shipment, "delivered");
            if (!delivered) {
                found.push_back(id + " is delivered without a delivered event");
            } else if (seconds(*delivered) > to) {
                found.push_back(id + " was delivered at " + *delivered + ", after its window " +
                                "ended at " + text(window, "to"));
            }
        } else if (to <= now) {
            found.push_back(id + " (" + status + ") was promised until " + text(window, "to") +
                            " and is still not delivered");
        }
    }
    return found;
}

// Order status, shipment status, history and tracking events tell the same story.
std::vector<std::string> statusMismatches(const json &document)
{
    static const std::map<std::string, std::set<std::string>> shipmentStatuses{
        {"placed", {"created"}},
        {"dispatched", {"dispatched", "in_transit", "out_for_delivery"}},
        {"delivered", {"delivered"}},
        {"cancelled", {"cancelled"}}};
    std::vector<std::string> found;
    for (const json &order : section(document, "orders")) {
        const std::string orderId = text(order, "id");
        const std::string status = text(order, "status");
        const auto shipments = recordsOfOrder(document, "shipments", orderId);
        if (shipments.empty()) {
            found.push_back(orderId + " has no shipment");
        }
        std::map<std::string, long long> shipped;
        for (const json *shipment : shipments) {
            const std::string shipmentStatus = text(*shipment, "status");
            const auto allowed = shipmentStatuses.find(status);
            if (allowed == shipmentStatuses.end() || !allowed->second.count(shipmentStatus)) {
                found.push_back(orderId + " is " + status + " but shipment " +
                                text(*shipment, "id") + " is " + shipmentStatus);
            }
            const json &events = section(*shipment, "events");
            if (events.empty() || text(events.back(), "status") != shipmentStatus) {
                found.push_back(text(*shipment, "id") + " is " + shipmentStatus +
                                " but its last tracking event says otherwise");
            }
            for (const json &line : section(*shipment, "lines")) {
                shipped[text(line, "lineId")] += integer(line, "quantity");
            }
        }
        for (const json &line : section(order, "lines")) {
            if (shipped[text(line, "lineId")] != integer(line, "quantity")) {
                found.push_back(orderId + " line " + text(line, "lineId") + " is ordered " +
                                std::to_string(integer(line, "quantity")) + " times but shipped " +
                                std::to_string(shipped[text(line, "lineId")]) + " times");
            }
        }
        const json &history = section(order, "history");
        if (history.empty() || text(history.front(), "status") != "placed" ||
            text(history.back(), "status") != status) {
            found.push_back(orderId + " history does not go from placed to " + status);
        }
    }
    return found;
}

std::string joined(const std::vector<std::string> &lines)
{
    std::string result;
    for (const std::string &line : lines) {
        result += "\n  " + line;
    }
    return result;
}

// ---------------------------------------------------------------------------------------------

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

TEST(DemoScenarioData, IdsAreUniqueAcrossFiles)
{
    std::map<std::string, std::string> owner;
    std::map<std::string, std::string> trackingOwner;
    std::map<std::string, json> pickupPoints;
    std::vector<std::string> problems;
    const auto claim = [&](std::map<std::string, std::string> &registry, const std::string &key,
                           const std::string &where) {
        const auto [it, inserted] = registry.emplace(key, where);
        if (!inserted) {
            problems.push_back(key + " is used in " + it->second + " and in " + where);
        }
    };
    for (const DemoFile &file : demoFiles()) {
        claim(owner, "scenario " + text(file.document, "id"), file.name);
        for (const char *name : kSections) {
            for (const json &record : section(file.document, name)) {
                claim(owner, text(record, "id"), file.name);
            }
        }
        for (const json &behaviour : section(file.document, "behaviours")) {
            claim(owner, "behaviour " + text(behaviour, "id"), file.name);
        }
        for (const json &shipment : section(file.document, "shipments")) {
            claim(trackingOwner, text(shipment, "trackingNumber"),
                  file.name + " " + text(shipment, "id"));
            const json offers = shipment.value("offers", json::object());
            for (const json &point : section(offers, "pickupPoints")) {
                const auto [it, inserted] = pickupPoints.emplace(text(point, "id"), point);
                if (!inserted && it->second != point) {
                    problems.push_back("pickup point " + text(point, "id") +
                                       " is described in two different ways");
                }
            }
        }
        for (const json &returned : section(file.document, "returns")) {
            const std::string tracking =
                text(returned.value("label", json::object()), "trackingNumber");
            if (!tracking.empty()) {
                claim(trackingOwner, tracking, file.name + " " + text(returned, "id"));
            }
        }
    }
    EXPECT_TRUE(problems.empty()) << joined(problems);
}

TEST(DemoScenarioData, EveryReferenceResolvesWithinItsFile)
{
    std::vector<std::string> problems;
    for (const DemoFile &file : demoFiles()) {
        const json &d = file.document;
        const auto problem = [&](const std::string &what) {
            problems.push_back(file.name + ": " + what);
        };
        for (const json &order : section(d, "orders")) {
            const std::string id = text(order, "id");
            if (!findById(d, "customers", text(order, "customerId"))) {
                problem(id + " belongs to unknown customer " + text(order, "customerId"));
            }
            const std::string original = text(order, "replacementFor");
            if (!original.empty() && !findById(d, "orders", original)) {
                problem(id + " replaces unknown order " + original);
            }
            std::set<std::string> lineIds;
            for (const json &line : section(order, "lines")) {
                if (!lineIds.insert(text(line, "lineId")).second) {
                    problem(id + " repeats line " + text(line, "lineId"));
                }
            }
        }
        // Shipments, refunds and returns point at an order and at lines of that order.
        for (const char *name : {"shipments", "refunds", "returns"}) {
            for (const json &record : section(d, name)) {
                const std::string id = text(record, "id");
                const json *order = findById(d, "orders", text(record, "orderId"));
                if (!order) {
                    problem(id + " refers to unknown order " + text(record, "orderId"));
                    continue;
                }
                for (const json &line : section(record, "lines")) {
                    const json *ordered = orderLine(*order, text(line, "lineId"));
                    if (!ordered) {
                        problem(id + " refers to unknown line " + text(line, "lineId"));
                    } else if (integer(line, "quantity") > integer(*ordered, "quantity")) {
                        problem(id + " has more of line " + text(line, "lineId") +
                                " than was ordered");
                    }
                }
            }
        }
        for (const json &message : section(d, "messages")) {
            const std::string id = text(message, "id");
            const json *customer = findById(d, "customers", text(message, "customerId"));
            if (!customer) {
                problem(id + " is for unknown customer " + text(message, "customerId"));
                continue;
            }
            if (text(message, "language") != text(*customer, "language")) {
                problem(id + " is not in the customer's language");
            }
            const std::string orderId = text(message, "orderId");
            if (orderId.empty()) {
                continue;
            }
            const json *order = findById(d, "orders", orderId);
            if (!order) {
                problem(id + " is about unknown order " + orderId);
            } else if (text(*order, "customerId") != text(message, "customerId")) {
                problem(id + " goes to another customer than the owner of " + orderId);
            }
        }
    }
    EXPECT_TRUE(problems.empty()) << joined(problems);
}

TEST(DemoScenarioData, MoneyAddsUp)
{
    std::vector<std::string> problems;
    for (const DemoFile &file : demoFiles()) {
        const json &d = file.document;
        for (const json &order : section(d, "orders")) {
            const std::string id = text(order, "id");
            long long total = 0;
            for (const json &line : section(order, "lines")) {
                total += integer(line, "quantity") * integer(line, "unitPrice");
            }
            if (total != integer(order, "total")) {
                problems.push_back(file.name + ": " + id + " total " +
                                   std::to_string(integer(order, "total")) + " but lines sum to " +
                                   std::to_string(total));
            }
            const bool replacement = !text(order, "replacementFor").empty();
            const long long expectedPaid = replacement ? 0 : total;
            if (integer(order, "paid") != expectedPaid) {
                problems.push_back(file.name + ": " + id + " paid " +
                                   std::to_string(integer(order, "paid")) + ", expected " +
                                   std::to_string(expectedPaid));
            }
            long long refunded = 0;
            for (const json *refund : recordsOfOrder(d, "refunds", id)) {
                refunded += integer(*refund, "amount");
                if (text(*refund, "currency") != text(order, "currency")) {
                    problems.push_back(file.name + ": " + text(*refund, "id") +
                                       " is in another currency than " + id);
                }
                long long linesValue = 0;
                for (const auto &[lineId, quantity] : refundedLines(*refund, order)) {
                    if (const json *line = orderLine(order, lineId)) {
                        linesValue += quantity * integer(*line, "unitPrice");
                    }
                }
                if (integer(*refund, "amount") > linesValue) {
                    problems.push_back(file.name + ": " + text(*refund, "id") +
                                       " refunds more than its lines are worth");
                }
            }
            if (refunded > integer(order, "paid")) {
                problems.push_back(file.name + ": " + id + " is refunded " +
                                   std::to_string(refunded) + ", more than the " +
                                   std::to_string(integer(order, "paid")) + " paid");
            }
        }
    }
    EXPECT_TRUE(problems.empty()) << joined(problems);
}

TEST(DemoScenarioData, TimesAreOrderedAndNotInTheFuture)
{
    std::vector<std::string> problems;
    const auto past = [&](const std::string &where, const std::string &time) {
        if (!epochSeconds(time)) {
            problems.push_back(where + ": '" + time + "' is not a scenario time");
        } else if (seconds(time) > asOf()) {
            problems.push_back(where + ": " + time + " is after asOf");
        }
    };
    const auto chronological = [&](const std::string &where, const json &entries) {
        for (std::size_t i = 1; i < entries.size(); ++i) {
            if (seconds(text(entries[i], "at")) < seconds(text(entries[i - 1], "at"))) {
                problems.push_back(where + ": entry " + std::to_string(i) + " goes back in time");
            }
        }
    };
    for (const DemoFile &file : demoFiles()) {
        const json &d = file.document;
        for (const json &order : section(d, "orders")) {
            const std::string where = file.name + " " + text(order, "id");
            past(where, text(order, "placedAt"));
            for (const json &entry : section(order, "history")) {
                past(where + " history", text(entry, "at"));
                if (seconds(text(entry, "at")) < seconds(text(order, "placedAt"))) {
                    problems.push_back(where + ": history before the order was placed");
                }
            }
            chronological(where + " history", section(order, "history"));
        }
        for (const json &shipment : section(d, "shipments")) {
            const std::string where = file.name + " " + text(shipment, "id");
            for (const json &event : section(shipment, "events")) {
                past(where + " event", text(event, "at"));
            }
            chronological(where + " events", section(shipment, "events"));
            const json window = shipment.value("promisedWindow", json());
            if (window.is_object() &&
                seconds(text(window, "from")) >= seconds(text(window, "to"))) {
                problems.push_back(where + ": promised window ends before it starts");
            }
        }
        for (const char *name : {"refunds", "returns"}) {
            for (const json &record : section(d, name)) {
                past(file.name + " " + text(record, "id"), text(record, "createdAt"));
            }
        }
        for (const json &message : section(d, "messages")) {
            past(file.name + " " + text(message, "id"), text(message, "sentAt"));
        }
    }
    EXPECT_TRUE(problems.empty()) << joined(problems);
}

TEST(DemoScenarioData, ReturnsAreOnlyForDeliveredLines)
{
    std::vector<std::string> problems;
    for (const DemoFile &file : demoFiles()) {
        const json &d = file.document;
        for (const json &returned : section(d, "returns")) {
            const std::string orderId = text(returned, "orderId");
            for (const json &line : section(returned, "lines")) {
                bool delivered = false;
                for (const json *shipment : recordsOfOrder(d, "shipments", orderId)) {
                    const auto at = firstEventTime(*shipment, "delivered");
                    const bool hasLine = std::any_of(
                        section(*shipment, "lines").begin(), section(*shipment, "lines").end(),
                        [&](const json &s) { return text(s, "lineId") == text(line, "lineId"); });
                    if (hasLine && text(*shipment, "status") == "delivered" && at &&
                        *at <= text(returned, "createdAt")) {
                        delivered = true;
                    }
                }
                if (!delivered) {
                    problems.push_back(file.name + ": " + text(returned, "id") + " returns line " +
                                       text(line, "lineId") + " before it was delivered");
                }
            }
        }
    }
    EXPECT_TRUE(problems.empty()) << joined(problems);
}

// ---------------------------------------------------------------------------------------------
// The ordinary customers: plenty of them, and nothing contradicts anything.

TEST(DemoScenarioData, OrdinaryCustomersHaveNoContradictions)
{
    const json *ordinary = demoDocument("ordinary.json");
    ASSERT_NE(ordinary, nullptr);
    EXPECT_TRUE(cancelledButShipped(*ordinary).empty()) << joined(cancelledButShipped(*ordinary));
    EXPECT_TRUE(refundsWithoutReturn(*ordinary).empty()) << joined(refundsWithoutReturn(*ordinary));
    EXPECT_TRUE(labelPromisedWithoutReturn(*ordinary).empty())
        << joined(labelPromisedWithoutReturn(*ordinary));
    EXPECT_TRUE(replacementAndFullRefund(*ordinary).empty())
        << joined(replacementAndFullRefund(*ordinary));
    EXPECT_TRUE(contradictingMessages(*ordinary).empty())
        << joined(contradictingMessages(*ordinary));
    EXPECT_TRUE(brokenPromisedWindows(*ordinary, latestNow()).empty())
        << joined(brokenPromisedWindows(*ordinary, latestNow()));
    EXPECT_TRUE(statusMismatches(*ordinary).empty()) << joined(statusMismatches(*ordinary));
}

TEST(DemoScenarioData, OrdinaryCancellationsAreRefundedAndAnnounced)
{
    const json *ordinary = demoDocument("ordinary.json");
    ASSERT_NE(ordinary, nullptr);
    int cancelled = 0;
    for (const json &order : section(*ordinary, "orders")) {
        if (text(order, "status") != "cancelled") {
            continue;
        }
        ++cancelled;
        const std::string id = text(order, "id");
        const std::string cancelledAt = text(section(order, "history").back(), "at");
        long long refunded = 0;
        for (const json *refund : recordsOfOrder(*ordinary, "refunds", id)) {
            refunded += integer(*refund, "amount");
            EXPECT_GE(text(*refund, "createdAt"), cancelledAt) << id << " refunded before cancel";
        }
        EXPECT_EQ(refunded, integer(order, "paid")) << id << " is not refunded in full";
        const auto messages = recordsOfOrder(*ordinary, "messages", id);
        EXPECT_TRUE(std::any_of(messages.begin(), messages.end(),
                                [&](const json *message) {
                                    return text(*message, "template") == "order-cancelled" &&
                                           text(*message, "sentAt") >= cancelledAt;
                                }))
            << id << " has no cancellation message";
    }
    EXPECT_GE(cancelled, 3);
}

TEST(DemoScenarioData, OrdinaryMessagesAreEverydayOnes)
{
    const json *ordinary = demoDocument("ordinary.json");
    ASSERT_NE(ordinary, nullptr);
    static const std::set<std::string> templates{
        "order-confirmation", "shipping-confirmation", "out-for-delivery", "delivery-confirmation",
        "return-authorized",  "refund-issued",         "order-cancelled"};
    std::set<std::string> confirmed;
    for (const json &message : section(*ordinary, "messages")) {
        EXPECT_TRUE(templates.count(text(message, "template")))
            << text(message, "id") << " uses template '" << text(message, "template") << "'";
        EXPECT_FALSE(text(message, "body").empty()) << text(message, "id");
        if (text(message, "channel") == "email") {
            EXPECT_FALSE(text(message, "subject").empty()) << text(message, "id");
        }
        if (text(message, "template") == "order-confirmation") {
            confirmed.insert(text(message, "orderId"));
        }
    }
    for (const json &order : section(*ordinary, "orders")) {
        EXPECT_TRUE(confirmed.count(text(order, "id"))) << text(order, "id") << " unconfirmed";
    }
}

TEST(DemoScenarioData, OrdinaryDataIsVaried)
{
    const json *ordinary = demoDocument("ordinary.json");
    ASSERT_NE(ordinary, nullptr);
    EXPECT_GE(section(*ordinary, "orders").size(), 30u);

    std::set<std::string> languages;
    std::set<std::string> withOrders;
    for (const json &order : section(*ordinary, "orders")) {
        withOrders.insert(text(order, "customerId"));
    }
    for (const json &customer : section(*ordinary, "customers")) {
        languages.insert(text(customer, "language"));
        EXPECT_TRUE(withOrders.count(text(customer, "id"))) << text(customer, "id") << " idle";
    }
    EXPECT_GE(languages.size(), 5u);

    std::map<std::string, int> orderStatuses;
    for (const json &order : section(*ordinary, "orders")) {
        ++orderStatuses[text(order, "status")];
    }
    for (const char *status : {"placed", "dispatched", "delivered", "cancelled"}) {
        EXPECT_GE(orderStatuses[status], 3) << "too few " << status << " orders";
    }

    int openReturns = 0;
    int refundedReturns = 0;
    for (const json &returned : section(*ordinary, "returns")) {
        const bool refunded =
            !recordsOfOrder(*ordinary, "refunds", text(returned, "orderId")).empty();
        if (text(returned, "status") == "received" && refunded) {
            ++refundedReturns;
        } else if (text(returned, "status") != "received" && !refunded) {
            ++openReturns;
        }
    }
    EXPECT_GE(openReturns, 3);
    EXPECT_GE(refundedReturns, 3);

    std::set<std::string> carriers;
    bool evening = false;
    bool saturday = false;
    bool pickup = false;
    std::set<std::string> shipmentStatuses;
    for (const json &shipment : section(*ordinary, "shipments")) {
        carriers.insert(text(shipment, "carrier"));
        shipmentStatuses.insert(text(shipment, "status"));
        const json offers = shipment.value("offers", json::object());
        const bool open =
            text(shipment, "status") != "delivered" && text(shipment, "status") != "cancelled";
        evening = evening || (open && offers.value("evening", false));
        saturday = saturday || (open && offers.value("saturday", false));
        pickup = pickup || (open && !section(offers, "pickupPoints").empty());
    }
    for (const char *carrier :
         {"BRT", "GLS", "DHL", "DPD", "Correos", "Colissimo", "Royal Mail", "Poste Italiane"}) {
        EXPECT_TRUE(carriers.count(carrier)) << "no shipment with " << carrier;
    }
    for (const char *status : {"created", "dispatched", "in_transit"}) {
        EXPECT_TRUE(shipmentStatuses.count(status)) << "no shipment " << status;
    }
    EXPECT_TRUE(evening) << "no open shipment offers evening slots";
    EXPECT_TRUE(saturday) << "no open shipment offers Saturday slots";
    EXPECT_TRUE(pickup) << "no open shipment offers pickup points";
}

// ---------------------------------------------------------------------------------------------
// The stories.

TEST(DemoScenarioData, TheSpecialRecordsExist)
{
    std::set<std::string> orders;
    std::set<std::string> customers;
    for (const DemoFile &file : demoFiles()) {
        for (const json &order : section(file.document, "orders")) {
            orders.insert(text(order, "id"));
        }
        for (const json &customer : section(file.document, "customers")) {
            customers.insert(text(customer, "id"));
        }
    }
    for (const char *id : {"ORD-1001", "ORD-1001-R1", "ORD-2001", "ORD-3001"}) {
        EXPECT_TRUE(orders.count(id)) << id;
    }
    for (const char *id : {"CUS-1001", "CUS-1002", "CUS-1003", "CUS-1005"}) {
        EXPECT_TRUE(customers.count(id)) << id;
    }
}

TEST(DemoScenarioData, StilettosStoryIsTold)
{
    const json *d = demoDocument("stilettos.json");
    ASSERT_NE(d, nullptr);
    const json *original = findById(*d, "orders", "ORD-1001");
    const json *replacement = findById(*d, "orders", "ORD-1001-R1");
    ASSERT_TRUE(original && replacement);

    // Overalls ordered, stilettos reported.
    EXPECT_EQ(text(*original, "status"), "delivered");
    EXPECT_TRUE(contains(section(*original, "lines").dump(), "overalls"));
    EXPECT_TRUE(std::any_of(
        section(*original, "history").begin(), section(*original, "history").end(),
        [](const json &entry) { return contains(text(entry, "note"), "blue stilettos"); }));

    // Replacement on day D, cancelled by payments the next day.
    EXPECT_EQ(text(*replacement, "replacementFor"), "ORD-1001");
    EXPECT_EQ(integer(*replacement, "paid"), 0);
    EXPECT_EQ(text(*replacement, "status"), "cancelled");
    const json &history = section(*replacement, "history");
    ASSERT_EQ(history.size(), 2u);
    EXPECT_EQ(text(history[0], "status"), "placed");
    EXPECT_EQ(text(history[1], "status"), "cancelled");
    EXPECT_EQ(text(history[1], "system"), "payments");
    const long long dayD = seconds(text(*replacement, "placedAt"));
    const long long cancelledAt = seconds(text(history[1], "at"));
    EXPECT_GT(cancelledAt - dayD, 12 * kHour);
    EXPECT_LT(cancelledAt - dayD, 36 * kHour);

    // Full refund by finance, no return label ever.
    const auto refunds = recordsOfOrder(*d, "refunds", "ORD-1001");
    ASSERT_EQ(refunds.size(), 1u);
    EXPECT_EQ(text(*refunds[0], "issuedBy"), "finance");
    EXPECT_EQ(integer(*refunds[0], "amount"), integer(*original, "paid"));
    EXPECT_TRUE(section(*d, "returns").empty());

    // Two days later the cancelled replacement ships and arrives anyway.
    const auto shipments = recordsOfOrder(*d, "shipments", "ORD-1001-R1");
    ASSERT_EQ(shipments.size(), 1u);
    EXPECT_EQ(text(*shipments[0], "status"), "delivered");
    const auto dispatched = firstEventTime(*shipments[0], "dispatched");
    ASSERT_TRUE(dispatched.has_value());
    EXPECT_GE(seconds(*dispatched) - cancelledAt, 44 * kHour);
    EXPECT_LE(seconds(*dispatched) - cancelledAt, 60 * kHour);

    // The messages the customer got: the promise, the cancellation, the shipping notice.
    std::vector<std::string> templates;
    for (const json *message : recordsOfOrder(*d, "messages", "ORD-1001-R1")) {
        templates.push_back(text(*message, "template"));
        EXPECT_EQ(text(*message, "language"), "it");
    }
    EXPECT_EQ(templates,
              (std::vector<std::string>{"replacement-confirmation", "replacement-cancelled",
                                        "shipping-confirmation"}));

    // Every contradiction the console must detect is really in the data.
    EXPECT_FALSE(cancelledButShipped(*d).empty());
    EXPECT_FALSE(refundsWithoutReturn(*d).empty());
    EXPECT_FALSE(labelPromisedWithoutReturn(*d).empty());
    EXPECT_FALSE(replacementAndFullRefund(*d).empty());
    EXPECT_FALSE(contradictingMessages(*d).empty());
}

TEST(DemoScenarioData, VacuumStoryIsTold)
{
    const json *d = demoDocument("vacuum.json");
    ASSERT_NE(d, nullptr);
    const json *order = findById(*d, "orders", "ORD-2001");
    ASSERT_NE(order, nullptr);
    EXPECT_EQ(text(*order, "status"), "dispatched") << "cancel must be refused while on the way";
    const json *customer = findById(*d, "customers", text(*order, "customerId"));
    ASSERT_NE(customer, nullptr);
    EXPECT_EQ(text(*customer, "language"), "es");

    const auto shipments = recordsOfOrder(*d, "shipments", "ORD-2001");
    ASSERT_EQ(shipments.size(), 1u);
    const json &shipment = *shipments[0];
    EXPECT_EQ(text(shipment, "status"), "in_transit");
    EXPECT_GT(seconds(text(shipment.value("promisedWindow", json::object()), "from")), latestNow());
    const json offers = shipment.value("offers", json::object());
    EXPECT_FALSE(offers.value("evening", true));
    EXPECT_FALSE(offers.value("saturday", true));
    const json &points = section(offers, "pickupPoints");
    EXPECT_TRUE(std::any_of(points.begin(), points.end(), [](const json &point) {
        return text(point, "kind") == "post-office" && contains(text(point, "name"), "Correos");
    }));

    const auto messages = recordsOfOrder(*d, "messages", "ORD-2001");
    EXPECT_TRUE(std::any_of(messages.begin(), messages.end(), [](const json *message) {
        return text(*message, "channel") == "sms" && text(*message, "system") == "delivery";
    }));
    EXPECT_TRUE(brokenPromisedWindows(*d, latestNow()).empty());
    EXPECT_TRUE(contradictingMessages(*d).empty());
}

TEST(DemoScenarioData, FurnitureStoryIsTold)
{
    const json *d = demoDocument("furniture.json");
    ASSERT_NE(d, nullptr);
    const json *order = findById(*d, "orders", "ORD-3001");
    ASSERT_NE(order, nullptr);
    EXPECT_EQ(text(*order, "channel"), "store");
    EXPECT_GE(section(*d, "customers").size(), 2u) << "a couple";
    for (const json &entry : section(*order, "history")) {
        EXPECT_FALSE(contains(text(entry, "note"), "cancel"))
            << "the store's file must not know about the cancellation";
    }

    const auto shipments = recordsOfOrder(*d, "shipments", "ORD-3001");
    ASSERT_EQ(shipments.size(), 1u);
    const json &shipment = *shipments[0];
    EXPECT_NE(text(shipment, "status"), "delivered");
    EXPECT_FALSE(firstEventTime(shipment, "delivered").has_value());
    const json window = shipment.value("promisedWindow", json::object());
    EXPECT_LT(seconds(text(window, "to")), asOf());
    const json &events = section(shipment, "events");
    EXPECT_TRUE(std::any_of(events.begin(), events.end(), [&](const json &event) {
        return contains(text(event, "description"), "cancelled by logistics") &&
               seconds(text(event, "at")) < seconds(text(window, "from"));
    }));

    const auto messages = recordsOfOrder(*d, "messages", "ORD-3001");
    EXPECT_TRUE(std::any_of(messages.begin(), messages.end(), [](const json *message) {
        return text(*message, "system") == "delivery" &&
               text(*message, "template") == "logistics-refer-to-retailer";
    }));
    EXPECT_FALSE(brokenPromisedWindows(*d, asOf()).empty());
}

TEST(DemoScenarioData, ResellerCustomerHasNoOrder)
{
    const json *d = demoDocument("reseller.json");
    ASSERT_NE(d, nullptr);
    ASSERT_EQ(section(*d, "customers").size(), 1u);
    const json &customer = section(*d, "customers")[0];
    EXPECT_FALSE(text(customer, "name").empty());
    EXPECT_FALSE(text(customer, "email").empty());
    EXPECT_FALSE(text(customer, "phone").empty());
    const std::string id = text(customer, "id");
    for (const DemoFile &file : demoFiles()) {
        for (const json &order : section(file.document, "orders")) {
            EXPECT_NE(text(order, "customerId"), id) << file.name << " " << text(order, "id");
        }
    }
}

} // namespace
