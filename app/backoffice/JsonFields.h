#pragma once

#include <QDateTime>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace caseline::backoffice {

// Reads fields of a request body with strict types. Every violation is an ApiError naming the
// field, raised before anything is written.
class JsonFields
{
public:
    // Parses a request body that must be one JSON object (400 otherwise).
    static nlohmann::json parseObject(const std::string &body);

    JsonFields(const nlohmann::json &object, std::string prefix = {});

    bool has(const std::string &name) const;
    std::string requiredString(const std::string &name, std::size_t maxLength = 500) const;
    std::optional<std::string> optionalString(const std::string &name,
                                              std::size_t maxLength = 500) const;
    long long requiredInteger(const std::string &name, long long minimum, long long maximum) const;
    std::optional<long long> optionalInteger(const std::string &name, long long minimum,
                                             long long maximum) const;
    bool optionalBool(const std::string &name, bool fallback) const;
    double optionalNumber(const std::string &name, double minimum, double maximum,
                          double fallback) const;
    QDateTime requiredTime(const std::string &name) const;
    const nlohmann::json &requiredArray(const std::string &name, std::size_t minItems) const;
    const nlohmann::json *optionalArray(const std::string &name) const;
    // A system or department name such as "finance" or "customer-service".
    std::optional<std::string> optionalDepartment(const std::string &name) const;
    std::string requiredOneOf(const std::string &name,
                              std::initializer_list<const char *> allowed) const;

    std::string path(const std::string &name) const;

private:
    const nlohmann::json *field(const std::string &name) const;

    const nlohmann::json &m_object;
    std::string m_prefix;
};

} // namespace caseline::backoffice
