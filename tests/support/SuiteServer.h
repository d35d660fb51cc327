#pragma once

#include "BackofficeProcess.h"
#include "TempDirectory.h"
#include "TestScenario.h"

#include <memory>
#include <string>
#include <vector>

namespace caseline::test {

// One caseline-backoffice per test suite: started in SetUpTestSuite, stopped in
// TearDownTestSuite. Never throws: a failed start is reported with ADD_FAILURE and kept in
// error(), so each test can ASSERT_TRUE(server.running()) << server.error().
class SuiteServer
{
public:
    SuiteServer() = default;
    ~SuiteServer();
    SuiteServer(const SuiteServer &) = delete;
    SuiteServer &operator=(const SuiteServer &) = delete;

    bool start(std::vector<std::string> arguments);
    // Writes the scenario into directory() and starts with "--scenario FILE" + extraArguments
    // (by default the clock frozen at TestScenario::kNow).
    bool start(const TestScenario &scenario,
               std::vector<std::string> extraArguments = {"--clock", TestScenario::kNow});
    void stop();

    bool running() const { return m_process != nullptr; }
    BackofficeProcess &process() { return *m_process; }
    std::string baseUrl() const;
    const std::string &error() const { return m_error; }
    // A temporary directory that lives as long as this object (scenario and data files).
    TempDirectory &directory();

private:
    std::unique_ptr<TempDirectory> m_directory;
    std::unique_ptr<BackofficeProcess> m_process;
    std::string m_error;
};

} // namespace caseline::test
