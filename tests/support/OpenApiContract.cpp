#include "OpenApiContract.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <fstream>
#include <limits>
#include <optional>
#include <regex>
#include <sstream>
#include <stdexcept>
#include <utility>
#include <yaml-cpp/yaml.h>

namespace caseline::test {

namespace {

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::string upper(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return text;
}

std::string trim(const std::string &text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) {
        return {};
    }
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

// Integers of the YAML 1.2 core schema: decimal, 0o octal, 0x hex. Values beyond 64 bits
// fall back to a double rather than failing, like most YAML loaders.
std::optional<nlohmann::json> parseYamlInteger(const std::string &text)
{
    static const std::regex decimal("[-+]?[0-9]+");
    static const std::regex octal("0o[0-7]+");
    static const std::regex hex("0x[0-9a-fA-F]+");
    int base = 10;
    std::string digits = text;
    if (std::regex_match(text, octal)) {
        base = 8;
        digits = text.substr(2);
    } else if (std::regex_match(text, hex)) {
        base = 16;
        digits = text.substr(2);
    } else if (!std::regex_match(text, decimal)) {
        return std::nullopt;
    }
    if (!digits.empty() && digits.front() == '+') {
        digits.erase(0, 1);
    }
    const char *begin = digits.data();
    const char *end = digits.data() + digits.size();
    std::int64_t signedValue = 0;
    if (auto [ptr, ec] = std::from_chars(begin, end, signedValue, base);
        ec == std::errc() && ptr == end) {
        return nlohmann::json(signedValue);
    }
    std::uint64_t unsignedValue = 0;
    if (auto [ptr, ec] = std::from_chars(begin, end, unsignedValue, base);
        ec == std::errc() && ptr == end) {
        return nlohmann::json(unsignedValue);
    }
    return nlohmann::json(std::strtod(text.c_str(), nullptr));
}

std::optional<nlohmann::json> parseYamlFloat(const std::string &text)
{
    static const std::regex number("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    static const std::regex infinity("[-+]?\\.(inf|Inf|INF)");
    static const std::regex notANumber("\\.(nan|NaN|NAN)");
    if (std::regex_match(text, number)) {
        return nlohmann::json(std::strtod(text.c_str(), nullptr));
    }
    if (std::regex_match(text, infinity)) {
        const double value = std::numeric_limits<double>::infinity();
        return nlohmann::json(text.front() == '-' ? -value : value);
    }
    if (std::regex_match(text, notANumber)) {
        return nlohmann::json(std::numeric_limits<double>::quiet_NaN());
    }
    return std::nullopt;
}

// A plain (unquoted) scalar, resolved by the YAML 1.2 core schema.
nlohmann::json resolvePlainScalar(const std::string &text)
{
    if (text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL") {
        return nullptr;
    }
    if (text == "true" || text == "True" || text == "TRUE") {
        return true;
    }
    if (text == "false" || text == "False" || text == "FALSE") {
        return false;
    }
    if (auto integer = parseYamlInteger(text)) {
        return *integer;
    }
    if (auto floating = parseYamlFloat(text)) {
        return *floating;
    }
    return text;
}

nlohmann::json scalarToJson(const YAML::Node &node)
{
    const std::string &tag = node.Tag();
    const std::string &text = node.Scalar();
    // yaml-cpp tags quoted and block scalars "!" (non-specific, non-plain): they are strings
    // even when they look like numbers, e.g. postalCode: "20123".
    if (tag == "!" || tag == "tag:yaml.org,2002:str") {
        return text;
    }
    if (tag == "tag:yaml.org,2002:null") {
        return nullptr;
    }
    return resolvePlainScalar(text);
}

nlohmann::json nodeToJson(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Scalar:
        return scalarToJson(node);
    case YAML::NodeType::Sequence: {
        nlohmann::json array = nlohmann::json::array();
        for (const YAML::Node &element : node) {
            array.push_back(nodeToJson(element));
        }
        return array;
    }
    case YAML::NodeType::Map: {
        nlohmann::json object = nlohmann::json::object();
        for (const auto &entry : node) {
            if (!entry.first.IsScalar()) {
                throw std::runtime_error("YAML mapping key at line " +
                                         std::to_string(entry.first.Mark().line + 1) +
                                         " is not a scalar");
            }
            // Keys stay text: JSON object keys are strings, and "200:" must stay "200".
            object[entry.first.Scalar()] = nodeToJson(entry.second);
        }
        return object;
    }
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
    default:
        return nullptr;
    }
}

std::vector<std::string> splitPath(const std::string &path)
{
    std::vector<std::string> segments;
    std::size_t start = path.empty() || path.front() != '/' ? 0 : 1;
    while (true) {
        const std::size_t end = path.find('/', start);
        segments.push_back(path.substr(start, end == std::string::npos ? end : end - start));
        if (end == std::string::npos) {
            return segments;
        }
        start = end + 1;
    }
}

std::string escapeRegex(const std::string &text)
{
    static const std::string special = R"(\^$.|?*+()[]{})";
    std::string out;
    for (char c : text) {
        if (special.find(c) != std::string::npos) {
            out += '\\';
        }
        out += c;
    }
    return out;
}

// One template segment against one concrete segment: literal text must be equal, each
// "{name}" stands for one or more characters other than '/'.
bool segmentMatches(const std::string &pattern, const std::string &segment)
{
    if (pattern.find('{') == std::string::npos) {
        return pattern == segment;
    }
    std::string regex;
    std::size_t pos = 0;
    while (pos < pattern.size()) {
        const std::size_t open = pattern.find('{', pos);
        const std::size_t close =
            open == std::string::npos ? std::string::npos : pattern.find('}', open);
        if (close == std::string::npos) {
            regex += escapeRegex(pattern.substr(pos));
            break;
        }
        regex += escapeRegex(pattern.substr(pos, open - pos)) + "([^/]+)";
        pos = close + 1;
    }
    return std::regex_match(segment, std::regex(regex));
}

// Media type without parameters, in lower case: "Application/JSON; charset=utf-8" →
// "application/json".
std::string mediaType(const std::string &contentType)
{
    return lower(trim(contentType.substr(0, contentType.find(';'))));
}

bool isJsonMediaType(const std::string &type)
{
    return type == "application/json" ||
           (type.size() > 5 && type.compare(type.size() - 5, 5, "+json") == 0);
}

std::string joinKeys(const nlohmann::json &object)
{
    std::string text;
    for (const auto &[key, value] : object.items()) {
        text += (text.empty() ? "" : ", ") + key;
    }
    return text;
}

} // namespace

OpenApiContract::OpenApiContract(nlohmann::json document)
    : m_document(std::move(document))
    , m_validator(m_document)
{
    if (!m_document.is_object() || !m_document.contains("paths") ||
        !m_document["paths"].is_object()) {
        throw std::runtime_error("not an OpenAPI document: no \"paths\" object");
    }
}

OpenApiContract OpenApiContract::fromFile(const std::string &path)
{
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        throw std::runtime_error("cannot read OpenAPI document " + path);
    }
    std::ostringstream text;
    text << file.rdbuf();
    try {
        return fromYaml(text.str());
    } catch (const std::runtime_error &error) {
        throw std::runtime_error(path + ": " + error.what());
    }
}

