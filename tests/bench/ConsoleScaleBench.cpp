// The real console process on a store of N cases (SQLite or PostgreSQL): how long from starting
// `caseline` until its first queue page is on screen, and how much memory the process needs
// for that. Each run starts
//   caseline --backoffice URL --db STORE --as supervisor-1 --quit-when-interactive
// offscreen, on the queue tab --queue names (default "all": every open case; the console
// opens on the tab it was left on, so the bench writes that into a private settings folder),
// with its own single-instance key, against one reference
// back-office (caseline-backoffice --demo) started once. The console prints
// "caseline: interactive after N ms" when its controller has shown the queue, then quits.
// Per run: spawn to that line (read from its stdout), spawn to exit, the console's own figure
// (from its launcher's creation, so without process and QApplication start), and the process's
// peak resident memory from wait4() (ru_maxrss of that child alone).
//
//   ConsoleScaleBench --cases 1000000 --store sqlite [--keep /tmp/console-1m.sqlite] [--runs 5]
//                     [--queue mine|department|all|attention] [--timeout SECONDS]
//   CASELINE_BENCH_POSTGRES_URL=postgresql://user@host:port/postgres
//       ConsoleScaleBench --cases 1000000 --store postgresql [--keep DATABASE_NAME] [--runs 5]
// The store is seeded by `caseline-cli --db STORE dev seed --cases N`. --keep reuses a store
// seeded with N cases by an earlier run (an SQLite file, or a database of that name on the
// PostgreSQL server, created when missing); without it the store is temporary (a PostgreSQL
// database made for the run is dropped at the end). The last lines are a Markdown table row.
#include "BackofficeProcess.h"
#include "CliRun.h"
#include "PostgresTestServer.h"
#include "TempDirectory.h"
#include "store/CaseDatabase.h"
#include "store/CaseSeeder.h"
#include "store/SchemaMigrations.h"

#include <QCoreApplication>
#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <optional>
#include <poll.h>
#include <signal.h>
#include <sstream>
#include <stdexcept>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ;

using namespace caseline;
using Steady = std::chrono::steady_clock;

