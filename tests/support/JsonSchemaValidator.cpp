#include "JsonSchemaValidator.h"

#include "ContractTools.h"
#include "ExternalCommand.h"
#include "TempDirectory.h"

#include <stdexcept>

namespace caseline::test {

JsonSchemaValidator::JsonSchemaValidator(nlohmann::json rootDocument)
    : m_root(std::move(rootDocument))
{
}

std::vector<std::string> JsonSchemaValidator::validate(const nlohmann::json &value,
                                                       const nlohmann::json &schema) const
{
    return validateAll({value}, schema).front();
}

std::vector<std::vector<std::string>>
JsonSchemaValidator::validateAll(const std::vector<nlohmann::json> &values,
                                 const nlohmann::json &schema) const
{
    TempDirectory work("caseline-ajv");
    const std::string request =
        work.write("request.json",
                   nlohmann::json{{"root", m_root}, {"schema", schema}, {"values", values}}.dump());
    const std::string answer = work.file("answer.json");
    const std::string log = work.file("ajv.log");
    const ExternalCommand command({ContractTools::node(),
                                   ContractTools::directory() + "/validate-json.mjs", request,
                                   answer});
    const std::string failure = command.run(log, ContractTools::directory(), 60000);
    if (!failure.empty()) {
        throw std::runtime_error("ajv could not validate (" + failure +
                                 "): " + ContractTools::readText(log));
    }
    return nlohmann::json::parse(ContractTools::readText(answer))
        .get<std::vector<std::vector<std::string>>>();
}

const nlohmann::json *JsonSchemaValidator::resolve(const std::string &refPointer) const
{
    if (refPointer == "#") {
        return &m_root;
    }
    if (refPointer.rfind("#/", 0) != 0) {
        return nullptr;
    }
    try {
        const nlohmann::json::json_pointer pointer(refPointer.substr(1));
        return m_root.contains(pointer) ? &m_root.at(pointer) : nullptr;
    } catch (const nlohmann::json::exception &) {
        return nullptr;
    }
}

} // namespace caseline::test