OpenApiContract OpenApiContract::fromYaml(const std::string &text)
{
    return OpenApiContract(yamlToJson(text));
}

nlohmann::json OpenApiContract::yamlToJson(const std::string &text)
{
    try {
        return nodeToJson(YAML::Load(text));
    } catch (const YAML::Exception &error) {
        throw std::runtime_error(std::string("invalid YAML: ") + error.what());
    }
}

const nlohmann::json *OpenApiContract::dereference(const nlohmann::json &node) const
{
    const nlohmann::json *current = &node;
    // A bounded number of hops, so a cycle of references cannot loop forever.
    for (int hops = 0; hops < 16; ++hops) {
        const auto ref = current->is_object() ? current->find("$ref") : current->end();
        if (!current->is_object() || ref == current->end()) {
            return current;
        }
        current = ref->is_string() ? m_validator.resolve(ref->get<std::string>()) : nullptr;
        if (!current) {
            return nullptr;
        }
    }
    return nullptr;
}

std::string OpenApiContract::matchPath(const std::string &path) const
{
    const std::vector<std::string> segments = splitPath(path.substr(0, path.find_first_of("?#")));
    std::string best;
    int bestLiterals = -1;
    for (const auto &[templatePath, item] : m_document["paths"].items()) {
        const std::vector<std::string> patterns = splitPath(templatePath);
        if (patterns.size() != segments.size()) {
            continue;
        }
        int literals = 0;
        bool matches = true;
        for (std::size_t i = 0; i < patterns.size() && matches; ++i) {
            matches = segmentMatches(patterns[i], segments[i]);
            literals += patterns[i].find('{') == std::string::npos ? 1 : 0;
        }
        if (matches && literals > bestLiterals) {
            best = templatePath;
            bestLiterals = literals;
        }
    }
    return best;
}