namespace {

const char *const interactiveLine = "caseline: interactive after ";

struct Options
{
    long long cases = 10000;
    bool postgres = false;
    QString keep;
    int runs = 5;
    int timeoutS = 900;
    int queue = 2; // QueueKind::AllOpen: the biggest queue the console shows
};

// --queue's words, in QueueKind's order (the console's tabs).
const char *const queueNames[] = {"mine", "department", "all", "attention"};

// What one console start showed; interactiveMs < 0 when the queue never showed.
struct ConsoleRun
{
    double interactiveMs = -1;
    double exitMs = -1;
    double ownMs = -1; // the console's own "interactive after" figure
    double peakMb = -1;
    std::string status;
    std::string errTail;
};

double elapsedMs(Steady::time_point start)
{
    return std::chrono::duration<double, std::milli>(Steady::now() - start).count();
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? -1 : values[values.size() / 2];
}

std::string binDir()
{
    const QByteArray dir = qgetenv("CASELINE_BIN_DIR");
    return dir.isEmpty() ? std::string(CASELINE_BIN_DIR) : dir.toStdString();
}

std::string tail(const std::string &path, std::size_t maxBytes = 2000)
{
    std::ifstream file(path);
    std::stringstream text;
    text << file.rdbuf();
    const std::string all = text.str();
    return all.size() > maxBytes ? all.substr(all.size() - maxBytes) : all;
}

std::string waitStatus(int status)
{
    if (WIFEXITED(status)) {
        return "exited " + std::to_string(WEXITSTATUS(status));
    }
    if (WIFSIGNALED(status)) {
        return "killed by signal " + std::to_string(WTERMSIG(status));
    }
    return "status " + std::to_string(status);
}

// The environment of this process with `overrides` ("NAME=value") put in place.
std::vector<std::string> environmentWith(const std::vector<std::string> &overrides)
{
    std::vector<std::string> result;
    for (char **entry = environ; *entry != nullptr; ++entry) {
        const std::string text = *entry;
        const std::string name = text.substr(0, text.find('='));
        const bool replaced =
            std::any_of(overrides.begin(), overrides.end(), [&name](const std::string &override) {
                return override.rfind(name + "=", 0) == 0;
            });
        if (!replaced) {
            result.push_back(text);
        }
    }
    result.insert(result.end(), overrides.begin(), overrides.end());
    return result;
}

std::vector<char *> pointers(std::vector<std::string> &texts)
{
    std::vector<char *> result;
    for (std::string &text : texts) {
        result.push_back(text.data());
    }
    result.push_back(nullptr);
    return result;
}

// One start of the console, timed from just before fork() to the "interactive" line on its
// stdout and to its exit; its peak memory from wait4(), which reports this child alone.
ConsoleRun runConsole(const std::string &backofficeUrl, const std::string &store, int index,
                      const Options &options)
{
    ConsoleRun run;
    const test::TempDirectory home("caseline-console-bench");
    // The console opens on the queue tab it was left on (MainWindow::restoreLayout).
    std::filesystem::create_directories(home.path() / "config" / "Caseline");
    std::ofstream(home.path() / "config" / "Caseline" / "Caseline.conf")
        << "[window]\nqueue=" << options.queue << "\n";
    const std::string errPath = home.file("stderr.txt");
    std::vector<std::string> arguments{
        binDir() + "/caseline", "--backoffice",           backofficeUrl, "--db", store, "--as",
        "supervisor-1",         "--quit-when-interactive"};
    std::vector<std::string> environment = environmentWith(
        {"QT_QPA_PLATFORM=offscreen", "XDG_CONFIG_HOME=" + home.file("config"),
         "XDG_DATA_HOME=" + home.file("data"), "XDG_CACHE_HOME=" + home.file("cache"),
         "CASELINE_INSTANCE=caseline-console-bench-" + std::to_string(::getpid()) + "-" +
             std::to_string(index)});
    std::vector<char *> argv = pointers(arguments);
    std::vector<char *> envp = pointers(environment);

    int out[2];
    if (::pipe2(out, O_CLOEXEC) != 0) {
        run.status = std::string("pipe: ") + std::strerror(errno);
        return run;
    }
    const Steady::time_point start = Steady::now();
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int err = ::open(errPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        ::dup2(out[1], STDOUT_FILENO);
        if (err >= 0) {
            ::dup2(err, STDERR_FILENO);
        }
        ::setpgid(0, 0);
        ::execve(argv[0], argv.data(), envp.data());
        ::_exit(127);
    }
    ::close(out[1]);
    if (pid < 0) {
        ::close(out[0]);
        run.status = std::string("fork: ") + std::strerror(errno);
        return run;
    }
    ::setpgid(pid, pid); // also here: a kill on time-out must find the group

    // Read stdout until it closes (the console exits), noting when the line arrives.
    std::string text;
    bool timedOut = false;
    for (;;) {
        const double left = options.timeoutS * 1000.0 - elapsedMs(start);
        if (left <= 0) {
            timedOut = true;
            break;
        }
        pollfd ready{out[0], POLLIN, 0};
        if (::poll(&ready, 1, static_cast<int>(std::min(left, 1000.0))) <= 0) {
            continue;
        }
        char buffer[4096];
        const ssize_t got = ::read(out[0], buffer, sizeof buffer);
        if (got <= 0) {
            break;
        }
        text.append(buffer, static_cast<std::size_t>(got));
        const std::size_t at = text.find(interactiveLine);
        if (run.interactiveMs < 0 && at != std::string::npos &&
            text.find('\n', at) != std::string::npos) {
            run.interactiveMs = elapsedMs(start);
            run.ownMs = std::atof(text.c_str() + at + std::strlen(interactiveLine));
        }
    }
    ::close(out[0]);
    if (timedOut) {
        ::kill(-pid, SIGKILL);
    }
    int status = 0;
    rusage usage{};
    ::wait4(pid, &status, 0, &usage);
    run.exitMs = elapsedMs(start);
    run.peakMb = static_cast<double>(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
    run.status = timedOut ? "timed out after " + std::to_string(options.timeoutS) + " s, killed"
                          : waitStatus(status);
    run.errTail = tail(errPath);
    return run;
}

Options parse(const QStringList &arguments)
{
    Options options;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        const QString value = i + 1 < arguments.size() ? arguments[i + 1] : QString();
        if (argument == QStringLiteral("--cases")) {
            options.cases = value.toLongLong();
        } else if (argument == QStringLiteral("--store")) {
            options.postgres = value == QStringLiteral("postgresql");
        } else if (argument == QStringLiteral("--keep")) {
            options.keep = value;
        } else if (argument == QStringLiteral("--runs")) {
            options.runs = value.toInt();
        } else if (argument == QStringLiteral("--queue")) {
            const auto found =
                std::find(std::begin(queueNames), std::end(queueNames), value.toStdString());
            if (found == std::end(queueNames)) {
                throw std::invalid_argument("--queue is mine, department, all or attention");
            }
            options.queue = static_cast<int>(found - std::begin(queueNames));
        } else if (argument == QStringLiteral("--timeout")) {
            options.timeoutS = value.toInt();
        } else {
            throw std::invalid_argument("unknown argument " + argument.toStdString());
        }
        ++i;
    }
    return options;
}

// The PostgreSQL store: database `keep` (created when missing) or a fresh one; `made` names a
// database this run created and must drop.
std::string postgresStore(const QString &keep, std::string &made)
{
    if (qEnvironmentVariableIsSet("CASELINE_BENCH_POSTGRES_URL")) {
        qputenv(test::PostgresTestServer::kUrlVariable, qgetenv("CASELINE_BENCH_POSTGRES_URL"));
    }
    test::PostgresCluster &server = test::PostgresTestServer::instance();
    if (keep.isEmpty()) {
        made = server.createDatabase();
        return server.url(made);
    }
    CaseDatabase admin(StoreAddress::parse(server.url("postgres")));
    if (admin.scalar(QStringLiteral("SELECT COUNT(*) FROM pg_database WHERE datname = ?"), {keep})
            .toInt() == 0) {
        admin.runFixed(QStringLiteral("CREATE DATABASE \"%1\"").arg(keep));
    }
    return server.url(keep.toStdString());
}

// Seeds the store through caseline-cli unless it holds the N cases already; false when it
// holds some other number, or seeding failed.
bool seeded(const std::string &store, long long cases)
{
    long long stored = 0;
    {
        CaseDatabase db(StoreAddress::parse(store));
        SchemaMigrations::migrate(db);
        stored = db.scalar(QStringLiteral("SELECT COUNT(*) FROM cases")).toLongLong();
    } // closed before the children open it
    if (stored == cases) {
        std::printf("reusing %s with %lld cases\n", store.c_str(), stored);
        return true;
    }
    if (stored != 0) {
        std::fprintf(stderr, "%s holds %lld cases, not %lld: remove it first\n", store.c_str(),
                     stored, cases);
        return false;
    }
    const Steady::time_point start = Steady::now();
    const test::CliRun seed = test::CliRun::run(
        {"--db", store, "dev", "seed", "--cases", std::to_string(cases)}, 3600 * 1000);
    if (seed.exitCode != 0) {
        std::fprintf(stderr, "seeding failed (%d): %s%s\n", seed.exitCode, seed.out.c_str(),
                     seed.err.c_str());
        return false;
    }
    std::printf("%s(%.1f s with the process)\n", seed.out.c_str(), elapsedMs(start) / 1000.0);
    return true;
}

void dropDatabase(const std::string &name)
{
    try {
        CaseDatabase admin(
            StoreAddress::parse(test::PostgresTestServer::instance().url("postgres")));
        admin.runFixed(
            QStringLiteral("DROP DATABASE IF EXISTS \"%1\"").arg(QString::fromStdString(name)));
    } catch (const std::exception &error) {
        std::fprintf(stderr, "could not drop database %s: %s\n", name.c_str(), error.what());
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Options options;
    try {
        options = parse(QCoreApplication::arguments());
    } catch (const std::exception &error) {
        std::fprintf(stderr, "%s\n", error.what());
        return 2;
    }
    if (options.cases < 1 || options.cases > CaseSeeder::maximum || options.runs < 1) {
        std::fprintf(stderr, "--cases must be 1 to %lld, --runs at least 1\n", CaseSeeder::maximum);
        return 2;
    }
    const test::TempDirectory directory("caseline-console-scale");
    std::string made;
    const std::string store = options.postgres         ? postgresStore(options.keep, made)
                              : options.keep.isEmpty() ? directory.file("cases.sqlite")
                                                       : options.keep.toStdString();
    if (!seeded(store, options.cases)) {
        if (!made.empty()) {
            dropDatabase(made);
        }
        return 1;
    }
    std::fflush(stdout);

    std::vector<ConsoleRun> runs;
    {
        test::BackofficeProcess backoffice({"--demo"});
        for (int i = 0; i < options.runs; ++i) {
            ConsoleRun run = runConsole(backoffice.baseUrl(), store, i, options);
            std::printf("run %d: queue shown %.0f ms, exit %.0f ms, console's own %.0f ms, "
                        "peak RSS %.1f MB, %s\n",
                        i + 1, run.interactiveMs, run.exitMs, run.ownMs, run.peakMb,
                        run.status.c_str());
            if (run.interactiveMs < 0 || run.status != "exited 0") {
                std::printf("  console's stderr: %s\n", run.errTail.c_str());
            }
            std::fflush(stdout);
            runs.push_back(run);
        }
    }
    if (!made.empty()) {
        dropDatabase(made);
    }

    std::vector<double> shown;
    std::vector<double> exited;
    std::vector<double> own;
    std::vector<double> peak;
    for (const ConsoleRun &run : runs) {
        if (run.interactiveMs >= 0) {
            shown.push_back(run.interactiveMs);
            own.push_back(run.ownMs);
        }
        exited.push_back(run.exitMs);
        peak.push_back(run.peakMb);
    }
    const char *storeName = options.postgres ? "PostgreSQL" : "SQLite";
    std::printf("\n| cases | store | queue | start → queue shown, median ms (max) | console's own "
                "figure, median ms | start → exit, median ms | peak RSS, median MB (max) | "
                "queue shown in |\n");
    std::printf("|------:|-------|-------|------:|------:|------:|------:|:-----:|\n");
    char shownText[64] = "n/a";
    char ownText[32] = "n/a";
    if (!shown.empty()) {
        std::snprintf(shownText, sizeof shownText, "%.0f (%.0f)", median(shown),
                      *std::max_element(shown.begin(), shown.end()));
        std::snprintf(ownText, sizeof ownText, "%.0f", median(own));
    }
    std::printf("| %lld | %s | %s | %s | %s | %.0f | %.0f (%.0f) | %zu of %zu runs |\n",
                options.cases, storeName, queueNames[options.queue], shownText, ownText,
                median(exited), median(peak), *std::max_element(peak.begin(), peak.end()),
                shown.size(), runs.size());
    return shown.size() == runs.size() ? 0 : 1;
}
