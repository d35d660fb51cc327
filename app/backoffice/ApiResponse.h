#pragma once

#include "ApiError.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace caseline::backoffice {

// A long-poll the transport parks until the change feed moves past `after` or `waitSeconds` pass.
struct LongPoll
{
    long long after = 0;
    int waitSeconds = 0;
};

struct ApiResponse
{
    int status = 200;
    std::string contentType = "application/json";
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;
    std::optional<LongPoll> longPoll;

    static ApiResponse json(int status, const nlohmann::json &document);
    static ApiResponse problem(const ApiError &error);
    static ApiResponse noContent();
};

} // namespace caseline::backoffice
