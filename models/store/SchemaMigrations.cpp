#include "store/SchemaMigrations.h"

#include "store/CaseDatabase.h"
#include "store/StoreError.h"
#include "store/StoreTransaction.h"

#include <QSqlQuery>

namespace caseline {

namespace {

QString dialect(const QString &statement, StoreAddress::Driver driver)
{
    QString text = statement;
    text.replace(QStringLiteral("{id}"), driver == StoreAddress::Driver::Sqlite
                                             ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")
                                             : QStringLiteral("BIGSERIAL PRIMARY KEY"));
    return text;
}

} // namespace

const std::vector<SchemaMigrations::Step> &SchemaMigrations::steps()
{
    static const std::vector<Step> all{
        {1,
         QStringLiteral("cases, their links to back-office records and their own history"),
         {QStringLiteral("CREATE TABLE cases (id {id}, customer_id TEXT NOT NULL, "
                         "customer_language TEXT NOT NULL, subject TEXT NOT NULL, "
                         "status TEXT NOT NULL, priority TEXT NOT NULL, channel TEXT NOT NULL, "
                         "department TEXT NOT NULL, assignee TEXT NOT NULL DEFAULT '', "
                         "sla_due TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, "
                         "version BIGINT NOT NULL DEFAULT 1)"),
          QStringLiteral("CREATE INDEX cases_queue ON cases (department, status)"),
          QStringLiteral("CREATE INDEX cases_customer ON cases (customer_id)"),
          QStringLiteral(
              "CREATE TABLE case_links (case_id BIGINT NOT NULL REFERENCES cases(id), "
              "kind TEXT NOT NULL, ref TEXT NOT NULL, PRIMARY KEY (case_id, kind, ref))"),
          QStringLiteral("CREATE INDEX case_links_ref ON case_links (ref)"),
          QStringLiteral("CREATE TABLE case_entries (id {id}, "
                         "case_id BIGINT NOT NULL REFERENCES cases(id), at TEXT NOT NULL, "
                         "kind TEXT NOT NULL, actor TEXT NOT NULL, summary TEXT NOT NULL, "
                         "detail TEXT NOT NULL DEFAULT '')"),
          QStringLiteral("CREATE INDEX case_entries_case ON case_entries (case_id, at)")}},
        {2,
         QStringLiteral("departments with their SLA, and escalations between them"),
         {QStringLiteral("CREATE TABLE departments (name TEXT PRIMARY KEY, title TEXT NOT NULL, "
                         "sla_hours INTEGER NOT NULL)"),
          QStringLiteral("INSERT INTO departments (name, title, sla_hours) VALUES "
                         "('customer-service', 'Customer service', 24), "
                         "('store', 'Stores', 48), ('warehouse', 'Warehouse', 24), "
                         "('logistics', 'Logistics', 24), ('finance', 'Finance', 48), "
                         "('supervisors', 'Supervisors', 8)"),
          QStringLiteral("CREATE TABLE escalations (id {id}, "
                         "case_id BIGINT NOT NULL REFERENCES cases(id), "
                         "department TEXT NOT NULL REFERENCES departments(name), "
                         "reason TEXT NOT NULL, priority TEXT NOT NULL, due_at TEXT NOT NULL, "
                         "state TEXT NOT NULL, opened_by TEXT NOT NULL, opened_at TEXT NOT NULL, "
                         "closing_note TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL, "
                         "version BIGINT NOT NULL DEFAULT 1)"),
          QStringLiteral("CREATE INDEX escalations_queue ON escalations (department, state)"),
          QStringLiteral("CREATE INDEX escalations_case ON escalations (case_id)")}},
        {3,
         QStringLiteral("the action outbox and the hash-chained audit log"),
         {QStringLiteral("CREATE TABLE outbox (id {id}, case_id BIGINT REFERENCES cases(id), "
                         "action TEXT NOT NULL, system TEXT NOT NULL, method TEXT NOT NULL, "
                         "path TEXT NOT NULL, body TEXT NOT NULL, "
                         "idempotency_key TEXT NOT NULL UNIQUE, state TEXT NOT NULL, "
                         "attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at TEXT NOT NULL, "
                         "last_error TEXT NOT NULL DEFAULT '', result TEXT NOT NULL DEFAULT '', "
                         "actor TEXT NOT NULL, created_at TEXT NOT NULL, "
                         "updated_at TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX outbox_due ON outbox (state, next_attempt_at)"),
          QStringLiteral("CREATE TABLE audit_log (seq {id}, at TEXT NOT NULL, "
                         "actor TEXT NOT NULL, action TEXT NOT NULL, case_id BIGINT, "
                         "payload_digest TEXT NOT NULL, previous_hash TEXT NOT NULL, "
                         "hash TEXT NOT NULL)"),
          QStringLiteral("CREATE TABLE audit_head (id INTEGER PRIMARY KEY CHECK (id = 1), "
                         "seq BIGINT NOT NULL, hash TEXT NOT NULL)")}},
        {4,
         QStringLiteral("staff: who works in which department with which role"),
         {QStringLiteral("CREATE TABLE staff (name TEXT PRIMARY KEY, "
                         "department TEXT NOT NULL REFERENCES departments(name), "
                         "role TEXT NOT NULL)")}},
    };
    return all;
}

int SchemaMigrations::latestVersion()
{
    return steps().back().version;
}

int SchemaMigrations::currentVersion(CaseDatabase &db)
{
    // Asked first, so an existing table is not "created" again (PostgreSQL would say so on
    // stderr at every start).
    const bool exists =
        db.driver() == StoreAddress::Driver::Sqlite
            ? db.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' "
                                       "AND name = 'schema_version'"))
                      .toInt() > 0
            : !db.scalar(QStringLiteral("SELECT to_regclass('schema_version')::text")).isNull();
    if (!exists) {
        return 0;
    }
    const QVariant version = db.scalar(QStringLiteral("SELECT MAX(version) FROM schema_version"));
    return version.isNull() ? 0 : version.toInt();
}

void SchemaMigrations::migrate(CaseDatabase &db, int target)
{
    if (target < 0) {
        target = latestVersion();
    }
    if (currentVersion(db) == 0) {
        db.runFixed(
            QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"));
    }
    for (const Step &step : steps()) {
        StoreTransaction transaction(db);
        if (db.driver() == StoreAddress::Driver::Postgresql) {
            // Consoles starting together: one migrates, the others wait and then see it done.
            db.run(QStringLiteral("SELECT pg_advisory_xact_lock(726354)"));
        }
        const int current = currentVersion(db);
        if (current > latestVersion()) {
            throw StoreError(StoreError::Kind::Invalid,
                             "the case store has schema version " + std::to_string(current) +
                                 ", newer than this Caseline knows (" +
                                 std::to_string(latestVersion()) + "); update Caseline");
        }
        if (step.version <= current || step.version > target) {
            continue;
        }
        for (const QString &statement : step.statements) {
            db.runFixed(dialect(statement, db.driver()));
        }
        db.run(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"), {step.version});
        transaction.commit();
    }
}

} // namespace caseline
