#pragma once

// Reading the demo scenarios (resources/demo/) as raw JSON for the checks that keep their data
// correct: schema, references, money, times and the stories' facts. Judging them is the real
// watchdog's job (DemoScenarioFindingsTest); nothing here looks for contradictions.

#include "DemoScenarios.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace caseline::test::demo {

using nlohmann::json;
using DemoFile = DemoScenarios::File;

// Every demo scenario is written as of this instant; the server shifts it towards "now".
inline constexpr const char *kAsOf = "2026-10-20T12:00:00Z";
inline constexpr long long kHour = 3600;

inline constexpr const char *kSections[] = {"customers", "orders",  "shipments",
                                            "refunds",   "returns", "messages"};

inline const std::vector<DemoFile> &demoFiles()
{
    return DemoScenarios::all();
}

inline const json *demoDocument(const std::string &name)
{
    const DemoFile *file = DemoScenarios::find(name);
    return file ? &file->document : nullptr;
}

// The records of one section, or an empty list when the section is missing or malformed.
inline const json &section(const json &document, const char *name)
{
    static const json empty = json::array();
    if (!document.is_object()) {
        return empty;
    }
    const auto found = document.find(name);
    return found != document.end() && found->is_array() ? *found : empty;
}

inline std::string text(const json &object, const char *key)
{
    if (!object.is_object()) {
        return {};
    }
    const auto found = object.find(key);
    return found != object.end() && found->is_string() ? found->get<std::string>() : std::string();
}

inline long long integer(const json &object, const char *key)
{
    if (!object.is_object()) {
        return 0;
    }
    const auto found = object.find(key);
    return found != object.end() && found->is_number_integer() ? found->get<long long>() : 0;
}

inline const json *findById(const json &document, const char *name, const std::string &id)
{
    for (const json &record : section(document, name)) {
        if (text(record, "id") == id) {
            return &record;
        }
    }
    return nullptr;
}

inline std::vector<const json *> recordsOfOrder(const json &document, const char *name,
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

inline const json *orderLine(const json &order, const std::string &lineId)
{
    for (const json &line : section(order, "lines")) {
        if (text(line, "lineId") == lineId) {
            return &line;
        }
    }
    return nullptr;
}

// Seconds since the epoch of a scenario time ("2026-10-20T12:00:00Z"), if it is one.
inline std::optional<long long> epochSeconds(const std::string &time)
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

inline long long seconds(const std::string &time)
{
    return epochSeconds(time).value_or(0);
}

inline long long asOf()
{
    return seconds(kAsOf);
}

// The server shifts a scenario by whole days (rounded down), so the scenario's "now" can be
// anywhere from asOf to just before asOf + 24 h; promises still open must hold until then.
inline long long latestNow()
{
    return asOf() + 24 * kHour - 1;
}

inline std::string lowercase(std::string value)
{
    std::transform(value.begin(), value.end(), value.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return value;
}

inline bool contains(const std::string &haystack, const std::string &needle)
{
    return lowercase(haystack).find(lowercase(needle)) != std::string::npos;
}

inline std::optional<std::string> firstEventTime(const json &shipment, const std::string &status)
{
    for (const json &event : section(shipment, "events")) {
        if (text(event, "status") == status) {
            return text(event, "at");
        }
    }
    return std::nullopt;
}

// Lines a refund is about: its own lines, or every line of the order when it names none.
inline std::map<std::string, long long> refundedLines(const json &refund, const json &order)
{
    std::map<std::string, long long> lines;
    const json &named = section(refund, "lines");
    for (const json &line : named.empty() ? section(order, "lines") : named) {
        lines[text(line, "lineId")] += integer(line, "quantity");
    }
    return lines;
}

// Every shipment still to come has a promised window, and every delivered one came with a
// delivered scan inside its window. (A window that passed with nothing delivered is a finding,
// the watchdog's to raise.)
inline std::vector<std::string> promisedWindowProblems(const json &document)
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
        if (status != "delivered") {
            continue;
        }
        const auto delivered = firstEventTime(shipment, "delivered");
        if (!delivered) {
            found.push_back(id + " is delivered without a delivered event");
        } else if (seconds(*delivered) > seconds(text(window, "to"))) {
            found.push_back(id + " was delivered at " + *delivered + ", after its window " +
                            "ended at " + text(window, "to"));
        }
    }
    return found;
}

inline std::string joined(const std::vector<std::string> &lines)
{
    std::string result;
    for (const std::string &line : lines) {
        result += "\n  " + line;
    }
    return result;
}

} // namespace caseline::test::demo
