#pragma once

#include <map>
#include <string>
#include <vector>

namespace caseline::backoffice {

// One HTTP request, detached from the transport so handlers can run later (latency, faults)
// and be exercised without a socket.
struct ApiRequest
{
    std::string method;
    std::string path;
    std::map<std::string, std::string> query;
    std::map<std::string, std::string> headers; // names in lower case
    std::string body;
    bool fromLoopback = false;
    std::vector<std::string> pathParams; // filled by the router from {placeholders}

    std::string header(const std::string &lowerCaseName) const
    {
        const auto it = headers.find(lowerCaseName);
        return it == headers.end() ? std::string() : it->second;
    }
    const std::string *queryValue(const std::string &name) const
    {
        const auto it = query.find(name);
        return it == query.end() ? nullptr : &it->second;
    }
};

} // namespace caseline::backoffice
