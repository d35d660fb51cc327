#include "ApiResponse.h"

namespace caseline::backoffice {

ApiResponse ApiResponse::json(int status, const nlohmann::json &document)
{
    ApiResponse response;
    response.status = status;
    response.body = document.dump();
    return response;
}

ApiResponse ApiResponse::problem(const ApiError &error)
{
    nlohmann::json body = {{"type", "urn:caseline:problem:" + error.slug},
                           {"title", error.title},
                           {"status", error.status},
                           {"detail", error.detail}};
    if (!error.field.empty()) {
        body["field"] = error.field;
    }
    ApiResponse response = json(error.status, body);
    response.contentType = "application/problem+json";
    return response;
}

ApiResponse ApiResponse::noContent()
{
    ApiResponse response;
    response.status = 204;
    response.contentType.clear();
    return response;
}

} // namespace caseline::backoffice
