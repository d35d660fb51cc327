#include "store/CaseSeeder.h"

#include "domain/SupportCase.h"
#include "store/CaseDatabase.h"
#include "store/SqlValues.h"
#include "store/StoreError.h"
#include "store/StoreTransaction.h"

#include <QStringList>
#include <array>
#include <cmath>
#include <map>
#include <vector>

namespace caseline {

using namespace SqlValues;

namespace {

// splitmix64: a fixed, portable sequence per case, so a store seeds the same everywhere.
class CaseDice
{
public:
    explicit CaseDice(unsigned long long seed)
        : m_state(seed * 0x9E3779B97F4A7C15ULL + 0x632BE59BD9B4E019ULL)
    {
    }
    unsigned long long next()
    {
        unsigned long long z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int bound) { return static_cast<int>(next() % static_cast<unsigned>(bound)); }
    double unit() { return static_cast<double>(next() >> 11) / 9007199254740992.0; }

private:
    unsigned long long m_state;
};

// A weighted choice: entries are (weight out of 1000, value).
template<typename T>
T pick(CaseDice &dice, const std::vector<std::pair<int, T>> &weighted)
{
    int roll = dice.below(1000);
    for (const auto &[weight, value] : weighted) {
        if (roll < weight) {
            return value;
        }
        roll -= weight;
    }
    return weighted.back().second;
}

const std::vector<std::pair<int, CaseStatus>> statuses{{100, CaseStatus::New},
                                                       {100, CaseStatus::Open},
                                                       {50, CaseStatus::WaitingOnCustomer},
                                                       {50, CaseStatus::WaitingOnDepartment},
                                                       {550, CaseStatus::Resolved},
                                                       {150, CaseStatus::Closed}};
const std::vector<std::pair<int, CasePriority>> priorities{{100, CasePriority::Urgent},
                                                           {250, CasePriority::High},
                                                           {500, CasePriority::Normal},
                                                           {150, CasePriority::Low}};
const std::vector<std::pair<int, std::string>> departments{
    {400, "customer-service"}, {150, "store"},   {150, "warehouse"},
    {150, "logistics"},        {100, "finance"}, {50, "supervisors"}};
const std::array<const char *, 10> subjects{"Parcel not delivered",   "Wrong size delivered",
                                            "Refund not received",    "Item arrived damaged",
                                            "Change delivery slot",   "Return label missing",
                                            "Charged twice",          "Order cancelled by mistake",
                                            "Missing item in parcel", "Exchange in store"};
const std::array<const char *, 5> languages{"en", "it", "de", "es", "fr"};
const std::array<CaseChannel, 6> channels{CaseChannel::Phone,  CaseChannel::Email,
                                          CaseChannel::Chat,   CaseChannel::Store,
                                          CaseChannel::Social, CaseChannel::ComplaintForm};
const std::array<const char *, 7> rules{"cancelled-but-shipped",  "contradicting-messages",
                                        "duplicate-compensation", "escalation-overdue",
                                        "missed-delivery-window", "promised-label-missing",
                                        "refund-while-shipping"};

// Rows per INSERT: Qt's SQLite driver looks every bound value up by name (a cost growing with
// the square of the values in a statement), so SQLite gets short statements (about 60 values).
int batchRows(const CaseDatabase &db, int columns)
{
    return db.driver() == StoreAddress::Driver::Sqlite ? std::max(1, 60 / columns) : 6000 / columns;
}

QString padded(long long number, int width)
{
    return QStringLiteral("%1").arg(number, width, 10, QLatin1Char('0'));
}

// Multi-row INSERTs of `columns` values per row, flushed every batchRows rows.
class RowBatch
{
public:
    // `parent`: the batch holding the rows these refer to, written first.
    RowBatch(CaseDatabase &db, QString head, int columns, RowBatch *parent = nullptr)
        : m_db(db)
        , m_parent(parent)
        , m_head(std::move(head))
        , m_columns(columns)
        , m_batch(batchRows(db, columns))
    {
    }
    void add(const QVariantList &row)
    {
        m_values += row;
        if (++m_rows == m_batch) {
            flush();
        }
    }
    void flush()
    {
        if (m_rows == 0) {
            return;
        }
        if (m_parent) {
            m_parent->flush();
        }
        QStringList marks(m_columns, QStringLiteral("?"));
        const QString one = QLatin1Char('(') + marks.join(QLatin1Char(',')) + QLatin1Char(')');
        QStringList rows(m_rows, one);
        m_db.run(m_head + rows.join(QLatin1Char(',')), m_values);
        m_values.clear();
        m_rows = 0;
    }

private:
    CaseDatabase &m_db;
    RowBatch *m_parent;
    QString m_head;
    int m_columns;
    int m_batch;
    QVariantList m_values;
    int m_rows = 0;
};

// The definitions of the cases table's secondary indexes and of the triggers on the seeded
// tables, dropped while seeding and recreated after: building an index once is far quicker
// than a million inserts into twenty of them, and seeding is not a live change.
QStringList dropAndRemember(CaseDatabase &db)
{
    QStringList recreate;
    const bool sqlite = db.driver() == StoreAddress::Driver::Sqlite;
    QSqlQuery indexes = db.run(
        sqlite ? QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                                "tbl_name = 'cases' AND sql IS NOT NULL")
               : QStringLiteral("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = "
                                "'cases' AND indexname <> 'cases_pkey'"));
    QStringList drops;
    while (indexes.next()) {
        drops << QStringLiteral("DROP INDEX ") + indexes.value(0).toString();
        recreate << indexes.value(1).toString();
    }
    if (sqlite) {
        QSqlQuery triggers =
            db.run(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND "
                                  "tbl_name IN ('cases', 'case_links', 'case_alerts')"));
        while (triggers.next()) {
            drops << QStringLiteral("DROP TRIGGER ") + triggers.value(0).toString();
            recreate << triggers.value(1).toString();
        }
    } else {
        for (const char *table : {"cases", "case_alerts"}) {
            drops
                << QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(QLatin1String(table));
            recreate
                << QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(QLatin1String(table));
        }
    }
    for (const QString &drop : drops) {
        db.runFixed(drop);
    }
    return recreate;
}

} // namespace

