#include "ChangeFeed.h"

#include "BackofficeDatabase.h"
#include "SimulatedClock.h"
#include "domain/Rfc3339.h"

#include <QSqlQuery>
#include <QVariant>

namespace caseline::backoffice {

ChangeFeed::ChangeFeed(BackofficeDatabase &db, const SimulatedClock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

void ChangeFeed::append(const std::string &system, const std::string &kind,
                        const std::string &orderId, const std::string &customerId,
                        const std::string &ref, const std::string &summary)
{
    const nlohmann::json event = {
        {"at", Rfc3339::format(m_clock.now())},
        {"system", system},
        {"kind", kind},
        {"orderId", orderId.empty() ? nlohmann::json() : nlohmann::json(orderId)},
        {"customerId", customerId.empty() ? nlohmann::json() : nlohmann::json(customerId)},
        {"ref", ref},
        {"summary", summary}};
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT INTO events (doc) VALUES (?)"));
    query.addBindValue(QString::fromStdString(event.dump()));
    query.exec();
}

std::vector<nlohmann::json> ChangeFeed::after(long long cursor, int limit) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT seq, doc FROM events WHERE seq > ? ORDER BY seq LIMIT ?"));
    query.addBindValue(cursor);
    query.addBindValue(limit);
    query.exec();
    std::vector<nlohmann::json> events;
    while (query.next()) {
        nlohmann::json event = nlohmann::json::parse(query.value(1).toString().toStdString());
        event["seq"] = std::to_string(query.value(0).toLongLong());
        events.push_back(std::move(event));
    }
    return events;
}

long long ChangeFeed::lastSequence() const
{
    QSqlQuery query(m_db.connection());
    query.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM events"));
    return query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace caseline::backoffice
