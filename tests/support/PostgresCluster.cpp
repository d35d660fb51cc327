#include "PostgresCluster.h"

#include "ExternalCommand.h"
#include "PostgresConnection.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <arpa/inet.h>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <netinet/in.h>
#include <pwd.h>
#include <sstream>
#include <stdexcept>
#include <sys/socket.h>
#include <unistd.h>

namespace caseline::test {

namespace {

constexpr int kToolTimeoutMs = 120000;
constexpr int kStartAttempts = 5;
constexpr const char *kDuplicateDatabase = "42P04"; // SQLSTATE of CREATE DATABASE on a taken name

std::string readFrom(const std::string &path, std::uintmax_t offset = 0)
{
    std::ifstream in(path, std::ios::binary);
    in.seekg(static_cast<std::streamoff>(offset));
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string lastBytes(const std::string &text, std::size_t maxBytes)
{
    return text.size() <= maxBytes ? text : "..." + text.substr(text.size() - maxBytes);
}

bool hasServerPrograms(const std::filesystem::path &directory)
{
    for (const char *program : {"initdb", "pg_ctl", "postgres"}) {
        if (::access((directory / program).c_str(), X_OK) != 0) {
            return false;
        }
    }
    return true;
}

// pg_config first, the installation's own answer; but libpq-dev's plain pg_config names
// /usr/bin, which has no server programs, hence the check. Then Debian's layout, where each
// major version has its own directory: the highest wins. Then PATH (other distributions).
std::string findBinDirectory(const std::string &scratchDirectory)
{
    const std::string pgConfig = ExternalCommand::which("pg_config");
    if (!pgConfig.empty()) {
        const std::string output = scratchDirectory + "/pg_config.out";
        if (ExternalCommand({pgConfig, "--bindir"}).run(output, scratchDirectory, 10000).empty()) {
            std::istringstream lines(readFrom(output));
            std::string directory;
            std::getline(lines, directory);
            if (!directory.empty() && hasServerPrograms(directory)) {
                return directory;
            }
        }
    }
    std::string best;
    long bestVersion = -1;
    std::error_code error;
    for (const auto &entry : std::filesystem::directory_iterator("/usr/lib/postgresql", error)) {
        const long version = std::strtol(entry.path().filename().c_str(), nullptr, 10);
        if (version > bestVersion && hasServerPrograms(entry.path() / "bin")) {
            best = (entry.path() / "bin").string();
            bestVersion = version;
        }
    }
    if (!best.empty()) {
        return best;
    }
    const std::filesystem::path initdb = ExternalCommand::which("initdb");
    if (!initdb.empty() && hasServerPrograms(initdb.parent_path())) {
        return initdb.parent_path().string();
    }
    throw std::runtime_error("PostgreSQL server programs (initdb, pg_ctl, postgres) not found in "
                             "`pg_config --bindir`, /usr/lib/postgresql/*/bin or PATH; install "
                             "the postgresql package (installer/install-deps.sh)");
}

// Port 0 makes the kernel pick a port that is free now. Another process may take it before
// the server binds it, which start() answers by trying again.
int freePort()
{
    const int socket = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    const bool found =
        socket >= 0 &&
        ::bind(socket, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0 &&
        ::getsockname(socket, reinterpret_cast<sockaddr *>(&address), &length) == 0;
    const std::string reason = std::strerror(errno);
    if (socket >= 0) {
        ::close(socket);
    }
    if (!found) {
        throw std::runtime_error("cannot find a free TCP port on 127.0.0.1: " + reason);
    }
    return ntohs(address.sin_port);
}

// A string literal for postgresql.conf.
std::string configString(const std::string &text)
{
    std::string quoted = "'";
    for (const char c : text) {
        quoted += c == '\'' ? std::string("''") : std::string(1, c);
    }
    return quoted + "'";
}

} // namespace

PostgresCluster::PostgresCluster()
    : m_directory(std::make_unique<TempDirectory>("caseline-pg"))
{
    m_server.host = "127.0.0.1";
    m_server.user = kUser;
    m_server.database = "postgres";
    if (::geteuid() == 0) {
        const passwd *account = ::getpwnam("postgres");
        if (account == nullptr) {
            throw std::runtime_error("PostgreSQL refuses to run as root, and there is no "
                                     "\"postgres\" user to run it as; install the postgresql "
                                     "package (installer/install-deps.sh)");
        }
        if (::chown(directory().c_str(), account->pw_uid, account->pw_gid) != 0) {
            throw std::runtime_error("cannot hand " + directory() +
                                     " to the postgres user: " + std::strerror(errno));
        }
        const std::string runuser = ExternalCommand::which("runuser");
        if (runuser.empty()) {
            throw std::runtime_error("runuser (util-linux) not found: needed to run PostgreSQL "
                                     "as the postgres user when tests run as root");
        }
        m_asServerUser = {runuser, "-u", "postgres", "--"};
    }
    m_binDirectory = findBinDirectory(directory());

    std::vector<std::string> stop = m_asServerUser;
    stop.insert(stop.end(), {m_binDirectory + "/pg_ctl", "-D", directory() + "/data", "-m",
                             "immediate", "-w", "stop"});
    m_cleanup = std::make_unique<ExitCleanup>(stop, directory());

    initialise();
    start();
}

PostgresCluster::PostgresCluster(PostgresUrl server)
    : m_server(std::move(server))
{
    if (m_server.database.empty()) {
        m_server.database = "postgres";
    }
}

std::unique_ptr<PostgresCluster> PostgresCluster::attach(const PostgresUrl &server)
{
    return std::unique_ptr<PostgresCluster>(new PostgresCluster(server));
}

// m_cleanup stops the server and removes the directory (see the member order).
PostgresCluster::~PostgresCluster() = default;

std::string PostgresCluster::directory() const
{
    return m_directory ? m_directory->path().string() : std::string();
}

std::string PostgresCluster::serverLogTail(std::size_t maxBytes) const
{
    return m_directory ? lastBytes(readFrom(m_directory->file("server.log")), maxBytes)
                       : std::string();
}

PostgresUrl PostgresCluster::address(const std::string &database) const
{
    PostgresUrl result = m_server;
    result.database = database;
    return result;
}

std::string PostgresCluster::runTool(const std::string &tool, std::vector<std::string> arguments,
                                     int timeoutMs) const
{
    std::vector<std::string> command = m_asServerUser;
    command.push_back(m_binDirectory + "/" + tool);
    command.insert(command.end(), arguments.begin(), arguments.end());
    const ExternalCommand external(command);
    const std::string why = external.run(m_directory->file("commands.log"), directory(), timeoutMs);
    return why.empty() ? why : external.text() + ": " + why;
}

std::string PostgresCluster::failure(const std::string &what) const
{
    if (!m_directory) {
        PostgresUrl server = m_server;
        server.password.clear();
        return "PostgreSQL server " + server.text() + ": " + what;
    }
    return "PostgreSQL test cluster in " + directory() + ": " + what +
           "\n--- command output ---\n" +
           lastBytes(readFrom(m_directory->file("commands.log")), 4000) + "\n--- server log ---\n" +
           serverLogTail();
}

void PostgresCluster::initialise()
{
    // --no-sync: the cluster is thrown away, so waiting for the disk buys nothing.
    const std::string why =
        runTool("initdb",
                {"-D", m_directory->file("data"), "-U", kUser, "-A", "trust", "--auth-local=trust",
                 "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"},
                kToolTimeoutMs);
    if (!why.empty()) {
        const std::string hint = m_asServerUser.empty()
                                     ? std::string()
                                     : " (as root, the postgres user must be able to reach " +
                                           directory() + "; check TMPDIR)";
        throw std::runtime_error(failure("initdb failed: " + why + hint));
    }
    // Durability is traded for speed; UTC makes timestamps print alike on every machine. The
    // port changes between start attempts, so it goes on pg_ctl's command line instead.
    std::ofstream config(m_directory->file("data/postgresql.conf"), std::ios::app);
    config << "\n# caseline test cluster\n"
           << "listen_addresses = '127.0.0.1'\n"
           << "unix_socket_directories = " << configString(directory()) << "\n"
           << "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n"
           << "timezone = 'UTC'\n";
    config.close();
    if (!config) {
        throw std::runtime_error(failure("cannot append to data/postgresql.conf"));
    }
}

void PostgresCluster::start()
{
    const std::string log = m_directory->file("server.log");
    for (int attempt = 1;; ++attempt) {
        std::error_code noLogYet;
        const std::uintmax_t logSize = std::filesystem::file_size(log, noLogYet);
        m_server.port = freePort();
        const std::string why =
            runTool("pg_ctl",
                    {"-D", m_directory->file("data"), "-l", log, "-w", "-t", "60", "-o",
                     "-p " + std::to_string(m_server.port), "start"},
                    kToolTimeoutMs);
        if (why.empty()) {
            return;
        }
        const std::string attemptLog = readFrom(log, noLogYet ? 0 : logSize);
        const bool portTaken = attemptLog.find("could not bind") != std::string::npos;
        if (!portTaken || attempt == kStartAttempts) {
            throw std::runtime_error(failure("the server did not start (attempt " +
                                             std::to_string(attempt) + "): " + why));
        }
    }
}

std::string PostgresCluster::createDatabase()
{
    const PostgresConnection admin(address(m_server.database));
    if (!admin.isOpen()) {
        throw std::runtime_error(failure(admin.error()));
    }
    // The process id keeps names apart between test processes sharing one server; a name left
    // by an earlier process with the same id is skipped.
    for (int attempt = 0;; ++attempt) {
        const std::string name =
            "t_" + std::to_string(::getpid()) + "_" + std::to_string(++m_databaseCounter);
        QSqlQuery query(admin.database());
        if (query.exec(QString::fromStdString("CREATE DATABASE \"" + name + "\""))) {
            return name;
        }
        if (query.lastError().nativeErrorCode() != kDuplicateDatabase || attempt == 100) {
            throw std::runtime_error(failure("CREATE DATABASE " + name +
                                             " failed: " + query.lastError().text().toStdString()));
        }
    }
}

} // namespace caseline::test
