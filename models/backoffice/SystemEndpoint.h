#pragma once

#include <chrono>
#include <string>

namespace caseline {

// Where one back-office system answers and how patiently Caseline talks to it.
struct SystemEndpoint
{
    std::string baseUrl; // e.g. "https://oms.example.com/orders/v1", no trailing slash
    std::string token;   // bearer token; empty = none. Never logged.
    std::chrono::milliseconds connectTimeout{3000};
    std::chrono::milliseconds totalTimeout{10000};
    int maxAttempts = 3; // reads are retried up to this many tries in all

    bool operator==(const SystemEndpoint &) const = default;
};

} // namespace caseline
