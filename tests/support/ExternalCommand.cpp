#include "ExternalCommand.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace caseline::test {

ExternalCommand::ExternalCommand(std::vector<std::string> arguments)
    : m_arguments(std::move(arguments))
{
    if (m_arguments.empty()) {
        throw std::runtime_error("ExternalCommand: no program given");
    }
    if (m_arguments.front().find('/') == std::string::npos) {
        const std::string found = which(m_arguments.front());
        if (found.empty()) {
            throw std::runtime_error(m_arguments.front() + " not found in PATH");
        }
        m_arguments.front() = found;
    }
}

std::string ExternalCommand::which(const std::string &name)
{
    const char *path = std::getenv("PATH");
    std::istringstream directories(std::string(path ? path : "/usr/bin:/bin") + ":/usr/sbin:/sbin");
    std::string directory;
    while (std::getline(directories, directory, ':')) {
        const std::string candidate = (directory.empty() ? "." : directory) + "/" + name;
        if (::access(candidate.c_str(), X_OK) == 0) {
            return candidate;
        }
    }
    return {};
}

std::string ExternalCommand::describeStatus(int status)
{
    if (WIFEXITED(status)) {
        return "exited " + std::to_string(WEXITSTATUS(status));
    }
    if (WIFSIGNALED(status)) {
        return "killed by signal " + std::to_string(WTERMSIG(status));
    }
    return "status " + std::to_string(status);
}

std::string ExternalCommand::text() const
{
    std::string line;
    for (const auto &argument : m_arguments) {
        line += (line.empty() ? "" : " ") + argument;
    }
    return line;
}

std::string ExternalCommand::run(const std::string &logPath, const std::string &workingDirectory,
                                 int timeoutMs) const
{
    const int log = ::open(logPath.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    if (log < 0) {
        throw std::runtime_error("cannot open " + logPath + ": " + std::strerror(errno));
    }
    const int devNull = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    std::vector<std::string> arguments = m_arguments;
    std::vector<char *> argv;
    for (auto &argument : arguments) {
        argv.push_back(argument.data());
    }
    argv.push_back(nullptr);
    const std::string execFailed = "cannot execute " + text() + " in " + workingDirectory + "\n";

    const pid_t pid = ::fork();
    if (pid < 0) {
        const std::string reason = std::strerror(errno);
        ::close(log);
        ::close(devNull);
        throw std::runtime_error("fork failed: " + reason);
    }
    if (pid == 0) {
        ::dup2(devNull, STDIN_FILENO);
        ::dup2(log, STDOUT_FILENO);
        ::dup2(log, STDERR_FILENO);
        // Servers started by the command (pg_ctl's postmaster) outlive it; they must not hold
        // descriptors of the test, such as ctest's output pipe.
        ::close_range(3, ~0U, 0);
        if (::chdir(workingDirectory.c_str()) == 0) {
            ::execv(argv[0], argv.data());
        }
        const ssize_t written = ::write(STDERR_FILENO, execFailed.data(), execFailed.size());
        (void)written;
        ::_exit(127);
    }
    ::close(log);
    ::close(devNull);

    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    auto pause = std::chrono::milliseconds(1);
    while (true) {
        int status = 0;
        const pid_t result = ::waitpid(pid, &status, WNOHANG);
        if (result == pid) {
            return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? std::string()
                                                                 : describeStatus(status);
        }
        if (result < 0 && errno != EINTR) {
            return std::string("waitpid failed: ") + std::strerror(errno);
        }
        if (std::chrono::steady_clock::now() > deadline) {
            ::kill(pid, SIGKILL);
            ::waitpid(pid, &status, 0);
            return "did not finish within " + std::to_string(timeoutMs) + " ms";
        }
        // Short commands finish in milliseconds; back off for the long ones.
        std::this_thread::sleep_for(pause);
        pause = std::min(pause * 2, std::chrono::milliseconds(20));
    }
}

} // namespace caseline::test
