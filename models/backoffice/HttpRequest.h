#pragma once

#include <chrono>
#include <string>
#include <utility>
#include <vector>

namespace caseline {

// One request to a back-office system, with the policy it is sent under.
struct HttpRequest
{
    std::string method = "GET";
    std::string url; // absolute
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body; // JSON for POST
    // Writes are retried only when they carry a key; it is generated once per action and reused
    // on every retry, so the back-office applies the write once.
    std::string idempotencyKey;
    std::string bearerToken; // never logged
    std::chrono::milliseconds connectTimeout{3000};
    std::chrono::milliseconds totalTimeout{10000};
    int maxAttempts = 3; // 1 = no retry
};

} // namespace caseline
