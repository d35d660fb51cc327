#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"

#include <functional>
#include <string>
#include <vector>

namespace caseline::backoffice {

// Maps "METHOD /path/{param}/..." to handlers. Path parameters are handed over in order.
class ApiRouter
{
public:
    using Handler = std::function<ApiResponse(const ApiRequest &)>;

    struct Match
    {
        const Handler *handler = nullptr;
        bool mutating = false;
        bool pathKnown = false; // the path exists under another method (405, not 404)
    };

    // A mutating route requires an Idempotency-Key and runs under the idempotency guard.
    void add(const std::string &method, const std::string &pattern, Handler handler,
             bool mutating = false);
    Match match(ApiRequest &request) const;

private:
    struct Route
    {
        std::string method;
        std::vector<std::string> segments;
        Handler handler;
        bool mutating;
    };
    static std::vector<std::string> split(const std::string &path);

    std::vector<Route> m_routes;
};

} // namespace caseline::backoffice
