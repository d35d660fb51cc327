#include "BackofficeServer.h"

#include <gtest/gtest.h>

namespace caseline::test {

BackofficeServer::BackofficeServer(std::vector<std::string> arguments)
{
    start(std::move(arguments));
}

BackofficeServer::~BackofficeServer()
{
    stop();
}

bool BackofficeServer::start(std::vector<std::string> arguments)
{
    m_arguments = std::move(arguments);
    return launch();
}

bool BackofficeServer::start(const TestScenario &scenario, std::vector<std::string> extraArguments)
{
    const std::string name = scenario.document().value("id", "scenario") + ".json";
    std::vector<std::string> arguments = {"--scenario", directory().write(name, scenario.text())};
    arguments.insert(arguments.end(), extraArguments.begin(), extraArguments.end());
    return start(std::move(arguments));
}

bool BackofficeServer::restart()
{
    return launch();
}

bool BackofficeServer::launch()
{
    m_process.reset();
    m_error.clear();
    try {
        m_process = std::make_unique<BackofficeProcess>(m_arguments);
    } catch (const std::exception &error) {
        m_error = error.what();
        ADD_FAILURE() << "caseline-backoffice did not start: " << m_error;
        return false;
    }
    return true;
}

void BackofficeServer::stop()
{
    m_process.reset();
    m_directory.reset();
}

std::string BackofficeServer::baseUrl() const
{
    return m_process ? m_process->baseUrl() : std::string("http://127.0.0.1:1");
}

BackofficeConfig BackofficeServer::config() const
{
    return BackofficeConfig::forReferenceServer(
        baseUrl(), [](const std::string &) { return std::optional<std::string>(); });
}

TempDirectory &BackofficeServer::directory()
{
    if (!m_directory) {
        m_directory = std::make_unique<TempDirectory>("caseline-backoffice-test");
    }
    return *m_directory;
}

} // namespace caseline::test
