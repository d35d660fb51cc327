#include "JsonSchemaValidator.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <regex>
#include <utility>

namespace caseline::test {

namespace {

// Deep enough for any real document, shallow enough to stop a "$ref" that points at itself.
constexpr int maxDepth = 128;

bool isIdentifier(const std::string &key)
{
    if (key.empty() || std::isdigit(static_cast<unsigned char>(key.front()))) {
        return false;
    }
    return std::all_of(key.begin(), key.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$';
    });
}

std::string propertyPath(const std::string &path, const std::string &key)
{
    if (isIdentifier(key)) {
        return path + "." + key;
    }
    std::string quoted;
    for (char c : key) {
        if (c == '\'' || c == '\\') {
            quoted += '\\';
        }
        quoted += c;
    }
    return path + "['" + quoted + "']";
}

std::string indexPath(const std::string &path, std::size_t index)
{
    return path + "[" + std::to_string(index) + "]";
}

std::string typeName(const nlohmann::json &value)
{
    switch (value.type()) {
    case nlohmann::json::value_t::null:
        return "null";
    case nlohmann::json::value_t::boolean:
        return "boolean";
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
        return "integer";
    case nlohmann::json::value_t::number_float:
        return "number";
    case nlohmann::json::value_t::string:
        return "string";
    case nlohmann::json::value_t::array:
        return "array";
    case nlohmann::json::value_t::object:
        return "object";
    default:
        return "binary";
    }
}

bool hasType(const nlohmann::json &value, const std::string &type)
{
    if (type == "integer") {
        return value.is_number_integer();
    }
    if (type == "number") {
        return value.is_number();
    }
    if (type == "string") {
        return value.is_string();
    }
    if (type == "boolean") {
        return value.is_boolean();
    }
    if (type == "object") {
        return value.is_object();
    }
    if (type == "array") {
        return value.is_array();
    }
    if (type == "null") {
        return value.is_null();
    }
    return false;
}

// Short rendering of a value for messages, so a huge body never floods the output.
std::string brief(const nlohmann::json &value)
{
    std::string text = value.dump();
    if (text.size() > 80) {
        text = text.substr(0, 77) + "...";
    }
    return text;
}

// JSON Schema counts string length in characters (code points), not in UTF-8 bytes.
std::size_t codePoints(const std::string &text)
{
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

bool readDigits(const std::string &text, std::size_t &pos, std::size_t count, int &out)
{
    if (pos + count > text.size()) {
        return false;
    }
    out = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const char c = text[pos + i];
        if (!std::isdigit(static_cast<unsigned char>(c))) {
            return false;
        }
        out = out * 10 + (c - '0');
    }
    pos += count;
    return true;
}

bool expect(const std::string &text, std::size_t &pos, char c)
{
    if (pos < text.size() && text[pos] == c) {
        ++pos;
        return true;
    }
    return false;
}

int daysInMonth(int year, int month)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

// RFC 3339 date-time: 2026-10-17T09:30:00Z, 2026-10-17T11:30:00.250+02:00 (T and Z in any
// case; second 60 allowed for leap seconds).
bool isDateTime(const std::string &text)
{
    std::size_t pos = 0;
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!readDigits(text, pos, 4, year) || !expect(text, pos, '-') ||
        !readDigits(text, pos, 2, month) || !expect(text, pos, '-') ||
        !readDigits(text, pos, 2, day)) {
        return false;
    }
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
        return false;
    }
    if (!expect(text, pos, 'T') && !expect(text, pos, 't')) {
        return false;
    }
    if (!readDigits(text, pos, 2, hour) || !expect(text, pos, ':') ||
        !readDigits(text, pos, 2, minute) || !expect(text, pos, ':') ||
        !readDigits(text, pos, 2, second)) {
        return false;
    }
    if (hour > 23 || minute > 59 || second > 60) {
        return false;
    }
    if (expect(text, pos, '.')) {
        const std::size_t start = pos;
        while (pos < text.size() && std::isdigit(static_cast<unsigned char>(text[pos]))) {
            ++pos;
        }
        if (pos == start) {
            return false;
        }
    }
    if (expect(text, pos, 'Z') || expect(text, pos, 'z')) {
        return pos == text.size();
    }
    if (!expect(text, pos, '+') && !expect(text, pos, '-')) {
        return false;
    }
    int offsetHour = 0, offsetMinute = 0;
    if (!readDigits(text, pos, 2, offsetHour) || !expect(text, pos, ':') ||
        !readDigits(text, pos, 2, offsetMinute)) {
        return false;
    }
    return offsetHour <= 23 && offsetMinute <= 59 && pos == text.size();
}

