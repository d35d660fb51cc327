#include "PostgresTestServer.h"

#include <cstdlib>
#include <memory>
#include <mutex>
#include <stdexcept>

namespace caseline::test {

namespace {

std::mutex serverMutex;
// Stops the cluster at exit. Being initialised before main, it is destroyed after Qt's globals,
// so its destructor must not (and does not) use Qt.
std::unique_ptr<PostgresCluster> server;
// Kept so that the tests after a failed start fail at once with the same reason instead of
// each waiting for another attempt.
std::string startFailure;

} // namespace

PostgresCluster &PostgresTestServer::instance()
{
    const std::lock_guard lock(serverMutex);
    if (server) {
        return *server;
    }
    if (startFailure.empty()) {
        const char *url = std::getenv(kUrlVariable);
        try {
            server = url && *url ? PostgresCluster::attach(PostgresUrl::parse(url))
                                 : std::make_unique<PostgresCluster>();
            return *server;
        } catch (const std::exception &error) {
            startFailure =
                std::string("no PostgreSQL server for the tests (") +
                (url && *url ? std::string(kUrlVariable) + "=" + url : "a throwaway cluster") +
                "): " + error.what();
        }
    }
    throw std::runtime_error(startFailure);
}

std::string PostgresTestServer::freshDatabaseUrl()
{
    PostgresCluster &cluster = instance();
    return cluster.url(cluster.createDatabase());
}

} // namespace caseline::test
