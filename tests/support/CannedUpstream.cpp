#include "CannedUpstream.h"

#include "ContractTools.h"

#include <QByteArray>
#include <nlohmann/json.hpp>

namespace caseline::test {

CannedUpstream::CannedUpstream()
    : m_process(std::make_unique<ToolProcess>(std::vector<std::string>{
          ContractTools::node(), ContractTools::directory() + "/canned-upstream.mjs"}))
{
}

HttpTestClient::Headers CannedUpstream::answer(int status, const std::string &contentType,
                                               const std::string &body)
{
    const std::string described =
        nlohmann::json{{"status", status}, {"contentType", contentType}, {"body", body}}.dump();
    return {{"X-Canned", QByteArray::fromStdString(described).toBase64().toStdString()}};
}

} // namespace caseline::test
