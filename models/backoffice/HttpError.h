#pragma once

#include <string>

namespace caseline {

// Why a back-office call failed, in a form the console can put into words for the agent.
struct HttpError
{
    enum class Kind {
        Timeout,          // connect or total timeout
        Connection,       // refused, reset, dropped, DNS
        Tls,              // certificate or handshake
        HttpStatus,       // the system answered 4xx/5xx (problem fields filled when given)
        MalformedPayload, // the answer could not be understood (bad JSON, missing fields)
        Cancelled
    };

    Kind kind = Kind::Connection;
    long status = 0;          // HttpStatus only
    std::string problemTitle; // from application/problem+json
    std::string problemDetail;
    std::string field; // the request field a 4xx names, or the payload field that was wrong
    std::string technical; // curl's or the parser's own words
    std::string url;
    int attempts = 1;
    long timeoutMs = 0; // Timeout only: the limit that ran out (connect or total)

    // One sentence for the agent, e.g. "payments did not answer within 10 s".
    std::string message() const;
    bool retryable() const;
};

} // namespace caseline