std::string percentDecode(const std::string &text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size() &&
            std::isxdigit(static_cast<unsigned char>(text[i + 1])) &&
            std::isxdigit(static_cast<unsigned char>(text[i + 2]))) {
            out += static_cast<char>(std::stoi(text.substr(i + 1, 2), nullptr, 16));
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

std::string unescapePointerToken(const std::string &token)
{
    std::string out;
    for (std::size_t i = 0; i < token.size(); ++i) {
        if (token[i] == '~' && i + 1 < token.size() &&
            (token[i + 1] == '0' || token[i + 1] == '1')) {
            out += token[i + 1] == '0' ? '~' : '/';
            ++i;
        } else {
            out += token[i];
        }
    }
    return out;
}

std::string joinErrors(const std::vector<std::string> &errors)
{
    std::string text;
    for (const std::string &error : errors) {
        text += (text.empty() ? "" : "; ") + error;
    }
    return text;
}

} // namespace

JsonSchemaValidator::JsonSchemaValidator(nlohmann::json rootDocument)
    : m_root(std::move(rootDocument))
{
}

std::vector<std::string> JsonSchemaValidator::validate(const nlohmann::json &value,
                                                       const nlohmann::json &schema) const
{
    std::vector<std::string> errors;
    check(value, schema, "$", 0, errors);
    return errors;
}

std::vector<std::string> JsonSchemaValidator::validate(const nlohmann::json &value,
                                                       const std::string &refPointer) const
{
    const nlohmann::json *schema = resolve(refPointer);
    if (!schema) {
        return {"$: cannot resolve schema reference " + refPointer};
    }
    return validate(value, *schema);
}

