#pragma once

#include <string>
#include <sys/types.h>
#include <vector>

namespace caseline::test {

// Stops a server and removes its directory when this object goes away or when the test process
// dies in any way at all: a crash, SIGKILL or a ctest timeout run no destructor, and a server
// that detached itself (pg_ctl's postmaster) would otherwise keep running with its files left
// in /tmp. A watcher process, detached from the test's process tree and terminal, blocks on a
// pipe whose only write end is held by this process; the kernel closes it when the process
// ends, and the watcher then runs the command and removes the directory.
class ExitCleanup
{
public:
    // command[0] must be an absolute path. Throws std::runtime_error when the watcher cannot
    // be started.
    ExitCleanup(std::vector<std::string> command, std::string directory);
    // Lets the watcher clean up now and waits until it has. In a forked child (a death test)
    // it only lets go of the pipes: the cleanup belongs to the process that started it.
    ~ExitCleanup();
    ExitCleanup(const ExitCleanup &) = delete;
    ExitCleanup &operator=(const ExitCleanup &) = delete;

private:
    int m_trigger = -1; // write end: closing it starts the cleanup
    int m_done = -1;    // read end: end of file once the watcher has finished
    pid_t m_owner;
};

} // namespace caseline::test
