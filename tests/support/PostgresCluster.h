#pragma once

#include "ExitCleanup.h"
#include "PostgresUrl.h"
#include "TempDirectory.h"

#include <atomic>
#include <memory>
#include <string>
#include <vector>

namespace caseline::test {

// A throwaway PostgreSQL server for tests: initdb into a fresh temporary directory (superuser
// "caseline", trust authentication, UTF8), then a postmaster on 127.0.0.1 and a free port, with
// its socket in that directory and durability switched off for speed (the data dies with the
// test anyway). As root it runs as the "postgres" user through runuser, since PostgreSQL refuses
// to run as root. Stopped and removed on destruction, and also when the test process dies
// without running destructors (see ExitCleanup).
class PostgresCluster
{
public:
    static constexpr const char *kUser = "caseline";

    // Starts the server; throws std::runtime_error quoting the command output and the server
    // log's tail when it cannot.
    PostgresCluster();
    // Uses a server that is already running instead (its URL names the database to connect to
    // for CREATE DATABASE, "postgres" when none); nothing is started or stopped.
    static std::unique_ptr<PostgresCluster> attach(const PostgresUrl &server);
    ~PostgresCluster();
    PostgresCluster(const PostgresCluster &) = delete;
    PostgresCluster &operator=(const PostgresCluster &) = delete;

    std::string host() const { return m_server.host; }
    int port() const { return m_server.port; }
    std::string user() const { return m_server.user; }

    // Creates a new empty database with a name unique to this process ("t_<pid>_<n>") and
    // returns the name. Throws std::runtime_error with the server's message on failure.
    std::string createDatabase();
    // Everything needed to connect to the database (also a password, for an attached server).
    PostgresUrl address(const std::string &database) const;
    // "postgresql://caseline@127.0.0.1:PORT/DATABASE".
    std::string url(const std::string &database) const { return address(database).text(); }

    // The directory with the data, the socket and the logs; "" for an attached server.
    std::string directory() const;
    // The server log's last maxBytes, for failure messages; "" for an attached server.
    std::string serverLogTail(std::size_t maxBytes = 4000) const;

private:
    explicit PostgresCluster(PostgresUrl server);

    // Runs a PostgreSQL program (as "postgres" when we are root); "" on success, else why not.
    std::string runTool(const std::string &tool, std::vector<std::string> arguments,
                        int timeoutMs) const;
    void initialise();
    void start();
    std::string failure(const std::string &what) const;

    PostgresUrl m_server;
    std::unique_ptr<TempDirectory> m_directory;
    std::string m_binDirectory;
    std::vector<std::string> m_asServerUser; // "runuser -u postgres --" when root, else empty
    std::unique_ptr<ExitCleanup> m_cleanup;  // declared last: stops the server first
    std::atomic<int> m_databaseCounter{0};
};

} // namespace caseline::test