const nlohmann::json *JsonSchemaValidator::resolve(const std::string &refPointer) const
{
    if (refPointer.empty() || refPointer.front() != '#') {
        return nullptr;
    }
    const std::string pointer = percentDecode(refPointer.substr(1));
    if (pointer.empty()) {
        return &m_root;
    }
    if (pointer.front() != '/') {
        return nullptr;
    }
    const nlohmann::json *node = &m_root;
    std::size_t start = 1;
    while (true) {
        const std::size_t end = pointer.find('/', start);
        const std::string token = unescapePointerToken(
            pointer.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (node->is_object()) {
            const auto it = node->find(token);
            if (it == node->end()) {
                return nullptr;
            }
            node = &*it;
        } else if (node->is_array()) {
            const bool numeric =
                !token.empty() && std::all_of(token.begin(), token.end(), [](char c) {
                    return std::isdigit(static_cast<unsigned char>(c));
                });
            if (!numeric || (token.size() > 1 && token.front() == '0') || token.size() > 9) {
                return nullptr;
            }
            const std::size_t index = std::stoul(token);
            if (index >= node->size()) {
                return nullptr;
            }
            node = &(*node)[index];
        } else {
            return nullptr;
        }
        if (end == std::string::npos) {
            return node;
        }
        start = end + 1;
    }
}

void JsonSchemaValidator::check(const nlohmann::json &value, const nlohmann::json &schema,
                                const std::string &path, int depth,
                                std::vector<std::string> &errors) const
{
    if (depth > maxDepth) {
        errors.push_back(path + ": schema nesting too deep (a $ref that refers to itself?)");
        return;
    }
    // Boolean schemas: true accepts everything, false nothing.
    if (schema.is_boolean()) {
        if (!schema.get<bool>()) {
            errors.push_back(path + ": no value is allowed here");
        }
        return;
    }
    if (!schema.is_object()) {
        errors.push_back(path + ": invalid schema " + brief(schema));
        return;
    }
    if (value.is_null() && schema.value("nullable", false)) {
        return;
    }
    if (const auto ref = schema.find("$ref"); ref != schema.end()) {
        const nlohmann::json *target =
            ref->is_string() ? resolve(ref->get<std::string>()) : nullptr;
        if (!target) {
            errors.push_back(path + ": cannot resolve $ref " + brief(*ref));
        } else {
            check(value, *target, path, depth + 1, errors);
        }
    }
    if (const auto constant = schema.find("const"); constant != schema.end()) {
        if (value != *constant) {
            errors.push_back(path + ": expected " + brief(*constant) + ", got " + brief(value));
        }
    }
    if (const auto allowed = schema.find("enum"); allowed != schema.end() && allowed->is_array()) {
        if (std::find(allowed->begin(), allowed->end(), value) == allowed->end()) {
            errors.push_back(path + ": " + brief(value) + " is not one of " + brief(*allowed));
        }
    }
    checkType(value, schema, path, errors);
    if (value.is_object()) {
        checkObject(value, schema, path, depth, errors);
    } else if (value.is_array()) {
        checkArray(value, schema, path, depth, errors);
    } else if (value.is_string()) {
        checkString(value, schema, path, errors);
    } else if (value.is_number()) {
        checkNumber(value, schema, path, errors);
    }
    checkCombinators(value, schema, path, depth, errors);
}

void JsonSchemaValidator::checkType(const nlohmann::json &value, const nlohmann::json &schema,
                                    const std::string &path, std::vector<std::string> &errors) const
{
    const auto type = schema.find("type");
    if (type == schema.end()) {
        return;
    }
    if (type->is_string()) {
        if (!hasType(value, type->get<std::string>())) {
            errors.push_back(path + ": expected " + type->get<std::string>() + ", got " +
                             typeName(value));
        }
        return;
    }
    if (type->is_array()) {
        for (const nlohmann::json &candidate : *type) {
            if (candidate.is_string() && hasType(value, candidate.get<std::string>())) {
                return;
            }
        }
        errors.push_back(path + ": expected one of " + brief(*type) + ", got " + typeName(value));
        return;
    }
    errors.push_back(path + ": invalid type keyword " + brief(*type));
}

void JsonSchemaValidator::checkObject(const nlohmann::json &value, const nlohmann::json &schema,
                                      const std::string &path, int depth,
                                      std::vector<std::string> &errors) const
{
    if (const auto required = schema.find("required");
        required != schema.end() && required->is_array()) {
        for (const nlohmann::json &name : *required) {
            if (name.is_string() && !value.contains(name.get<std::string>())) {
                errors.push_back(propertyPath(path, name.get<std::string>()) +
                                 ": missing required property");
            }
        }
    }
    const auto properties = schema.find("properties");
    const bool hasProperties = properties != schema.end() && properties->is_object();
    const auto additional = schema.find("additionalProperties");
    for (const auto &[key, member] : value.items()) {
        const std::string memberPath = propertyPath(path, key);
        if (hasProperties) {
            if (const auto property = properties->find(key); property != properties->end()) {
                check(member, *property, memberPath, depth + 1, errors);
                continue;
            }
        }
        if (additional == schema.end()) {
            continue;
        }
        if (additional->is_boolean()) {
            if (!additional->get<bool>()) {
                errors.push_back(memberPath + ": property not allowed");
            }
        } else {
            check(member, *additional, memberPath, depth + 1, errors);
        }
    }
}

void JsonSchemaValidator::checkArray(const nlohmann::json &value, const nlohmann::json &schema,
                                     const std::string &path, int depth,
                                     std::vector<std::string> &errors) const
{
    if (const auto minItems = schema.find("minItems");
        minItems != schema.end() && minItems->is_number() &&
        static_cast<double>(value.size()) < minItems->get<double>()) {
        errors.push_back(path + ": expected at least " + minItems->dump() + " items, got " +
                         std::to_string(value.size()));
    }
    if (const auto maxItems = schema.find("maxItems");
        maxItems != schema.end() && maxItems->is_number() &&
        static_cast<double>(value.size()) > maxItems->get<double>()) {
        errors.push_back(path + ": expected at most " + maxItems->dump() + " items, got " +
                         std::to_string(value.size()));
    }
    const auto items = schema.find("items");
    if (items == schema.end()) {
        return;
    }
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (items->is_array()) {
            // Tuple form (draft 4): position i follows items[i]; extra elements are free.
            if (i < items->size()) {
                check(value[i], (*items)[i], indexPath(path, i), depth + 1, errors);
            }
        } else {
            check(value[i], *items, indexPath(path, i), depth + 1, errors);
        }
    }
}

void JsonSchemaValidator::checkString(const nlohmann::json &value, const nlohmann::json &schema,
                                      const std::string &path,
                                      std::vector<std::string> &errors) const
{
    const std::string &text = value.get_ref<const std::string &>();
    const std::size_t length = codePoints(text);
    if (const auto minLength = schema.find("minLength");
        minLength != schema.end() && minLength->is_number() &&
        static_cast<double>(length) < minLength->get<double>()) {
        errors.push_back(path + ": expected at least " + minLength->dump() + " characters, got " +
                         std::to_string(length));
    }
    if (const auto maxLength = schema.find("maxLength");
        maxLength != schema.end() && maxLength->is_number() &&
        static_cast<double>(length) > maxLength->get<double>()) {
        errors.push_back(path + ": expected at most " + maxLength->dump() + " characters, got " +
                         std::to_string(length));
    }
    if (const auto pattern = schema.find("pattern");
        pattern != schema.end() && pattern->is_string()) {
        try {
            // JSON Schema patterns are not anchored: a match anywhere in the string counts.
            const std::regex regex(pattern->get<std::string>(), std::regex::ECMAScript);
            if (!std::regex_search(text, regex)) {
                errors.push_back(path + ": " + brief(value) + " does not match pattern " +
                                 pattern->get<std::string>());
            }
        } catch (const std::regex_error &error) {
            errors.push_back(path + ": invalid pattern " + pattern->get<std::string>() + " (" +
                             error.what() + ")");
        }
    }
    // Other formats (email, uri, ...) are annotations here: nothing in the contract needs them.
    if (schema.value("format", std::string()) == "date-time" && !isDateTime(text)) {
        errors.push_back(path + ": " + brief(value) + " is not an RFC 3339 date-time");
    }
}

