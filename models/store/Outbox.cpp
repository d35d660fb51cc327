#include "store/Outbox.h"

#include "domain/Rfc3339.h"
#include "store/CaseDatabase.h"
#include "store/SqlValues.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace caseline {

using namespace SqlValues;

namespace {

const QString columns = QStringLiteral(
    "id, case_id, action, system, method, path, body, idempotency_key, state, attempts, "
    "next_attempt_at, last_error, result, actor, created_at, updated_at");

OutboxEntry::State stateFrom(const std::string &name)
{
    if (name == "delivered") {
        return OutboxEntry::State::Delivered;
    }
    return name == "failed" ? OutboxEntry::State::Failed : OutboxEntry::State::Pending;
}

OutboxEntry entryFrom(const QSqlQuery &query)
{
    OutboxEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.caseId = query.value(1).isNull() ? 0 : query.value(1).toLongLong();
    entry.action = textAt(query, 2);
    entry.system = textAt(query, 3);
    entry.method = textAt(query, 4);
    entry.path = textAt(query, 5);
    entry.body = textAt(query, 6);
    entry.idempotencyKey = textAt(query, 7);
    entry.state = stateFrom(textAt(query, 8));
    entry.attempts = query.value(9).toInt();
    entry.nextAttemptAt = timeAt(query, 10);
    entry.lastError = textAt(query, 11);
    entry.result = textAt(query, 12);
    entry.actor = textAt(query, 13);
    entry.createdAt = timeAt(query, 14);
    entry.updatedAt = timeAt(query, 15);
    return entry;
}

} // namespace

std::string toString(OutboxEntry::State state)
{
    switch (state) {
    case OutboxEntry::State::Pending:
        return "pending";
    case OutboxEntry::State::Delivered:
        return "delivered";
    case OutboxEntry::State::Failed:
        return "failed";
    }
    return "unknown";
}

Outbox::Outbox(CaseDatabase &db)
    : m_db(db)
{
}

long long Outbox::enqueue(OutboxEntry entry, const QDateTime &now)
{
    if (entry.idempotencyKey.empty() || entry.system.empty() || entry.path.empty()) {
        throw StoreError(StoreError::Kind::Invalid,
                         "an outbox entry needs a system, a path and an idempotency key");
    }
    if (m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE idempotency_key = ?"),
                    {text(entry.idempotencyKey)})
            .toInt() > 0) {
        throw StoreError(StoreError::Kind::Invalid,
                         "the idempotency key " + entry.idempotencyKey + " is already used");
    }
    const QVariant caseId =
        entry.caseId > 0 ? QVariant(entry.caseId) : QVariant(QMetaType::fromType<qlonglong>());
    return m_db
        .scalar(QStringLiteral("INSERT INTO outbox (case_id, action, system, method, path, body, "
                               "idempotency_key, state, attempts, next_attempt_at, actor, "
                               "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', "
                               "0, ?, ?, ?, ?) RETURNING id"),
                {caseId, text(entry.action), text(entry.system), text(entry.method),
                 text(entry.path), text(entry.body), text(entry.idempotencyKey), time(now),
                 text(entry.actor), time(now), time(now)})
        .toLongLong();
}

std::vector<OutboxEntry> Outbox::claimDue(const QDateTime &now, std::chrono::seconds lease,
                                          int limit)
{
    std::vector<OutboxEntry> candidates;
    {
        QSqlQuery query = m_db.run(QStringLiteral("SELECT ") + columns +
                                       QStringLiteral(" FROM outbox WHERE state = 'pending' AND "
                                                      "next_attempt_at <= ? ORDER BY id LIMIT ?"),
                                   {time(now), limit});
        while (query.next()) {
            candidates.push_back(entryFrom(query));
        }
    }
    std::vector<OutboxEntry> claimed;
    const QDateTime until = now.addSecs(lease.count());
    for (OutboxEntry &entry : candidates) {
        // Claimed only if nobody moved it since we read it.
        QSqlQuery update = m_db.run(
            QStringLiteral("UPDATE outbox SET next_attempt_at = ?, attempts = attempts + 1, "
                           "updated_at = ? WHERE id = ? AND state = 'pending' AND "
                           "next_attempt_at = ? AND attempts = ?"),
            {time(until), time(now), entry.id, time(entry.nextAttemptAt), entry.attempts});
        if (update.numRowsAffected() == 1) {
            entry.attempts += 1;
            entry.nextAttemptAt = until;
            claimed.push_back(std::move(entry));
        }
    }
    return claimed;
}

void Outbox::markDelivered(long long id, const std::string &result, const QDateTime &now)
{
    m_db.run(QStringLiteral("UPDATE outbox SET state = 'delivered', result = ?, last_error = '', "
                            "updated_at = ? WHERE id = ?"),
             {text(result), time(now), id});
}

void Outbox::markRetry(long long id, const std::string &error, const QDateTime &nextAttemptAt,
                       const QDateTime &now)
{
    m_db.run(QStringLiteral("UPDATE outbox SET next_attempt_at = ?, last_error = ?, "
                            "updated_at = ? WHERE id = ? AND state = 'pending'"),
             {time(nextAttemptAt), text(error), time(now), id});
}

void Outbox::markFailed(long long id, const std::string &error, const QDateTime &now)
{
    m_db.run(QStringLiteral("UPDATE outbox SET state = 'failed', last_error = ?, updated_at = ? "
                            "WHERE id = ? AND state = 'pending'"),
             {text(error), time(now), id});
}

void Outbox::retry(long long id, const QDateTime &now)
{
    QSqlQuery query = m_db.run(QStringLiteral("UPDATE outbox SET state = 'pending', "
                                              "next_attempt_at = ?, updated_at = ? "
                                              "WHERE id = ? AND state IN ('failed', 'pending')"),
                               {time(now), time(now), id});
    if (query.numRowsAffected() != 1) {
        //: %1 is the outbox entry's number
        throw StoreError(
            StoreError::Kind::NotFound,
            QCoreApplication::translate("Outbox", "there is no undelivered outbox entry %1")
                .arg(QString::number(id))
                .toStdString());
    }
}

std::optional<OutboxEntry> Outbox::find(long long id)
{
    QSqlQuery query = m_db.run(
        QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM outbox WHERE id = ?"), {id});
    if (!query.next()) {
        return std::nullopt;
    }
    return entryFrom(query);
}

std::vector<OutboxEntry> Outbox::unfinished()
{
    std::vector<OutboxEntry> entries;
    QSqlQuery query =
        m_db.run(QStringLiteral("SELECT ") + columns +
                 QStringLiteral(" FROM outbox WHERE state <> 'delivered' ORDER BY id"));
    while (query.next()) {
        entries.push_back(entryFrom(query));
    }
    return entries;
}

int Outbox::count(OutboxEntry::State state)
{
    return m_db
        .scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = ?"),
                {text(toString(state))})
        .toInt();
}

} // namespace caseline
