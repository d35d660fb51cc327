#include "store/CaseDatabase.h"

#include "store/StoreError.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QUuid>

namespace caseline {

namespace {

StoreError unavailable(const StoreAddress &address, const std::string &what, const QSqlError &error)
{
    return StoreError(StoreError::Kind::Unavailable, "the case store (" + address.describe() +
                                                         ") " + what + ": " +
                                                         error.text().toStdString());
}

} // namespace

CaseDatabase::CaseDatabase(const StoreAddress &address)
    : m_address(address)
    , m_connectionName(QStringLiteral("caseline-store-") +
                       QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    const bool sqlite = m_address.driver() == StoreAddress::Driver::Sqlite;
    m_db = QSqlDatabase::addDatabase(sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"),
                                     m_connectionName);
    if (!m_db.isValid()) {
        QSqlDatabase::removeDatabase(m_connectionName);
        throw StoreError(StoreError::Kind::Unavailable, std::string("the Qt SQL driver for ") +
                                                            (sqlite ? "SQLite" : "PostgreSQL") +
                                                            " is not installed");
    }
    if (sqlite) {
        const QFileInfo file(m_address.path());
        if (!file.dir().exists() && !QDir().mkpath(file.absolutePath())) {
            throw StoreError(StoreError::Kind::Unavailable,
                             "cannot create the folder of the case store " +
                                 file.absolutePath().toStdString());
        }
        m_db.setDatabaseName(m_address.path());
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        m_db.setHostName(m_address.host());
        m_db.setPort(m_address.port());
        m_db.setUserName(m_address.user());
        m_db.setPassword(m_address.password());
        m_db.setDatabaseName(m_address.database());
        m_db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    }
    if (!m_db.open()) {
        const QSqlError error = m_db.lastError();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw unavailable(m_address, "cannot be opened", error);
    }
    if (sqlite) {
        // WAL lets readers (another console, the outbox sender) go on while one writes.
        runFixed(QStringLiteral("PRAGMA journal_mode=WAL"));
        runFixed(QStringLiteral("PRAGMA foreign_keys=ON"));
        runFixed(QStringLiteral("PRAGMA synchronous=NORMAL"));
    }
}

CaseDatabase::~CaseDatabase()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlQuery CaseDatabase::run(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_db);
    if (!query.prepare(sql)) {
        throw unavailable(m_address, "refused a statement", query.lastError());
    }
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        throw unavailable(m_address, "failed", query.lastError());
    }
    return query;
}

void CaseDatabase::runFixed(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql)) {
        throw unavailable(m_address, "failed", query.lastError());
    }
}

QVariant CaseDatabase::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery query = run(sql, values);
    return query.next() ? query.value(0) : QVariant();
}

void CaseDatabase::begin()
{
    // SQLite: take the write lock at once, so two writers queue instead of failing half-way
    // when both try to upgrade a read lock.
    const bool sqlite = driver() == StoreAddress::Driver::Sqlite;
    QSqlQuery query(m_db);
    if (!query.exec(sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"))) {
        throw unavailable(m_address, "cannot start a transaction", query.lastError());
    }
    m_inTransaction = true;
}

void CaseDatabase::commit()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        throw unavailable(m_address, "cannot commit", query.lastError());
    }
    m_inTransaction = false;
}

void CaseDatabase::rollback()
{
    if (!m_inTransaction) {
        return; // already ended (an access refusal ends its caller's transaction)
    }
    m_inTransaction = false;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK")); // best effort: the connection may be gone
}

} // namespace caseline
