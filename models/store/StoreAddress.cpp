#include "store/StoreAddress.h"

#include "store/StoreError.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>

namespace caseline {

namespace {

StoreError invalid(const std::string &message)
{
    return StoreError(StoreError::Kind::Invalid, message);
}

} // namespace

StoreAddress StoreAddress::sqliteFile(const QString &path)
{
    StoreAddress address;
    address.m_driver = Driver::Sqlite;
    address.m_path = path;
    return address;
}

StoreAddress StoreAddress::defaultSqlite()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return sqliteFile(QDir(folder).filePath(QStringLiteral("cases.sqlite")));
}

StoreAddress StoreAddress::parse(const std::string &text)
{
    if (text.empty()) {
        throw invalid("the store address is empty");
    }
    const QString given = QString::fromStdString(text);
    if (given.startsWith(QStringLiteral("sqlite://"))) {
        const QString path = QUrl(given).path();
        if (path.isEmpty()) {
            throw invalid(
                "sqlite:// needs a file path, e.g. sqlite:///var/lib/caseline/cases.sqlite");
        }
        return sqliteFile(path);
    }
    if (!given.startsWith(QStringLiteral("postgresql://")) &&
        !given.startsWith(QStringLiteral("postgres://"))) {
        if (given.contains(QStringLiteral("://"))) {
            throw invalid("unknown store address scheme in '" + text +
                          "': use postgresql://... or sqlite://... or a file path");
        }
        return sqliteFile(given);
    }
    const QUrl url(given, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        throw invalid("the PostgreSQL address needs a host: postgresql://user@host:port/dbname");
    }
    StoreAddress address;
    address.m_driver = Driver::Postgresql;
    address.m_host = url.host();
    address.m_port = url.port(5432);
    address.m_user = url.userName();
    address.m_password = url.password();
    address.m_database = url.path().mid(1);
    if (address.m_database.isEmpty() || address.m_database.contains(QLatin1Char('/'))) {
        throw invalid("the PostgreSQL address needs one database name: "
                      "postgresql://user@host:port/dbname");
    }
    if (address.m_user.isEmpty()) {
        throw invalid("the PostgreSQL address needs a user: postgresql://user@host:port/dbname");
    }
    return address;
}

std::string StoreAddress::describe() const
{
    if (m_driver == Driver::Sqlite) {
        return "SQLite " + m_path.toStdString();
    }
    return "PostgreSQL " + m_user.toStdString() + "@" + m_host.toStdString() + ":" +
           std::to_string(m_port) + "/" + m_database.toStdString();
}

} // namespace caseline
