#include "BackofficeProcess.h"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

#ifndef CASELINE_BIN_DIR
#define CASELINE_BIN_DIR "."
#endif

namespace caseline::test {

namespace {

std::string readFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string describeStatus(int status)
{
    if (WIFEXITED(status)) {
        return "exited " + std::to_string(WEXITSTATUS(status));
    }
    if (WIFSIGNALED(status)) {
        return "killed by signal " + std::to_string(WTERMSIG(status));
    }
    return "status " + std::to_string(status);
}

// Creates an empty temporary file and returns its path and an open descriptor.
std::pair<std::string, int> makeTempFile(const std::string &stem)
{
    std::string pattern =
        (std::filesystem::temp_directory_path() / ("caseline-backoffice-" + stem + "-XXXXXX"))
            .string();
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0) {
        throw std::runtime_error("cannot create a temporary file: " +
                                 std::string(std::strerror(errno)));
    }
    return {pattern, fd};
}

std::string tail(const std::string &text, std::size_t limit = 8000)
{
    return text.size() <= limit ? text : "..." + text.substr(text.size() - limit);
}

} // namespace

BackofficeProcess::BackofficeProcess(std::vector<std::string> arguments, int startTimeoutMs)
    : m_arguments(std::move(arguments))
    , m_startTimeoutMs(startTimeoutMs)
{
    start();
}

BackofficeProcess::~BackofficeProcess()
{
    stop();
    std::error_code ignored;
    if (!m_stdoutPath.empty()) {
        std::filesystem::remove(m_stdoutPath, ignored);
    }
    if (!m_stderrPath.empty()) {
        std::filesystem::remove(m_stderrPath, ignored);
    }
}

std::string BackofficeProcess::executablePath()
{
    const char *fromEnvironment = std::getenv("CASELINE_BIN_DIR");
    const std::string directory =
        fromEnvironment && *fromEnvironment ? fromEnvironment : CASELINE_BIN_DIR;
    return directory + "/caseline-backoffice";
}

std::string BackofficeProcess::baseUrl() const
{
    return "http://127.0.0.1:" + std::to_string(m_port);
}

std::string BackofficeProcess::stdoutText() const
{
    return m_stdoutPath.empty() ? std::string() : readFile(m_stdoutPath);
}

std::string BackofficeProcess::stderrText() const
{
    return m_stderrPath.empty() ? std::string() : readFile(m_stderrPath);
}

