#pragma once

#include "backoffice/MappingError.h"

#include <QDateTime>
#include <cstddef>
#include <initializer_list>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace caseline {

// Reads the members of one JSON object of a back-office body, checking each value's presence
// and type before touching it, so no nlohmann exception can escape and every failure is a
// MappingError naming the member by its full path from the body root.
//
// The API distinguishes three kinds of member, and so do the accessors:
// required (present, not null), required but nullable (present, may be null) and optional
// (may be absent or null). Unknown members are never looked at.
class JsonReader
{
public:
    // The value must be an object; path is "" for the body itself, else e.g. "items[1].address".
    // The reader refers to value, which must outlive it.
    JsonReader(const nlohmann::json &value, std::string path);

    const std::string &path() const { return m_path; }
    // The path of one of this object's members: "" + "id" -> "id", "items[0]" + "id" ->
    // "items[0].id".
    std::string pathOf(const std::string &key) const;

    std::string requiredString(const std::string &key) const;
    // Present (the API requires it) but possibly null: std::nullopt for null.
    std::optional<std::string> nullableString(const std::string &key) const;
    // Absent or null: std::nullopt.
    std::optional<std::string> optionalString(const std::string &key) const;

    // Money and quantities are integer minor units: a float or a string is an error, as is a
    // value below the API's minimum.
    long long requiredInteger(const std::string &key,
                              long long minimum = std::numeric_limits<long long>::min()) const;

    // An RFC 3339 time, returned in UTC.
    QDateTime requiredTime(const std::string &key) const;

    // A string that parse (e.g. orderStatusFromString) must recognise.
    template<typename Value>
    Value requiredEnum(const std::string &key,
                       std::optional<Value> (*parse)(const std::string &)) const
    {
        const std::string text = requiredString(key);
        if (const std::optional<Value> value = parse(text)) {
            return *value;
        }
        failUnknown(key, text);
    }
    // A string that must be one of values.
    std::string requiredOneOf(const std::string &key,
                              std::initializer_list<std::string_view> values) const;

    JsonReader object(const std::string &key) const;
    // Present (the API requires it) but possibly null: std::nullopt for null.
    std::optional<JsonReader> nullableObject(const std::string &key) const;

    // A required array of strings.
    std::vector<std::string> strings(const std::string &key) const;

    // A required array of objects, each handed to read as a reader whose path is e.g.
    // "items[3]"; returns what read returns for each, in order.
    template<typename Read>
    auto mapObjects(const std::string &key, Read read) const
    {
        const nlohmann::json &elements = requiredArray(key);
        std::vector<std::invoke_result_t<Read, const JsonReader &>> mapped;
        mapped.reserve(elements.size());
        for (std::size_t index = 0; index < elements.size(); ++index) {
            mapped.push_back(read(JsonReader(elements[index], elementPath(key, index))));
        }
        return mapped;
    }

private:
    // nullptr when absent.
    const nlohmann::json *find(const std::string &key) const;
    // Absent or null are errors.
    const nlohmann::json &required(const std::string &key) const;
    // Absent is an error; nullptr when null.
    const nlohmann::json *nullable(const std::string &key) const;
    const nlohmann::json &requiredArray(const std::string &key) const;
    std::string elementPath(const std::string &key, std::size_t index) const;

    [[noreturn]] void fail(const std::string &key, const std::string &problem) const;
    [[noreturn]] void failUnknown(const std::string &key, const std::string &value) const;

    const nlohmann::json *m_value;
    std::string m_path;
};

// A body that is one resource, read by read at the root.
template<typename Read>
auto readBody(const nlohmann::json &body, Read read)
{
    return read(JsonReader(body, {}));
}

// A list body, {"items": [...]}, each item read by read; paths start with "items[i]".
template<typename Read>
auto readItems(const nlohmann::json &body, Read read)
{
    return JsonReader(body, {}).mapObjects("items", read);
}

} // namespace caseline