void JsonSchemaValidator::checkNumber(const nlohmann::json &value, const nlohmann::json &schema,
                                      const std::string &path,
                                      std::vector<std::string> &errors) const
{
    // Compares integers exactly (nlohmann keeps non-negative ones unsigned, negative ones
    // signed), so large amounts never lose precision through double.
    const auto less = [](const nlohmann::json &a, const nlohmann::json &b) {
        if (!a.is_number_integer() || !b.is_number_integer()) {
            return a.get<double>() < b.get<double>();
        }
        const bool aNegative = !a.is_number_unsigned() && a.get<std::int64_t>() < 0;
        const bool bNegative = !b.is_number_unsigned() && b.get<std::int64_t>() < 0;
        if (aNegative != bNegative) {
            return aNegative;
        }
        if (aNegative) {
            return a.get<std::int64_t>() < b.get<std::int64_t>();
        }
        return a.get<std::uint64_t>() < b.get<std::uint64_t>();
    };
    if (const auto minimum = schema.find("minimum");
        minimum != schema.end() && minimum->is_number() && less(value, *minimum)) {
        errors.push_back(path + ": " + value.dump() + " is less than the minimum " +
                         minimum->dump());
    }
    if (const auto maximum = schema.find("maximum");
        maximum != schema.end() && maximum->is_number() && less(*maximum, value)) {
        errors.push_back(path + ": " + value.dump() + " is greater than the maximum " +
                         maximum->dump());
    }
}

void JsonSchemaValidator::checkCombinators(const nlohmann::json &value,
                                           const nlohmann::json &schema, const std::string &path,
                                           int depth, std::vector<std::string> &errors) const
{
    if (const auto allOf = schema.find("allOf"); allOf != schema.end() && allOf->is_array()) {
        for (const nlohmann::json &branch : *allOf) {
            check(value, branch, path, depth + 1, errors);
        }
    }
    // anyOf/oneOf: the branches' own errors are only quoted, since failing one is expected.
    const auto branchErrors = [&](const nlohmann::json &branches) {
        std::vector<std::vector<std::string>> results;
        for (const nlohmann::json &branch : branches) {
            std::vector<std::string> result;
            check(value, branch, path, depth + 1, result);
            results.push_back(std::move(result));
        }
        return results;
    };
    const auto describeFailures = [](const std::vector<std::vector<std::string>> &results) {
        std::string text;
        for (std::size_t i = 0; i < results.size(); ++i) {
            text += (i == 0 ? "" : " | ") + std::to_string(i) + ": " + joinErrors(results[i]);
        }
        return text;
    };
    if (const auto anyOf = schema.find("anyOf"); anyOf != schema.end() && anyOf->is_array()) {
        const auto results = branchErrors(*anyOf);
        if (std::none_of(results.begin(), results.end(),
                         [](const auto &result) { return result.empty(); })) {
            errors.push_back(path + ": matches none of the anyOf alternatives (" +
                             describeFailures(results) + ")");
        }
    }
    if (const auto oneOf = schema.find("oneOf"); oneOf != schema.end() && oneOf->is_array()) {
        const auto results = branchErrors(*oneOf);
        std::vector<std::size_t> matching;
        for (std::size_t i = 0; i < results.size(); ++i) {
            if (results[i].empty()) {
                matching.push_back(i);
            }
        }
        if (matching.empty()) {
            errors.push_back(path + ": matches none of the oneOf alternatives (" +
                             describeFailures(results) + ")");
        } else if (matching.size() > 1) {
            std::string which;
            for (std::size_t index : matching) {
                which += (which.empty() ? "" : ", ") + std::to_string(index);
            }
            errors.push_back(path + ": matches " + std::to_string(matching.size()) +
                             " oneOf alternatives (" + which + "), expected exactly one");
        }
    }
}

} // namespace caseline::test
