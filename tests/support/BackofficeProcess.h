#pragma once

#include <string>
#include <sys/types.h>
#include <vector>

namespace caseline::test {

// Runs the reference back-office server (caseline-backoffice) as a child process for
// integration tests. The executable is looked up in $CASELINE_BIN_DIR, else in the build's
// CASELINE_BIN_DIR. "--port 0" is always added; the port is read from the first stdout line
// ("listening on http://127.0.0.1:PORT"). stdout and stderr go to temporary files, so a chatty
// server never blocks on a full pipe and its output can be quoted when something fails.
class BackofficeProcess
{
public:
    // Starts the server at once; throws std::runtime_error (quoting stderr) when it does not
    // announce its port within startTimeoutMs.
    explicit BackofficeProcess(std::vector<std::string> arguments = {}, int startTimeoutMs = 10000);
    ~BackofficeProcess();
    BackofficeProcess(const BackofficeProcess &) = delete;
    BackofficeProcess &operator=(const BackofficeProcess &) = delete;

    // "http://127.0.0.1:PORT" (changes on restart: the new process gets a new free port).
    std::string baseUrl() const;
    int port() const { return m_port; }
    pid_t pid() const { return m_pid; }
    bool running();
    const std::vector<std::string> &arguments() const { return m_arguments; }

    // SIGTERM, then waits (SIGKILL after timeoutMs). Returns the wait status text, e.g.
    // "exited 0" or "killed by signal 9". No-op when not running.
    std::string stop(int timeoutMs = 10000);
    // SIGKILL and wait.
    void kill();
    // stop() then start again with the same arguments.
    void restart();

    std::string stdoutText() const;
    std::string stderrText() const;
    // The executable that is (or would be) started.
    static std::string executablePath();

private:
    void start();
    std::string waitForExit(int timeoutMs);

    std::vector<std::string> m_arguments;
    int m_startTimeoutMs;
    pid_t m_pid = -1;
    int m_port = 0;
    std::string m_stdoutPath;
    std::string m_stderrPath;
};

} // namespace caseline::test
