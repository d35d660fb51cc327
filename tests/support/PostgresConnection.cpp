#include "PostgresConnection.h"

#include <QSqlError>
#include <atomic>

namespace caseline::test {

PostgresConnection::PostgresConnection(const PostgresUrl &address)
{
    static std::atomic<int> counter{0};
    m_name = QStringLiteral("caseline-test-postgres-%1").arg(++counter);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    db.setHostName(QString::fromStdString(address.host));
    db.setPort(address.port);
    db.setUserName(QString::fromStdString(address.user));
    db.setPassword(QString::fromStdString(address.password));
    db.setDatabaseName(QString::fromStdString(address.database));
    // A server that does not answer fails the test instead of hanging it.
    db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        m_error = "the Qt driver QPSQL is not installed (libqt6sql6-psql; "
                  "installer/install-deps.sh)";
        return;
    }
    m_open = db.open();
    if (!m_open) {
        m_error = "cannot connect to database \"" + address.database + "\" as \"" + address.user +
                  "\" on " + address.host + ":" + std::to_string(address.port) + ": " +
                  db.lastError().text().toStdString();
    }
}

PostgresConnection::~PostgresConnection()
{
    database().close();
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase PostgresConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

} // namespace caseline::test
