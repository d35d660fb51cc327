#pragma once

#include "PostgresUrl.h"

#include <QSqlDatabase>
#include <QString>
#include <string>

namespace caseline::test {

// A QPSQL connection to one database. Qt keeps connections in a process-wide registry by name,
// so each object registers a name of its own and removes it again when it goes away; queries
// on database() must be gone by then.
class PostgresConnection
{
public:
    // Opens at once; see isOpen() and error().
    explicit PostgresConnection(const PostgresUrl &address);
    ~PostgresConnection();
    PostgresConnection(const PostgresConnection &) = delete;
    PostgresConnection &operator=(const PostgresConnection &) = delete;

    bool isOpen() const { return m_open; }
    // Why the connection did not open, naming server and database; "" when it is open.
    const std::string &error() const { return m_error; }
    QSqlDatabase database() const;

private:
    QString m_name;
    bool m_open = false;
    std::string m_error;
};

} // namespace caseline::test
