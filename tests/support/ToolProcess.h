#pragma once

#include <string>
#include <sys/types.h>
#include <vector>

namespace caseline::test {

// A long-running test tool (Prism, the canned upstream) as a child process that announces its
// address with "listening on http://127.0.0.1:PORT" somewhere in its output. Its output goes to
// a temporary file, so a chatty tool never blocks on a full pipe and can be quoted when
// something fails. The tool dies with the test process, even if the test crashes.
class ToolProcess
{
public:
    // arguments[0] is an absolute path. Throws std::runtime_error (quoting the output) when the
    // tool ends or says nothing within startTimeoutMs.
    ToolProcess(std::vector<std::string> arguments, int startTimeoutMs = 30000);
    ~ToolProcess();
    ToolProcess(const ToolProcess &) = delete;
    ToolProcess &operator=(const ToolProcess &) = delete;

    // "http://127.0.0.1:PORT"
    std::string baseUrl() const;
    std::string output() const;
    // SIGTERM, SIGKILL after timeoutMs; "exited 0", "killed by signal 9", "" when not running.
    std::string stop(int timeoutMs = 5000);

private:
    std::string waitForExit(int timeoutMs);

    std::vector<std::string> m_arguments;
    std::string m_outputPath;
    pid_t m_pid = -1;
    int m_port = 0;
};

} // namespace caseline::test