void BackofficeProcess::start()
{
    const std::string executable = executablePath();
    if (::access(executable.c_str(), X_OK) != 0) {
        throw std::runtime_error("caseline-backoffice not found or not executable at " +
                                 executable + " (build it, or set CASELINE_BIN_DIR)");
    }

    std::error_code ignored;
    if (!m_stdoutPath.empty()) {
        std::filesystem::remove(m_stdoutPath, ignored);
    }
    if (!m_stderrPath.empty()) {
        std::filesystem::remove(m_stderrPath, ignored);
    }
    const auto [stdoutPath, stdoutFd] = makeTempFile("stdout");
    const auto [stderrPath, stderrFd] = makeTempFile("stderr");
    m_stdoutPath = stdoutPath;
    m_stderrPath = stderrPath;

    // Everything the child needs is prepared before fork(): between fork and exec only
    // async-signal-safe calls are allowed (the test process may have threads).
    std::vector<std::string> argv = {executable};
    argv.insert(argv.end(), m_arguments.begin(), m_arguments.end());
    argv.push_back("--port");
    argv.push_back("0");
    std::vector<char *> argvPointers;
    for (auto &argument : argv) {
        argvPointers.push_back(argument.data());
    }
    argvPointers.push_back(nullptr);
    const int devNull = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    const pid_t parent = ::getpid();
    static const char execFailed[] = "BackofficeProcess: exec failed\n";

    const pid_t pid = ::fork();
    if (pid < 0) {
        const std::string reason = std::strerror(errno);
        ::close(stdoutFd);
        ::close(stderrFd);
        ::close(devNull);
        throw std::runtime_error("fork failed: " + reason);
    }
    if (pid == 0) {
        // The server dies with the test that started it, even if the test crashes.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent) {
            ::_exit(126);
        }
        if (devNull >= 0) {
            ::dup2(devNull, STDIN_FILENO);
        }
        ::dup2(stdoutFd, STDOUT_FILENO);
        ::dup2(stderrFd, STDERR_FILENO);
        ::execv(argvPointers[0], argvPointers.data());
        const ssize_t written = ::write(STDERR_FILENO, execFailed, sizeof execFailed - 1);
        (void)written;
        ::_exit(127);
    }
    ::close(stdoutFd);
    ::close(stderrFd);
    if (devNull >= 0) {
        ::close(devNull);
    }
    m_pid = pid;
    m_port = 0;

    std::string commandLine;
    for (const auto &argument : argv) {
        commandLine += (commandLine.empty() ? "" : " ") + argument;
    }

    const auto deadline =
        std::chrono::steady_clock::now() + std::chrono::milliseconds(m_startTimeoutMs);
    while (true) {
        const std::string output = readFile(m_stdoutPath);
        const auto newline = output.find('\n');
        if (newline != std::string::npos) {
            std::string line = output.substr(0, newline);
            if (!line.empty() && line.back() == '\r') {
                line.pop_back();
            }
            static const std::string prefix = "listening on http://";
            const auto colon = line.rfind(':');
            int port = 0;
            if (line.rfind(prefix, 0) == 0 && colon != std::string::npos && colon > prefix.size()) {
                try {
                    std::size_t used = 0;
                    port = std::stoi(line.substr(colon + 1), &used);
                    if (used != line.size() - colon - 1) {
                        port = 0;
                    }
                } catch (const std::exception &) {
                    port = 0;
                }
            }
            if (port <= 0 || port > 65535) {
                const std::string status = stop(2000);
                throw std::runtime_error("caseline-backoffice (" + commandLine +
                                         ") printed an unexpected first line: \"" + line + "\" (" +
                                         status + ")\nstderr:\n" + tail(stderrText()));
            }
            m_port = port;
            return;
        }
        int status = 0;
        if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
            m_pid = -1;
            throw std::runtime_error(
                "caseline-backoffice (" + commandLine +
                ") ended before announcing its port: " + describeStatus(status) + "\nstdout:\n" +
                tail(stdoutText()) + "\nstderr:\n" + tail(stderrText()));
        }
        if (std::chrono::steady_clock::now() > deadline) {
            const std::string how = stop(2000);
            throw std::runtime_error(
                "caseline-backoffice (" + commandLine + ") did not announce its port within " +
                std::to_string(m_startTimeoutMs) + " ms (" + how + ")\nstdout:\n" +
                tail(stdoutText()) + "\nstderr:\n" + tail(stderrText()));
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

bool BackofficeProcess::running()
{
    if (m_pid <= 0) {
        return false;
    }
    int status = 0;
    if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
        m_pid = -1;
        return false;
    }
    return true;
}

std::string BackofficeProcess::waitForExit(int timeoutMs)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (true) {
        int status = 0;
        const pid_t result = ::waitpid(m_pid, &status, WNOHANG);
        if (result == m_pid) {
            m_pid = -1;
            return describeStatus(status);
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

std::string BackofficeProcess::stop(int timeoutMs)
{
    if (m_pid <= 0) {
        return {};
    }
    ::kill(m_pid, SIGTERM);
    std::string status = waitForExit(timeoutMs);
    if (m_pid > 0) {
        ::kill(m_pid, SIGKILL);
        status = "did not stop on SIGTERM within " + std::to_string(timeoutMs) + " ms; " +
                 waitForExit(10000);
    }
    return status;
}

void BackofficeProcess::kill()
{
    if (m_pid <= 0) {
        return;
    }
    ::kill(m_pid, SIGKILL);
    waitForExit(10000);
}

void BackofficeProcess::restart()
{
    stop();
    start();
}

} // namespace caseline::test
