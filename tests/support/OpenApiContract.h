#pragma once

#include "JsonSchemaValidator.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace caseline::test {

// An OpenAPI 3.0 document (YAML or JSON text) that concrete HTTP exchanges are checked
// against: the route, method and status must be documented, the Content-Type declared, and a
// JSON body must satisfy the declared schema.
class OpenApiContract
{
public:
    // Throw std::runtime_error when the file cannot be read, the text is not YAML, or the
    // document has no "paths" object.
    static OpenApiContract fromFile(const std::string &path);
    static OpenApiContract fromYaml(const std::string &text);

    // Converts YAML to JSON the way the YAML 1.2 core schema reads plain scalars (integers,
    // floats, booleans and null get their JSON types) while quoted and block scalars stay
    // strings. Throws std::runtime_error on invalid YAML.
    static nlohmann::json yamlToJson(const std::string &text);

    // Readable errors, empty when the response conforms. `path` is concrete
    // ("/orders/v1/orders/ORD-1001"); a query string is ignored. `contentType` may carry
    // parameters ("application/json; charset=utf-8"); pass "" when the response had none.
    std::vector<std::string> checkResponse(const std::string &method, const std::string &path,
                                           int status, const std::string &contentType,
                                           const std::string &body) const;

    // The documented path template a concrete path matches ("/orders/v1/orders/{id}"), or ""
    // when none does. Literal segments win over templated ones, as OpenAPI prescribes.
    std::string matchPath(const std::string &path) const;

    const nlohmann::json &document() const { return m_document; }
    // Validates against this document's schemas, e.g. "#/components/schemas/Order".
    const JsonSchemaValidator &validator() const { return m_validator; }

private:
    explicit OpenApiContract(nlohmann::json document);

    // Follows "$ref"s (components/responses, ...) to the object they name, or nullptr.
    const nlohmann::json *dereference(const nlohmann::json &node) const;

    nlohmann::json m_document;
    JsonSchemaValidator m_validator;
};

} // namespace caseline::test
