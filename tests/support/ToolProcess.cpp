#include "ToolProcess.h"

#include "ExternalCommand.h"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <stdexcept>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace caseline::test {

namespace {

std::string commandLine(const std::vector<std::string> &arguments)
{
    std::string line;
    for (const std::string &argument : arguments) {
        line += (line.empty() ? "" : " ") + argument;
    }
    return line;
}

} // namespace

ToolProcess::ToolProcess(std::vector<std::string> arguments, int startTimeoutMs)
    : m_arguments(std::move(arguments))
{
    if (m_arguments.empty() || ::access(m_arguments.front().c_str(), X_OK) != 0) {
        throw std::runtime_error("cannot run " + commandLine(m_arguments));
    }
    std::string pattern =
        (std::filesystem::temp_directory_path() / "caseline-tool-XXXXXX").string();
    const int out = ::mkstemp(pattern.data());
    if (out < 0) {
        throw std::runtime_error("cannot create a temporary file: " +
                                 std::string(std::strerror(errno)));
    }
    m_outputPath = pattern;

    // Prepared before fork(): between fork and exec only async-signal-safe calls are allowed.
    std::vector<char *> argv;
    for (std::string &argument : m_arguments) {
        argv.push_back(argument.data());
    }
    argv.push_back(nullptr);
    const int devNull = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    const pid_t parent = ::getpid();
    static const char execFailed[] = "ToolProcess: exec failed\n";
    const pid_t pid = ::fork();
    if (pid < 0) {
        ::close(out);
        throw std::runtime_error("fork failed: " + std::string(std::strerror(errno)));
    }
    if (pid == 0) {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent) {
            ::_exit(126);
        }
        if (devNull >= 0) {
            ::dup2(devNull, STDIN_FILENO);
        }
        ::dup2(out, STDOUT_FILENO);
        ::dup2(out, STDERR_FILENO);
        ::execv(argv[0], argv.data());
        const ssize_t written = ::write(STDERR_FILENO, execFailed, sizeof execFailed - 1);
        (void)written;
        ::_exit(127);
    }
    ::close(out);
    if (devNull >= 0) {
        ::close(devNull);
    }
    m_pid = pid;

    static const std::regex announced(R"(listening on http://127\.0\.0\.1:([0-9]{1,5}))");
    const auto deadline =
        std::chrono::steady_clock::now() + std::chrono::milliseconds(startTimeoutMs);
    while (true) {
        std::smatch found;
        const std::string text = output();
        if (std::regex_search(text, found, announced)) {
            m_port = std::stoi(found[1].str());
            return;
        }
        int status = 0;
        if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
            m_pid = -1;
            throw std::runtime_error(commandLine(m_arguments) + " ended before listening (" +
                                     ExternalCommand::describeStatus(status) + "):\n" + text);
        }
        if (std::chrono::steady_clock::now() > deadline) {
            const std::string how = stop(2000);
            throw std::runtime_error(commandLine(m_arguments) + " did not listen within " +
                                     std::to_string(startTimeoutMs) + " ms (" + how + "):\n" +
                                     text);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

ToolProcess::~ToolProcess()
{
    stop();
    std::error_code ignored;
    std::filesystem::remove(m_outputPath, ignored);
}

std::string ToolProcess::baseUrl() const
{
    return "http://127.0.0.1:" + std::to_string(m_port);
}

std::string ToolProcess::output() const
{
    std::ifstream in(m_outputPath, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string ToolProcess::waitForExit(int timeoutMs)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (true) {
        int status = 0;
        const pid_t result = ::waitpid(m_pid, &status, WNOHANG);
        if (result == m_pid) {
            m_pid = -1;
            return ExternalCommand::describeStatus(status);
        }
        if (result < 0 && errno != EINTR) {
            m_pid = -1;
            return "already reaped";
        }
        if (std::chrono::steady_clock::now() > deadline) {
            return {};
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

std::string ToolProcess::stop(int timeoutMs)
{
    if (m_pid <= 0) {
        return {};
    }
    ::kill(m_pid, SIGTERM);
    std::string status = waitForExit(timeoutMs);
    if (m_pid > 0) {
        ::kill(m_pid, SIGKILL);
        status = "did not stop on SIGTERM; " + waitForExit(10000);
    }
    return status;
}

} // namespace caseline::test
