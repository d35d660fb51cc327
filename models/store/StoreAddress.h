#pragma once

#include <QString>
#include <string>

namespace caseline {

// Which case store to open: an SQLite file (the embedded default) or a PostgreSQL database a
// team shares. Parsed from --db / the config file:
//   postgresql://user:password@host:port/dbname   (also postgres://; port defaults to 5432)
//   sqlite:///absolute/path/cases.sqlite, or simply a file path
class StoreAddress
{
public:
    enum class Driver
    {
        Sqlite,
        Postgresql
    };

    // Throws StoreError(Invalid) naming what is wrong.
    static StoreAddress parse(const std::string &text);
    // <user data folder>/caseline/cases.sqlite (~/.local/share/caseline/ on Linux), the same for
    // the console and caseline-cli.
    static StoreAddress defaultSqlite();
    static StoreAddress sqliteFile(const QString &path);

    Driver driver() const { return m_driver; }
    const QString &path() const { return m_path; } // SQLite
    const QString &host() const { return m_host; }
    int port() const { return m_port; }
    const QString &user() const { return m_user; }
    const QString &password() const { return m_password; }
    const QString &database() const { return m_database; }

    // For messages and logs: never the password.
    std::string describe() const;

private:
    Driver m_driver = Driver::Sqlite;
    QString m_path;
    QString m_host;
    int m_port = 5432;
    QString m_user;
    QString m_password;
    QString m_database;
};

} // namespace caseline
