#pragma once

#include <string>
#include <vector>

namespace caseline::test {

// Runs a program to completion with its stdout and stderr appended to a log file, so that a
// failure can be explained by quoting the log. The program is resolved to an absolute path up
// front: between fork() and exec() only async-signal-safe calls are allowed (tests may have
// threads), which rules out execvp's PATH search.
class ExternalCommand
{
public:
    // arguments[0] is a path or a name looked up with which(); throws std::runtime_error when
    // it cannot be found.
    explicit ExternalCommand(std::vector<std::string> arguments);

    // Runs in workingDirectory with stdin from /dev/null. Returns "" when the program exits 0,
    // else why not ("exited 1", "killed by signal 9", "did not finish within 1000 ms").
    // Throws std::runtime_error when the log cannot be opened or fork() fails.
    std::string run(const std::string &logPath, const std::string &workingDirectory,
                    int timeoutMs) const;

    // The command line, for messages.
    std::string text() const;

    // The executable called name in $PATH or, since runuser lives there and a user's PATH
    // often lacks them, in /usr/sbin and /sbin; "" when there is none.
    static std::string which(const std::string &name);

    // "exited 1", "killed by signal 9", ... for a waitpid() status.
    static std::string describeStatus(int status);

private:
    std::vector<std::string> m_arguments;
};

} // namespace caseline::test
