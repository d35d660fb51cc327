#pragma once

#include "ApiResponse.h"

#include <optional>
#include <string>

namespace caseline::backoffice {

class BackofficeDatabase;

// Remembers the response to every successful mutation by its Idempotency-Key, with a
// fingerprint of the request, so a retry gets the first answer and never a second effect.
class IdempotencyStore
{
public:
    struct Stored
    {
        std::string fingerprint;
        ApiResponse response;
    };

    explicit IdempotencyStore(BackofficeDatabase &db);

    // Method, path and the JSON body (key order and whitespace do not matter).
    static std::string fingerprint(const std::string &method, const std::string &path,
                                   const std::string &body);

    std::optional<Stored> find(const std::string &key) const;
    void save(const std::string &key, const std::string &fingerprint, const ApiResponse &response);

private:
    BackofficeDatabase &m_db;
};

} // namespace caseline::backoffice
