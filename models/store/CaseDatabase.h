#pragma once

#include "store/StoreAddress.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace caseline {

// One connection to the case store (SQLite or PostgreSQL) for the thread that created it; Qt
// SQL connections must not cross threads. Every statement is prepared with bound values.
// Failures throw StoreError with the driver's words (never the password).
class CaseDatabase
{
public:
    // Opens and configures the connection (SQLite: WAL, foreign keys, busy timeout). Does not
    // migrate: see SchemaMigrations.
    explicit CaseDatabase(const StoreAddress &address);
    ~CaseDatabase();
    CaseDatabase(const CaseDatabase &) = delete;
    CaseDatabase &operator=(const CaseDatabase &) = delete;

    StoreAddress::Driver driver() const { return m_address.driver(); }
    const StoreAddress &address() const { return m_address; }
    // For PostgreSQL's notifications (LISTEN), which Qt SQL delivers through the driver.
    QSqlDriver *sqlDriver() const { return m_db.driver(); }

    // Prepares, binds positionally and executes; throws StoreError(Unavailable) on failure.
    QSqlQuery run(const QString &sql, const QVariantList &values = {});
    // For fixed statements without values that PostgreSQL cannot prepare (CREATE, LOCK, PRAGMA):
    // nothing is bound, so nothing can be injected.
    void runFixed(const QString &sql);
    // As run(), then the first column of the first row (e.g. INSERT ... RETURNING id).
    QVariant scalar(const QString &sql, const QVariantList &values = {});

    // Prefer StoreTransaction, which rolls back unless committed.
    void begin();
    void commit();
    void rollback();
    // Whether begin() was called and neither commit() nor rollback() since.
    bool inTransaction() const { return m_inTransaction; }

private:
    StoreAddress m_address;
    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_inTransaction = false;
};

} // namespace caseline
