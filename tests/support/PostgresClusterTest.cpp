// The tests' PostgreSQL server: a real server that the test process starts itself (as root
// through the postgres user), fresh databases that are isolated from each other, and connections
// that behave like those of the product's store: committed writes are shared, rolled-back ones
// leave nothing. Also that the server and its files go away with the process.
#include "PostgresCluster.h"

#include "PostgresConnection.h"
#include "PostgresTestServer.h"
#include "TempDirectory.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <arpa/inet.h>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <string>
#include <sys/socket.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace caseline::test {
namespace {

using namespace std::chrono_literals;

// Runs one statement; fails the test with the server's message when it fails.
void exec(const PostgresConnection &connection, const QString &sql)
{
    QSqlQuery query(connection.database());
    EXPECT_TRUE(query.exec(sql)) << sql.toStdString() << ": "
                                 << query.lastError().text().toStdString();
}

void createNotes(const PostgresConnection &connection)
{
    exec(connection,
         QStringLiteral("CREATE TABLE notes (id integer PRIMARY KEY, text text NOT NULL)"));
}

void insertNote(const PostgresConnection &connection, int id, const QString &text)
{
    QSqlQuery query(connection.database());
    ASSERT_TRUE(query.prepare(QStringLiteral("INSERT INTO notes (id, text) VALUES (?, ?)")));
    query.addBindValue(id);
    query.addBindValue(text);
    EXPECT_TRUE(query.exec()) << query.lastError().text().toStdString();
}

// "id:text" for each note, in id order; "error: ..." when the query fails.
std::vector<std::string> notes(const PostgresConnection &connection)
{
    QSqlQuery query(connection.database());
    if (!query.prepare(QStringLiteral("SELECT id, text FROM notes WHERE id >= ? ORDER BY id"))) {
        return {"error: " + query.lastError().text().toStdString()};
    }
    query.addBindValue(0);
    if (!query.exec()) {
        return {"error: " + query.lastError().text().toStdString()};
    }
    std::vector<std::string> rows;
    while (query.next()) {
        rows.push_back(query.value(0).toString().toStdString() + ":" +
                       query.value(1).toString().toStdString());
    }
    return rows;
}

// Whether something accepts TCP connections on 127.0.0.1:port.
bool accepting(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(static_cast<uint16_t>(port));
    const bool connected =
        ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
    ::close(fd);
    return connected;
}

std::unique_ptr<PostgresConnection> connectTo(const std::string &database)
{
    auto connection =
        std::make_unique<PostgresConnection>(PostgresTestServer::instance().address(database));
    EXPECT_TRUE(connection->isOpen()) << connection->error();
    return connection;
}

TEST(PostgresClusterTest, PreparedStatementsWriteAndReadBack)
{
    auto db = connectTo(PostgresTestServer::instance().createDatabase());
    createNotes(*db);
    insertNote(*db, 2, QStringLiteral("consegna mancata, cliente richiamato"));
    insertNote(*db, 1, QStringLiteral("Rückerstattung 49,90 € – „bestätigt“"));
    insertNote(*db, 3, QStringLiteral("it's \"quoted\"; DROP TABLE notes; --"));
    EXPECT_EQ(notes(*db), (std::vector<std::string>{"1:Rückerstattung 49,90 € – „bestätigt“",
                                                    "2:consegna mancata, cliente richiamato",
                                                    "3:it's \"quoted\"; DROP TABLE notes; --"}));
}

TEST(PostgresClusterTest, FreshDatabasesAreEmptyAndIsolated)
{
    PostgresCluster &cluster = PostgresTestServer::instance();
    const std::string first = cluster.createDatabase();
    const std::string second = cluster.createDatabase();
    ASSERT_NE(first, second);
    auto a = connectTo(first);
    auto b = connectTo(second);

    createNotes(*a);
    insertNote(*a, 1, QStringLiteral("only in the first"));
    const auto missing = notes(*b);
    ASSERT_EQ(missing.size(), 1u) << "the table leaked into " << second;
    EXPECT_EQ(missing.front().rfind("error: ", 0), 0u) << "the table leaked into " << second;

    createNotes(*b);
    insertNote(*b, 1, QStringLiteral("only in the second"));
    EXPECT_EQ(notes(*a), std::vector<std::string>{"1:only in the first"});
    EXPECT_EQ(notes(*b), std::vector<std::string>{"1:only in the second"});
}

TEST(PostgresClusterTest, ConnectionsShareCommittedWritesOnly)
{
    const std::string database = PostgresTestServer::instance().createDatabase();
    auto writer = connectTo(database);
    auto reader = connectTo(database);
    createNotes(*writer);

    ASSERT_TRUE(writer->database().transaction());
    insertNote(*writer, 1, QStringLiteral("committed"));
    EXPECT_TRUE(notes(*reader).empty()) << "an uncommitted row was visible";
    ASSERT_TRUE(writer->database().commit());
    EXPECT_EQ(notes(*reader), std::vector<std::string>{"1:committed"});

    ASSERT_TRUE(writer->database().transaction());
    insertNote(*writer, 2, QStringLiteral("rolled back"));
    EXPECT_EQ(notes(*writer).size(), 2u) << "the transaction sees its own row";
    ASSERT_TRUE(writer->database().rollback());
    EXPECT_EQ(notes(*writer), std::vector<std::string>{"1:committed"});
    EXPECT_EQ(notes(*reader), std::vector<std::string>{"1:committed"});
}

TEST(PostgresClusterTest, UrlNamesTheServerAndTheDatabase)
{
    PostgresCluster &cluster = PostgresTestServer::instance();
    EXPECT_EQ(cluster.url("t_1_1"), "postgresql://" + cluster.user() + "@" + cluster.host() + ":" +
                                        std::to_string(cluster.port()) + "/t_1_1");

    const PostgresUrl fresh = PostgresUrl::parse(PostgresTestServer::freshDatabaseUrl());
    PostgresConnection connection(fresh);
    ASSERT_TRUE(connection.isOpen()) << connection.error();
    QSqlQuery query(connection.database());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables "
                                          "WHERE schemaname = 'public'")));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toInt(), 0);
}

