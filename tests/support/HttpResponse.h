#pragma once

#include <curl/curl.h>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

namespace caseline::test {

// One response as the test client saw it. When the transfer failed (connection refused,
// timeout, dropped connection) curlCode is not CURLE_OK, error says why and status is 0.
struct HttpResponse
{
    long status = 0;
    std::string contentType;
    std::string body;
    std::map<std::string, std::string> headers; // names in lower case, last value wins
    CURLcode curlCode = CURLE_OK;
    std::string error;

    // Parses the body; throws std::runtime_error (quoting status and body) when it is not JSON.
    nlohmann::json json() const;
    // The header's value, or "" when absent. The name is matched case-insensitively.
    std::string header(const std::string &name) const;
    bool ok() const { return curlCode == CURLE_OK; }
    // "503 application/problem+json {...}" — for assertion messages.
    std::string describe() const;
};

} // namespace caseline::test
