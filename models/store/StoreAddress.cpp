#include "store/StoreAddress.h"

#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

namespace caseline {

namespace {

StoreError invalid(const QString &message)
{
    return StoreError(StoreError::Kind::Invalid, message.toStdString());
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
    // Not AppDataLocation: that follows each program's name, and the console and caseline-cli
    // must open the same store.
    const QDir data(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation));
    const QString file = data.filePath(QStringLiteral("caseline/cases.sqlite"));
    // Where earlier builds of the console kept it: still used while the shared one does not exist.
    const QString earlier = data.filePath(QStringLiteral("Caseline/Caseline/cases.sqlite"));
    return sqliteFile(!QFileInfo::exists(file) && QFileInfo::exists(earlier) ? earlier : file);
}

StoreAddress StoreAddress::parse(const std::string &text)
{
    if (text.empty()) {
        throw invalid(QCoreApplication::translate("StoreAddress", "the store address is empty"));
    }
    const QString given = QString::fromStdString(text);
    if (given.startsWith(QStringLiteral("sqlite://"))) {
        const QString path = QUrl(given).path();
        if (path.isEmpty()) {
            throw invalid(QCoreApplication::translate(
                "StoreAddress",
                "sqlite:// needs a file path, e.g. sqlite:///var/lib/caseline/cases.sqlite"));
        }
        return sqliteFile(path);
    }
    if (!given.startsWith(QStringLiteral("postgresql://")) &&
        !given.startsWith(QStringLiteral("postgres://"))) {
        if (given.contains(QStringLiteral("://"))) {
            //: %1 is the store address as given
            throw invalid(QCoreApplication::translate("StoreAddress",
                                                      "unknown store address scheme in '%1': use "
                                                      "postgresql://... or sqlite://... or a file "
                                                      "path")
                              .arg(given));
        }
        return sqliteFile(given);
    }
    const QUrl url(given, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        throw invalid(QCoreApplication::translate(
            "StoreAddress",
            "the PostgreSQL address needs a host: postgresql://user@host:port/dbname"));
    }
    StoreAddress address;
    address.m_driver = Driver::Postgresql;
    address.m_host = url.host();
    address.m_port = url.port(5432);
    address.m_user = url.userName();
    address.m_password = url.password();
    address.m_database = url.path().mid(1);
    if (address.m_database.isEmpty() || address.m_database.contains(QLatin1Char('/'))) {
        throw invalid(QCoreApplication::translate(
            "StoreAddress",
            "the PostgreSQL address needs one database name: postgresql://user@host:port/dbname"));
    }
    if (address.m_user.isEmpty()) {
        throw invalid(QCoreApplication::translate(
            "StoreAddress",
            "the PostgreSQL address needs a user: postgresql://user@host:port/dbname"));
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
