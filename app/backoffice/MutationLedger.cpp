#include "MutationLedger.h"

#include "BackofficeDatabase.h"
#include "SimulatedClock.h"
#include "domain/Rfc3339.h"

#include <QSqlQuery>
#include <QVariant>

namespace caseline::backoffice {

MutationLedger::MutationLedger(BackofficeDatabase &db, const SimulatedClock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

void MutationLedger::record(const std::string &system, const std::string &operation,
                            const std::string &target, const std::string &idempotencyKey)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT INTO ledger (system, operation, target, idempotency_key, "
                                 "at) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(QString::fromStdString(system));
    query.addBindValue(QString::fromStdString(operation));
    query.addBindValue(QString::fromStdString(target));
    query.addBindValue(QString::fromStdString(idempotencyKey));
    query.addBindValue(QString::fromStdString(Rfc3339::format(m_clock.now())));
    query.exec();
}

nlohmann::json MutationLedger::entries() const
{
    QSqlQuery query(m_db.connection());
    query.exec(QStringLiteral(
        "SELECT seq, system, operation, target, idempotency_key, at FROM ledger ORDER BY seq"));
    nlohmann::json entries = nlohmann::json::array();
    while (query.next()) {
        entries.push_back({{"seq", query.value(0).toLongLong()},
                           {"system", query.value(1).toString().toStdString()},
                           {"operation", query.value(2).toString().toStdString()},
                           {"target", query.value(3).toString().toStdString()},
                           {"idempotencyKey", query.value(4).toString().toStdString()},
                           {"at", query.value(5).toString().toStdString()}});
    }
    return entries;
}

} // namespace caseline::backoffice
