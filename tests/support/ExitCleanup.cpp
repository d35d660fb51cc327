#include "ExitCleanup.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

namespace caseline::test {

ExitCleanup::ExitCleanup(std::vector<std::string> command, std::string directory)
    : m_owner(::getpid())
{
    // The watcher's shell: wait for end of file on stdin, run the command, remove the directory.
    std::vector<std::string> arguments = {
        "/bin/sh", "-c", "read -r _; \"$@\" >/dev/null 2>&1; rm -rf -- \"$0\"", directory};
    arguments.insert(arguments.end(), command.begin(), command.end());
    std::vector<char *> argv;
    for (auto &argument : arguments) {
        argv.push_back(argument.data());
    }
    argv.push_back(nullptr);

    int trigger[2];
    int done[2];
    if (::pipe2(trigger, O_CLOEXEC) != 0) {
        throw std::runtime_error(std::string("pipe failed: ") + std::strerror(errno));
    }
    if (::pipe2(done, O_CLOEXEC) != 0) {
        const std::string reason = std::strerror(errno);
        ::close(trigger[0]);
        ::close(trigger[1]);
        throw std::runtime_error("pipe failed: " + reason);
    }
    const int devNull = ::open("/dev/null", O_WRONLY | O_CLOEXEC);

    const pid_t pid = ::fork();
    if (pid == 0) {
        // A new session keeps Ctrl-C on the terminal away from the watcher; the second fork
        // takes it out of the test's process tree, which ctest kills on a timeout.
        ::setsid();
        const pid_t watcher = ::fork();
        if (watcher != 0) {
            ::_exit(watcher < 0 ? 1 : 0);
        }
        ::dup2(trigger[0], STDIN_FILENO);
        ::dup2(done[1], STDOUT_FILENO);
        ::dup2(devNull, STDERR_FILENO);
        ::close_range(3, ~0U, 0);
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    const int forkError = errno;
    ::close(trigger[0]);
    ::close(done[1]);
    ::close(devNull);
    m_trigger = trigger[1];
    m_done = done[0];
    int status = 0;
    if (pid < 0 || ::waitpid(pid, &status, 0) != pid || !WIFEXITED(status) ||
        WEXITSTATUS(status) != 0) {
        ::close(m_trigger);
        ::close(m_done);
        throw std::runtime_error(std::string("cannot start the cleanup watcher: ") +
                                 (pid < 0 ? std::strerror(forkError) : "its fork failed"));
    }
}

ExitCleanup::~ExitCleanup()
{
    ::close(m_trigger);
    char buffer[64];
    while (::getpid() == m_owner) {
        const ssize_t got = ::read(m_done, buffer, sizeof buffer);
        if (got == 0 || (got < 0 && errno != EINTR)) {
            break;
        }
    }
    ::close(m_done);
}

} // namespace caseline::test
