#include "JsonFields.h"

#include "ApiError.h"
#include "domain/Rfc3339.h"

#include <QRegularExpression>

namespace caseline::backoffice {

nlohmann::json JsonFields::parseObject(const std::string &body)
{
    nlohmann::json parsed = nlohmann::json::parse(body, nullptr, false);
    if (parsed.is_discarded()) {
        throw ApiError::validation("", "the request body is not valid JSON", 400);
    }
    if (!parsed.is_object()) {
        throw ApiError::validation("", "the request body must be a JSON object", 400);
    }
    return parsed;
}

JsonFields::JsonFields(const nlohmann::json &object, std::string prefix)
    : m_object(object)
    , m_prefix(std::move(prefix))
{
}

std::string JsonFields::path(const std::string &name) const
{
    return m_prefix.empty() ? name : m_prefix + "." + name;
}

const nlohmann::json *JsonFields::field(const std::string &name) const
{
    if (!m_object.is_object()) {
        return nullptr;
    }
    const auto it = m_object.find(name);
    if (it == m_object.end() || it->is_null()) {
        return nullptr;
    }
    return &*it;
}

bool JsonFields::has(const std::string &name) const
{
    return field(name) != nullptr;
}

std::string JsonFields::requiredString(const std::string &name, std::size_t maxLength) const
{
    const auto value = optionalString(name, maxLength);
    if (!value) {
        throw ApiError::validation(path(name), path(name) + " is required");
    }
    return *value;
}

std::optional<std::string> JsonFields::optionalString(const std::string &name,
                                                      std::size_t maxLength) const
{
    const nlohmann::json *value = field(name);
    if (!value) {
        return std::nullopt;
    }
    if (!value->is_string()) {
        throw ApiError::validation(path(name), path(name) + " must be a string");
    }
    const std::string text = value->get<std::string>();
    if (text.empty()) {
        throw ApiError::validation(path(name), path(name) + " must not be empty");
    }
    if (text.size() > maxLength) {
        throw ApiError::validation(path(name), path(name) + " is longer than " +
                                                   std::to_string(maxLength) + " characters");
    }
    return text;
}

long long JsonFields::requiredInteger(const std::string &name, long long minimum,
                                      long long maximum) const
{
    const auto value = optionalInteger(name, minimum, maximum);
    if (!value) {
        throw ApiError::validation(path(name), path(name) + " is required");
    }
    return *value;
}

std::optional<long long> JsonFields::optionalInteger(const std::string &name, long long minimum,
                                                     long long maximum) const
{
    const nlohmann::json *value = field(name);
    if (!value) {
        return std::nullopt;
    }
    // 12.0 or "12" would be silently coerced by a lenient reader; money must be exact.
    if (!value->is_number_integer()) {
        throw ApiError::validation(path(name), path(name) + " must be an integer");
    }
    if (value->is_number_unsigned() && value->get<unsigned long long>() >
                                           static_cast<unsigned long long>(maximum)) {
        throw ApiError::validation(path(name), path(name) + " must be at most " +
                                                   std::to_string(maximum));
    }
    const long long number = value->get<long long>();
    if (number < minimum || number > maximum) {
        throw ApiError::validation(path(name), path(name) + " must be between " +
                                                   std::to_string(minimum) + " and " +
                                                   std::to_string(maximum));
    }
    return number;
}

bool JsonFields::optionalBool(const std::string &name, bool fallback) const
{
    const nlohmann::json *value = field(name);
    if (!value) {
        return fallback;
    }
    if (!value->is_boolean()) {
        throw ApiError::validation(path(name), path(name) + " must be true or false");
    }
    return value->get<bool>();
}

double JsonFields::optionalNumber(const std::string &name, double minimum, double maximum,
                                  double fallback) const
{
    const nlohmann::json *value = field(name);
    if (!value) {
        return fallback;
    }
    if (!value->is_number()) {
        throw ApiError::validation(path(name), path(name) + " must be a number");
    }
    const double number = value->get<double>();
    if (number < minimum || number > maximum) {
        throw ApiError::validation(path(name), path(name) + " is out of range");
    }
    return number;
}

QDateTime JsonFields::requiredTime(const std::string &name) const
{
    const std::string text = requiredString(name, 64);
    const auto parsed = Rfc3339::parse(text);
    if (!parsed) {
        throw ApiError::validation(path(name),
                                   path(name) + " must be an RFC 3339 time such as "
                                                "2026-10-17T09:30:00Z");
    }
    return *parsed;
}

const nlohmann::json &JsonFields::requiredArray(const std::string &name,
                                                std::size_t minItems) const
{
    const nlohmann::json *value = optionalArray(name);
    if (!value) {
        throw ApiError::validation(path(name), path(name) + " is required");
    }
    if (value->size() < minItems) {
        throw ApiError::validation(path(name), path(name) + " must have at least " +
                                                   std::to_string(minItems) + " item(s)");
    }
    return *value;
}

const nlohmann::json *JsonFields::optionalArray(const std::string &name) const
{
    const nlohmann::json *value = field(name);
    if (value && !value->is_array()) {
        throw ApiError::validation(path(name), path(name) + " must be an array");
    }
    return value;
}

std::optional<std::string> JsonFields::optionalDepartment(const std::string &name) const
{
    const auto value = optionalString(name, 64);
    static const QRegularExpression shape(QStringLiteral("^[a-z][a-z-]{0,63}$"));
    if (value && !shape.match(QString::fromStdString(*value)).hasMatch()) {
        throw ApiError::validation(path(name), path(name) +
                                                   " must be a lower-case system or department "
                                                   "name such as finance or customer-service");
    }
    return value;
}

std::string JsonFields::requiredOneOf(const std::string &name,
                                      std::initializer_list<const char *> allowed) const
{
    const std::string value = requiredString(name, 64);
    std::string list;
    for (const char *candidate : allowed) {
        if (value == candidate) {
            return value;
        }
        list += list.empty() ? candidate : std::string(", ") + candidate;
    }
    throw ApiError::validation(path(name), path(name) + " must be one of: " + list);
}

} // namespace caseline::backoffice
