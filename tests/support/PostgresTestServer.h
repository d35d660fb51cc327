#pragma once

#include "PostgresCluster.h"

#include <string>

namespace caseline::test {

// The PostgreSQL server of a test process. The first use starts a PostgresCluster, which is
// stopped when the process exits; or, when CASELINE_TEST_POSTGRES_URL is set
// ("postgresql://caseline@127.0.0.1:5433/postgres"), that running server is used, so a script
// can start one server for a whole ctest run. When no server can be had, every call throws
// std::runtime_error with the reason, so tests fail rather than skip.
class PostgresTestServer
{
public:
    static constexpr const char *kUrlVariable = "CASELINE_TEST_POSTGRES_URL";

    static PostgresCluster &instance();
    // The URL of a new, empty database on that server.
    static std::string freshDatabaseUrl();
};

} // namespace caseline::test
