#include "SuiteServer.h"

#include <gtest/gtest.h>

namespace caseline::test {

SuiteServer::~SuiteServer()
{
    stop();
}

bool SuiteServer::start(std::vector<std::string> arguments)
{
    m_process.reset();
    m_error.clear();
    try {
        m_process = std::make_unique<BackofficeProcess>(std::move(arguments));
    } catch (const std::exception &error) {
        m_error = error.what();
        ADD_FAILURE() << "caseline-backoffice did not start: " << m_error;
        return false;
    }
    return true;
}

bool SuiteServer::start(const TestScenario &scenario, std::vector<std::string> extraArguments)
{
    const std::string name = scenario.document().value("id", "scenario") + ".json";
    std::vector<std::string> arguments = {"--scenario", directory().write(name, scenario.text())};
    arguments.insert(arguments.end(), extraArguments.begin(), extraArguments.end());
    return start(std::move(arguments));
}

void SuiteServer::stop()
{
    m_process.reset();
    m_directory.reset();
}

std::string SuiteServer::baseUrl() const
{
    return m_process ? m_process->baseUrl() : std::string("http://127.0.0.1:1");
}

TempDirectory &SuiteServer::directory()
{
    if (!m_directory) {
        m_directory = std::make_unique<TempDirectory>("caseline-backoffice-test");
    }
    return *m_directory;
}

} // namespace caseline::test