TEST(PostgresClusterTest, TheOwnClusterRunsAsTheRightUser)
{
    if (std::getenv(PostgresTestServer::kUrlVariable)) {
        GTEST_SKIP() << "the server was started by whoever set "
                     << PostgresTestServer::kUrlVariable;
    }
    PostgresCluster &cluster = PostgresTestServer::instance();
    EXPECT_EQ(cluster.user(), "caseline");
    EXPECT_EQ(cluster.host(), "127.0.0.1");
    // PostgreSQL refuses root, so as root the data belong to the postgres user.
    const std::string data = cluster.directory() + "/data";
    struct stat info = {};
    ASSERT_EQ(::stat(data.c_str(), &info), 0) << data;
    EXPECT_TRUE(S_ISDIR(info.st_mode));
    if (::geteuid() == 0) {
        EXPECT_NE(info.st_uid, 0u);
    } else {
        EXPECT_EQ(info.st_uid, ::geteuid());
    }
    EXPECT_NE(cluster.serverLogTail().find("ready to accept connections"), std::string::npos)
        << cluster.serverLogTail();
}

TEST(PostgresClusterTest, DestructionStopsTheServerAndRemovesItsFiles)
{
    std::string directory;
    int port = 0;
    {
        PostgresCluster cluster;
        directory = cluster.directory();
        port = cluster.port();
        ASSERT_TRUE(std::filesystem::exists(directory));
        ASSERT_TRUE(accepting(port));
    }
    EXPECT_FALSE(std::filesystem::exists(directory));
    EXPECT_FALSE(accepting(port));
}

TEST(PostgresClusterTest, AKilledTestProcessLeavesNoServerBehind)
{
    TempDirectory scratch;
    const std::string report = scratch.file("cluster");
    // The child starts a cluster, says where, and dies without running any destructor.
    EXPECT_EXIT(
        {
            PostgresCluster cluster;
            std::ofstream(report) << cluster.port() << '\n' << cluster.directory() << '\n';
            std::raise(SIGKILL);
        },
        ::testing::KilledBySignal(SIGKILL), "");
    std::ifstream in(report);
    int port = 0;
    std::string directory;
    in >> port;
    in.ignore();
    std::getline(in, directory);
    ASSERT_FALSE(directory.empty()) << "the child did not start its cluster";

    const auto deadline = std::chrono::steady_clock::now() + 30s;
    while ((std::filesystem::exists(directory) || accepting(port)) &&
           std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(20ms);
    }
    EXPECT_FALSE(std::filesystem::exists(directory));
    EXPECT_FALSE(accepting(port));
}

} // namespace
} // namespace caseline::test
