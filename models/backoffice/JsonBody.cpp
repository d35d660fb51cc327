#include "backoffice/JsonBody.h"

#include "backoffice/MappingError.h"

namespace caseline {

nlohmann::json parseJsonBody(const std::string &text)
{
    try {
        return nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception &error) {
        throw MappingError({}, std::string("is not valid JSON: ") + error.what());
    }
}

} // namespace caseline
