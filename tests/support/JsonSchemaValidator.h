#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace caseline::test {

// Validates JSON values against a JSON Schema document (draft 2020-12 or draft-07, chosen by
// its "$schema") with ajv 8 and ajv-formats, the npm tools in tests/contract, run by node.
// Used for the scenario files and resources/scenario.schema.json; the OpenAPI document is
// checked by Prism and Spectral (PrismProxy, ContractTools).
class JsonSchemaValidator
{
public:
    explicit JsonSchemaValidator(nlohmann::json rootDocument);

    // ajv's errors, each starting with the JSON pointer of the offending value
    // ("/orders/0/currency: must match pattern ..."); empty when the value is valid. `schema`
    // is the root document or a part of it, whose local "$ref"s point into the root. Throws
    // std::runtime_error when the tools are missing or the schema does not compile (a $ref to
    // nothing).
    std::vector<std::string> validate(const nlohmann::json &value,
                                      const nlohmann::json &schema) const;
    // The same for many values at once (one run of the validator).
    std::vector<std::vector<std::string>> validateAll(const std::vector<nlohmann::json> &values,
                                                      const nlohmann::json &schema) const;

    // The part of the root document a local reference ("#", "#/$defs/address") points at, or
    // nullptr when it is not local or points at nothing.
    const nlohmann::json *resolve(const std::string &refPointer) const;

    const nlohmann::json &rootDocument() const { return m_root; }

private:
    nlohmann::json m_root;
};

} // namespace caseline::test