long long CaseSeeder::seed(CaseDatabase &db, long long count, const QDateTime &now)
{
    if (count < 1 || count > maximum) {
        throw StoreError(StoreError::Kind::Invalid, "seed 1 to " + std::to_string(maximum) +
                                                        " cases, not " + std::to_string(count));
    }
    const QDateTime at = now.toUTC();
    std::map<std::string, int> slaHours;
    QSqlQuery hours = db.run(QStringLiteral("SELECT name, sla_hours FROM departments"));
    while (hours.next()) {
        slaHours[textAt(hours, 0)] = hours.value(1).toInt();
    }
    const bool sqlite = db.driver() == StoreAddress::Driver::Sqlite;
    if (sqlite) {
        db.runFixed(QStringLiteral("PRAGMA cache_size = -131072")); // 128 MB for the index builds
    }
    StoreTransaction transaction(db);
    if (!sqlite) {
        db.runFixed(QStringLiteral("SET LOCAL maintenance_work_mem = '256MB'")); // index builds
    }
    const long long first =
        db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM cases")).toLongLong() + 1;
    const QStringList recreate = dropAndRemember(db);

    RowBatch cases(db,
                   QStringLiteral("INSERT INTO cases (id, customer_id, customer_language, subject, "
                                  "status, priority, channel, department, assignee, sla_due, "
                                  "created_at, updated_at, version, resolved_at, sla_warn_at) "
                                  "VALUES "),
                   15);
    RowBatch links(db, QStringLiteral("INSERT INTO case_links (case_id, kind, ref) VALUES "), 3,
                   &cases);
    RowBatch alerts(
        db,
        QStringLiteral("INSERT INTO case_alerts (case_id, alert_key, rule_id, severity, "
                       "order_id, summary, found_at) VALUES "),
        7, &cases);
    const long long customers = std::max(1LL, count / 3);
    for (long long n = 0; n < count; ++n) {
        const long long id = first + n;
        CaseDice dice(static_cast<unsigned long long>(id));
        SupportCase item;
        item.id = id;
        item.customerId =
            "CUS-S" + padded(1 + static_cast<long long>(dice.next() % customers), 7).toStdString();
        item.customerLanguage = languages[static_cast<std::size_t>(dice.below(5))];
        item.subject = subjects[static_cast<std::size_t>(dice.below(10))];
        item.status = pick(dice, statuses);
        item.priority = pick(dice, priorities);
        item.channel = channels[static_cast<std::size_t>(dice.below(6))];
        item.department = pick(dice, departments);
        item.assignee = dice.below(100) < 5
                            ? std::string()
                            : "agent-" + padded(1 + dice.below(300), 3).toStdString();
        const bool open = item.status != CaseStatus::Resolved && item.status != CaseStatus::Closed;
        // Open cases are mostly recent; finished ones spread over the year.
        const double age =
            open ? 45.0 * 86400.0 * std::pow(dice.unit(), 3.0) : 365.0 * 86400.0 * dice.unit();
        item.createdAt = at.addSecs(-static_cast<qint64>(age));
        if (dice.below(100) >= 2) {
            item.slaDue = item.createdAt.addSecs(slaHours[item.department] * 3600LL);
        }
        const qint64 lived = item.createdAt.secsTo(at);
        QDateTime resolvedAt;
        if (open) {
            item.updatedAt = item.createdAt.addSecs(static_cast<qint64>(
                dice.unit() * static_cast<double>(std::min<qint64>(lived, 259200))));
        } else {
            resolvedAt = item.createdAt.addSecs(
                std::min<qint64>(lived, 3600 + static_cast<qint64>(dice.unit() * 10.0 * 86400.0)));
            item.updatedAt = resolvedAt;
        }
        const QString order = QStringLiteral("ORD-S") + padded(id, 7);
        cases.add({id, text(item.customerId), text(item.customerLanguage), text(item.subject),
                   text(toString(item.status)), text(toString(item.priority)),
                   text(toString(item.channel)), text(item.department), text(item.assignee),
                   time(item.slaDue), time(item.createdAt), time(item.updatedAt), 1,
                   time(resolvedAt), time(item.slaWarningFrom())});
        links.add({id, QStringLiteral("order"), order});
        if (open && dice.below(100) == 0) {
            const QString rule = QLatin1String(rules[static_cast<std::size_t>(dice.below(7))]);
            alerts.add({id, rule + QLatin1Char(':') + order, rule,
                        dice.below(10) < 3 ? QStringLiteral("critical") : QStringLiteral("warning"),
                        order, QStringLiteral("Systems disagree about %1").arg(order),
                        time(std::min(at, item.createdAt.addSecs(3600)))});
        }
    }
    cases.flush();
    links.flush();
    alerts.flush();
    for (const QString &statement : recreate) {
        db.runFixed(statement);
    }
    if (!sqlite) {
        db.run(QStringLiteral("SELECT setval(pg_get_serial_sequence('cases', 'id'), "
                              "(SELECT MAX(id) FROM cases))"));
    }
    transaction.commit();
    // Fresh planner statistics, so the queue's partial indexes are chosen from the start.
    if (sqlite) {
        db.runFixed(QStringLiteral("ANALYZE"));
        db.runFixed(QStringLiteral("PRAGMA cache_size = -2000"));
    } else {
        db.runFixed(QStringLiteral("VACUUM ANALYZE cases"));
        db.runFixed(QStringLiteral("VACUUM ANALYZE case_links"));
        db.runFixed(QStringLiteral("VACUUM ANALYZE case_alerts"));
    }
    return count;
}

} // namespace caseline
