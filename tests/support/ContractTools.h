#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace caseline::test {

// The npm test tools that hold the reference back-office to its OpenAPI document, pinned in
// tests/contract/package.json and installed there by installer/install-deps.sh (npm ci):
// Prism (a validating proxy), Spectral (a linter for the document) and yaml (YAML 1.2 to JSON).
// A missing tool is an error that says how to install it, never a skipped check.
class ContractTools
{
public:
    // tests/contract in the source tree.
    static std::string directory();
    // resources/api/backoffice.yaml in the source tree.
    static std::string backofficeDocument();
    // tests/contract/node_modules/.bin/NAME; throws std::runtime_error when it is not there.
    static std::string tool(const std::string &name);
    // The node that runs them; throws std::runtime_error when there is none.
    static std::string node();

    // The YAML file as JSON, read by the yaml package (plain scalars typed as YAML 1.2's core
    // schema says). Throws std::runtime_error, quoting the tool, when it is not valid YAML.
    static nlohmann::json readYaml(const std::string &path);
    // A file the tools wrote, as text ("" when there is none).
    static std::string readText(const std::string &path);

    // Spectral's findings on an OpenAPI document with tests/contract/.spectral.yaml (a JSON
    // array, empty when the document is sound).
    static nlohmann::json lint(const std::string &path);
};

} // namespace caseline::test
