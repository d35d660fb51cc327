#include "store/StoreAddress.h"

#include "TempDirectory.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <gtest/gtest.h>

namespace caseline {
namespace {

TEST(StoreAddress, ReadsAPostgresqlUrl)
{
    const StoreAddress address =
        StoreAddress::parse("postgresql://agent:s3cret@db.example.com:6543/caseline");
    EXPECT_EQ(address.driver(), StoreAddress::Driver::Postgresql);
    EXPECT_EQ(address.host(), "db.example.com");
    EXPECT_EQ(address.port(), 6543);
    EXPECT_EQ(address.user(), "agent");
    EXPECT_EQ(address.password(), "s3cret");
    EXPECT_EQ(address.database(), "caseline");
    EXPECT_EQ(address.describe(), "PostgreSQL agent@db.example.com:6543/caseline");
    EXPECT_EQ(address.describe().find("s3cret"), std::string::npos);
    EXPECT_EQ(StoreAddress::parse("postgres://a@h/d").port(), 5432);
}

TEST(StoreAddress, ReadsSqliteFilesInBothForms)
{
    EXPECT_EQ(StoreAddress::parse("sqlite:///var/lib/caseline/cases.sqlite").path(),
              "/var/lib/caseline/cases.sqlite");
    const StoreAddress plain = StoreAddress::parse("cases.sqlite");
    EXPECT_EQ(plain.driver(), StoreAddress::Driver::Sqlite);
    EXPECT_EQ(plain.path(), "cases.sqlite");
    EXPECT_TRUE(StoreAddress::defaultSqlite().path().endsWith("cases.sqlite"));
}

// The console and caseline-cli are different programs; without --db they must open one store.
TEST(StoreAddress, TheDefaultStoreIsTheSameWhateverProgramAsks)
{
    const test::TempDirectory home;
    const QByteArray before = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", QByteArray::fromStdString(home.path().string()));
    const QString data = QString::fromStdString(home.path().string());
    QCoreApplication::setOrganizationName(QStringLiteral("Caseline"));
    QCoreApplication::setApplicationName(QStringLiteral("Caseline"));
    const QString console = StoreAddress::defaultSqlite().path();
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationName(QStringLiteral("caseline"));
    const QString cli = StoreAddress::defaultSqlite().path();
    EXPECT_EQ(console, data + QStringLiteral("/caseline/cases.sqlite"));
    EXPECT_EQ(cli, console);

    // A store an earlier console kept in its own folder stays in use until the shared one exists.
    const QString earlier = data + QStringLiteral("/Caseline/Caseline/cases.sqlite");
    ASSERT_TRUE(QDir().mkpath(QFileInfo(earlier).absolutePath()));
    ASSERT_TRUE(QFile(earlier).open(QIODevice::WriteOnly));
    EXPECT_EQ(StoreAddress::defaultSqlite().path(), earlier);
    ASSERT_TRUE(QDir().mkpath(data + QStringLiteral("/caseline")));
    ASSERT_TRUE(QFile(console).open(QIODevice::WriteOnly));
    EXPECT_EQ(StoreAddress::defaultSqlite().path(), console);
    if (before.isNull()) {
        qunsetenv("XDG_DATA_HOME");
    } else {
        qputenv("XDG_DATA_HOME", before);
    }
}

TEST(StoreAddress, RefusesIncompleteAddressesInWords)
{
    for (const char *text : {"", "mysql://u@h/d", "postgresql://h:5432/d", "postgresql://u@h/",
                             "postgresql://u@h/a/b", "postgresql:///d", "sqlite://"}) {
        try {
            StoreAddress::parse(text);
            ADD_FAILURE() << "accepted " << text;
        } catch (const StoreError &error) {
            EXPECT_EQ(error.kind(), StoreError::Kind::Invalid) << text;
            EXPECT_FALSE(std::string(error.what()).empty());
        }
    }
}

} // namespace
} // namespace caseline