std::vector<std::string> OpenApiContract::checkResponse(const std::string &method,
                                                        const std::string &path, int status,
                                                        const std::string &contentType,
                                                        const std::string &body) const
{
    const std::string where = upper(method) + " " + path + " " + std::to_string(status);
    const std::string templatePath = matchPath(path);
    if (templatePath.empty()) {
        return {where + ": no path of the document matches " +
                path.substr(0, path.find_first_of("?#"))};
    }
    const nlohmann::json *item = dereference(m_document["paths"][templatePath]);
    const std::string operationKey = lower(method);
    if (!item || !item->is_object() || !item->contains(operationKey)) {
        return {where + ": " + upper(method) + " is not documented for " + templatePath};
    }
    const nlohmann::json &operation = (*item)[operationKey];
    const auto responses = operation.find("responses");
    if (responses == operation.end() || !responses->is_object()) {
        return {where + ": " + upper(method) + " " + templatePath + " documents no responses"};
    }

    // Exact status first, then its range ("4XX"), then "default", as OpenAPI prescribes.
    const std::string exact = std::to_string(status);
    const std::string range = exact.substr(0, 1) + "XX";
    const nlohmann::json *declared = nullptr;
    for (const std::string &key : {exact, range, lower(range), std::string("default")}) {
        if (const auto found = responses->find(key); found != responses->end()) {
            declared = &*found;
            break;
        }
    }
    if (!declared) {
        return {where + ": status " + exact + " is not documented for " + upper(method) + " " +
                templatePath + " (documented: " + joinKeys(*responses) + ")"};
    }
    const nlohmann::json *response = dereference(*declared);
    if (!response || !response->is_object()) {
        return {where + ": the documented response cannot be resolved: " + declared->dump()};
    }

    const auto content = response->find("content");
    const std::string actualType = mediaType(contentType);
    if (content == response->end() || !content->is_object() || content->empty()) {
        if (!trim(body).empty()) {
            return {where + ": the document declares no body, but the response has " +
                    std::to_string(body.size()) + " bytes (Content-Type \"" + contentType + "\")"};
        }
        return {};
    }
    if (actualType.empty()) {
        return {where + ": the response has no Content-Type (documented: " + joinKeys(*content) +
                ")"};
    }
    const nlohmann::json *media = nullptr;
    const std::string wildcard = actualType.substr(0, actualType.find('/')) + "/*";
    for (const std::string &key : {actualType, wildcard, std::string("*/*")}) {
        for (const auto &[declaredType, entry] : content->items()) {
            if (lower(declaredType) == key) {
                media = &entry;
                break;
            }
        }
        if (media) {
            break;
        }
    }
    if (!media) {
        return {where + ": Content-Type " + actualType +
                " is not documented (documented: " + joinKeys(*content) + ")"};
    }
    if (!isJsonMediaType(actualType)) {
        return {};
    }

    const nlohmann::json parsed = nlohmann::json::parse(body, nullptr, false);
    if (parsed.is_discarded()) {
        std::string excerpt = body.substr(0, 80);
        return {where + ": the " + actualType + " body is not valid JSON: " + excerpt};
    }
    const auto schema = media->is_object() ? media->find("schema") : media->end();
    if (!media->is_object() || schema == media->end()) {
        return {};
    }
    std::vector<std::string> errors = m_validator.validate(parsed, *schema);
    for (std::string &error : errors) {
        error = where + ": " + error;
    }
    return errors;
}

} // namespace caseline::test
