#include "backoffice/JsonReader.h"

#include "domain/Rfc3339.h"

#include <algorithm>
#include <utility>

namespace caseline {

namespace {

// Values are quoted in messages; a runaway value must not turn a message into a page.
std::string quoted(const std::string &value)
{
    constexpr std::size_t limit = 40;
    if (value.size() <= limit) {
        return "'" + value + "'";
    }
    return "'" + value.substr(0, limit) + "...'";
}

std::string stringValue(const nlohmann::json &value, const std::string &path)
{
    if (!value.is_string()) {
        throw MappingError(path, "must be a string");
    }
    return value.get<std::string>();
}

} // namespace

JsonReader::JsonReader(const nlohmann::json &value, std::string path)
    : m_value(&value)
    , m_path(std::move(path))
{
    if (!value.is_object()) {
        throw MappingError(m_path, "must be an object");
    }
}

std::string JsonReader::pathOf(const std::string &key) const
{
    return m_path.empty() ? key : m_path + "." + key;
}

std::string JsonReader::requiredString(const std::string &key) const
{
    return stringValue(required(key), pathOf(key));
}

std::optional<std::string> JsonReader::nullableString(const std::string &key) const
{
    const nlohmann::json *value = nullable(key);
    if (value == nullptr) {
        return std::nullopt;
    }
    return stringValue(*value, pathOf(key));
}

std::optional<std::string> JsonReader::optionalString(const std::string &key) const
{
    const nlohmann::json *value = find(key);
    if (value == nullptr || value->is_null()) {
        return std::nullopt;
    }
    return stringValue(*value, pathOf(key));
}

long long JsonReader::requiredInteger(const std::string &key, long long minimum) const
{
    const nlohmann::json &value = required(key);
    if (!value.is_number_integer()) {
        fail(key, "must be an integer");
    }
    // Unsigned values above the signed range would wrap on conversion.
    if (value.is_number_unsigned() &&
        value.get<unsigned long long>() >
            static_cast<unsigned long long>(std::numeric_limits<long long>::max())) {
        fail(key, "is out of range");
    }
    const long long number = value.get<long long>();
    if (number < minimum) {
        fail(key, "must be at least " + std::to_string(minimum));
    }
    return number;
}

QDateTime JsonReader::requiredTime(const std::string &key) const
{
    const std::optional<QDateTime> time = Rfc3339::parse(requiredString(key));
    if (!time) {
        fail(key, "must be an RFC 3339 time");
    }
    return *time;
}

std::string JsonReader::requiredOneOf(const std::string &key,
                                      std::initializer_list<std::string_view> values) const
{
    std::string text = requiredString(key);
    if (std::find(values.begin(), values.end(), text) == values.end()) {
        failUnknown(key, text);
    }
    return text;
}

JsonReader JsonReader::object(const std::string &key) const
{
    return JsonReader(required(key), pathOf(key));
}

std::optional<JsonReader> JsonReader::nullableObject(const std::string &key) const
{
    const nlohmann::json *value = nullable(key);
    if (value == nullptr) {
        return std::nullopt;
    }
    return JsonReader(*value, pathOf(key));
}

std::vector<std::string> JsonReader::strings(const std::string &key) const
{
    const nlohmann::json &elements = requiredArray(key);
    std::vector<std::string> texts;
    texts.reserve(elements.size());
    for (std::size_t index = 0; index < elements.size(); ++index) {
        texts.push_back(stringValue(elements[index], elementPath(key, index)));
    }
    return texts;
}

const nlohmann::json *JsonReader::find(const std::string &key) const
{
    const auto it = m_value->find(key);
    return it == m_value->end() ? nullptr : &*it;
}

const nlohmann::json &JsonReader::required(const std::string &key) const
{
    const nlohmann::json *value = nullable(key);
    if (value == nullptr) {
        fail(key, "must not be null");
    }
    return *value;
}

const nlohmann::json *JsonReader::nullable(const std::string &key) const
{
    const nlohmann::json *value = find(key);
    if (value == nullptr) {
        fail(key, "is missing");
    }
    return value->is_null() ? nullptr : value;
}

const nlohmann::json &JsonReader::requiredArray(const std::string &key) const
{
    const nlohmann::json &value = required(key);
    if (!value.is_array()) {
        fail(key, "must be an array");
    }
    return value;
}

std::string JsonReader::elementPath(const std::string &key, std::size_t index) const
{
    return pathOf(key) + "[" + std::to_string(index) + "]";
}

void JsonReader::fail(const std::string &key, const std::string &problem) const
{
    throw MappingError(pathOf(key), problem);
}

void JsonReader::failUnknown(const std::string &key, const std::string &value) const
{
    fail(key, "has an unknown value " + quoted(value));
}

} // namespace caseline
