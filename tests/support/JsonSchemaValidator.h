#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace caseline::test {

// Validates JSON values against the subset of JSON Schema that OpenAPI 3.0 documents use:
// type (also as a list), nullable, required, properties, additionalProperties, items, enum,
// const, minimum/maximum, minLength/maxLength, minItems/maxItems, pattern, format date-time,
// allOf/anyOf/oneOf and local "$ref"s ("#/json/pointer") into the root document. Unknown
// keywords (description, example, default, ...) are ignored, as JSON Schema prescribes.
//
// Deliberate choices:
// - "integer" accepts only numbers written without fraction or exponent: the wire format
//   matters to clients that parse money into integers, so 4990.0 is an error.
// - "nullable: true" accepts null before any other keyword of the same schema is looked at,
//   so the common OpenAPI 3.0 idiom {nullable: true, allOf: [{$ref: ...}]} accepts null.
// - Keywords beside "$ref" are applied too (as in later JSON Schema drafts); for OpenAPI 3.0
//   documents they are only annotations, so this changes nothing there.
class JsonSchemaValidator
{
public:
    explicit JsonSchemaValidator(nlohmann::json rootDocument);

    // Human-readable errors, each starting with the JSON path of the offending value, e.g.
    // "$.lines[0].quantity: expected integer, got string". Empty when the value is valid.
    std::vector<std::string> validate(const nlohmann::json &value,
                                      const nlohmann::json &schema) const;
    // Same, against the schema at a local reference such as "#/components/schemas/Order".
    std::vector<std::string> validate(const nlohmann::json &value,
                                      const std::string &refPointer) const;
    // Makes validate(value, "#/components/schemas/Order") pick the reference overload.
    std::vector<std::string> validate(const nlohmann::json &value, const char *refPointer) const
    {
        return validate(value, std::string(refPointer));
    }

    // The part of the root document a local reference ("#", "#/a/b~1c") points at, or
    // nullptr when it is not local or points at nothing.
    const nlohmann::json *resolve(const std::string &refPointer) const;

    const nlohmann::json &rootDocument() const { return m_root; }

private:
    void check(const nlohmann::json &value, const nlohmann::json &schema, const std::string &path,
               int depth, std::vector<std::string> &errors) const;
    void checkType(const nlohmann::json &value, const nlohmann::json &schema,
                   const std::string &path, std::vector<std::string> &errors) const;
    void checkObject(const nlohmann::json &value, const nlohmann::json &schema,
                     const std::string &path, int depth, std::vector<std::string> &errors) const;
    void checkArray(const nlohmann::json &value, const nlohmann::json &schema,
                    const std::string &path, int depth, std::vector<std::string> &errors) const;
    void checkString(const nlohmann::json &value, const nlohmann::json &schema,
                     const std::string &path, std::vector<std::string> &errors) const;
    void checkNumber(const nlohmann::json &value, const nlohmann::json &schema,
                     const std::string &path, std::vector<std::string> &errors) const;
    void checkCombinators(const nlohmann::json &value, const nlohmann::json &schema,
                          const std::string &path, int depth,
                          std::vector<std::string> &errors) const;

    nlohmann::json m_root;
};

} // namespace caseline::test
