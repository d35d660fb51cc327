#pragma once

#include <string>

namespace caseline::test {

// The parts of a libpq connection URI that tests need to open a QPSQL connection:
// postgresql://[user[:password]@]host[:port][/database][?parameters]. Query parameters are
// accepted and ignored. Tests read it from CASELINE_TEST_POSTGRES_URL and hand it to code under
// test, so both directions (parse and text) are here.
struct PostgresUrl
{
    std::string user;
    std::string password;
    std::string host;
    int port = 5432;
    std::string database;

    // Accepts the "postgresql://" and "postgres://" schemes; percent-escapes in the user,
    // password and database are decoded; an IPv6 host is written in brackets ("[::1]").
    // Throws std::runtime_error naming what is wrong.
    static PostgresUrl parse(const std::string &text);

    // "postgresql://user[:password]@host:port/database", percent-escaping where needed.
    std::string text() const;

    bool operator==(const PostgresUrl &) const = default;
};

} // namespace caseline::test
