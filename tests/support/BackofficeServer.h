#pragma once

#include "BackofficeProcess.h"
#include "TempDirectory.h"
#include "TestScenario.h"
#include "backoffice/BackofficeConfig.h"

#include <initializer_list>
#include <memory>
#include <string>
#include <vector>

namespace caseline::test {

// The reference back-office (caseline-backoffice) a test talks to: the one place that starts
// it, waits until it listens, hands out its URL and configuration, and stops it (at the latest
// when the object goes away). Never throws: a start that fails is reported with ADD_FAILURE,
// quoting the server's output, and kept in error(), so a test can
// ASSERT_TRUE(server.running()) << server.error().
class BackofficeServer
{
public:
    BackofficeServer() = default;
    // Starts at once, as start(arguments) does.
    explicit BackofficeServer(std::vector<std::string> arguments);
    ~BackofficeServer();
    BackofficeServer(const BackofficeServer &) = delete;
    BackofficeServer &operator=(const BackofficeServer &) = delete;

    // Starts caseline-backoffice with these arguments (a free port is always chosen); a server
    // already running is stopped first.
    bool start(std::vector<std::string> arguments);
    // start({"--demo"}): a list of words is arguments, not a scenario's id.
    bool start(std::initializer_list<std::string> arguments)
    {
        return start(std::vector<std::string>(arguments));
    }
    // Writes the scenario into directory() and starts with "--scenario FILE" + extraArguments
    // (by default the clock frozen at TestScenario::kNow).
    bool start(const TestScenario &scenario,
               std::vector<std::string> extraArguments = {"--clock", TestScenario::kNow});
    // Starts again with the arguments of the last start, keeping directory() and so any --data
    // file in it; the new process listens on a new port. Stops the running one first, if any
    // (a test that wants a crash kills it with process().kill() before).
    bool restart();
    // Stops the server and removes directory().
    void stop();

    bool running() const { return m_process != nullptr && m_process->pid() > 0; }
    BackofficeProcess &process() { return *m_process; }
    // "http://127.0.0.1:PORT"; while nothing runs, an address where nothing listens.
    std::string baseUrl() const;
    // Every system under the server's reference layout, as the console and caseline-cli are
    // configured for it; no token is read from the test's environment.
    BackofficeConfig config() const;
    const std::string &error() const { return m_error; }
    // A temporary directory that lives until stop() (scenario and data files).
    TempDirectory &directory();

private:
    bool launch();

    std::vector<std::string> m_arguments;
    std::unique_ptr<TempDirectory> m_directory;
    std::unique_ptr<BackofficeProcess> m_process;
    std::string m_error;
};

} // namespace caseline::test
