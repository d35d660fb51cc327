#include "store/SchemaMigrations.h"

#include "store/CaseColumns.h"
#include "store/CaseDatabase.h"
#include "store/HistoryConversion.h"
#include "store/StoreError.h"
#include "store/StoreTransaction.h"

#include <QSqlQuery>
#include <tuple>

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

// Step 5's statements: the shared change log every console follows, and the watchdog's
// findings per case, so supervisors see conflicts without assembling a million timelines.
SchemaMigrations::Step liveChanges()
{
    SchemaMigrations::Step step{
        5,
        QStringLiteral("a change log for live updates between consoles, the watchdog's open "
                       "alerts per case, and when a case was resolved"),
        {QStringLiteral("CREATE TABLE case_changes (seq {id}, case_id BIGINT NOT NULL, "
                        "changed_at TEXT NOT NULL)"),
         QStringLiteral("ALTER TABLE cases ADD COLUMN resolved_at TEXT"),
         QStringLiteral("ALTER TABLE cases ADD COLUMN sla_warn_at TEXT"),
         QStringLiteral("UPDATE cases SET resolved_at = updated_at "
                        "WHERE status IN ('resolved', 'closed')"),
         QStringLiteral("CREATE TABLE case_alerts (case_id BIGINT NOT NULL REFERENCES cases(id), "
                        "alert_key TEXT NOT NULL, rule_id TEXT NOT NULL, "
                        "severity TEXT NOT NULL, order_id TEXT NOT NULL, "
                        "summary TEXT NOT NULL, found_at TEXT NOT NULL, "
                        "PRIMARY KEY (case_id, alert_key))"),
         QStringLiteral("CREATE INDEX case_alerts_rule ON case_alerts (rule_id, case_id)")},
        {QStringLiteral("UPDATE cases SET sla_warn_at = strftime('%Y-%m-%dT%H:%M:%SZ', "
                        "julianday(sla_due) - max(2.0 / 24.0, "
                        "(julianday(sla_due) - julianday(created_at)) / 4.0)) "
                        "WHERE sla_due IS NOT NULL")},
        {QStringLiteral("UPDATE cases SET sla_warn_at = to_char((sla_due::timestamptz - "
                        "GREATEST(interval '2 hours', "
                        "(sla_due::timestamptz - created_at::timestamptz) / 4)) "
                        "AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') "
                        "WHERE sla_due IS NOT NULL"),
         QStringLiteral(
             "CREATE FUNCTION caseline_case_changed() RETURNS trigger LANGUAGE plpgsql AS $$ "
             "DECLARE changed BIGINT; "
             "BEGIN "
             "IF TG_OP = 'DELETE' THEN changed := to_jsonb(OLD) ->> TG_ARGV[0]; "
             "ELSE changed := to_jsonb(NEW) ->> TG_ARGV[0]; END IF; "
             "IF changed IS NOT NULL THEN "
             "INSERT INTO case_changes (case_id, changed_at) VALUES (changed, "
             "to_char(clock_timestamp() AT TIME ZONE 'UTC', "
             "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')); "
             "PERFORM pg_notify('caseline_changes', changed::text); "
             "END IF; "
             "RETURN NULL; "
             "END $$")}};
    for (const auto &[table, column, deletes] : std::vector<std::tuple<QString, QString, bool>>{
             {QStringLiteral("cases"), QStringLiteral("id"), false},
             {QStringLiteral("case_entries"), QStringLiteral("case_id"), false},
             {QStringLiteral("escalations"), QStringLiteral("case_id"), false},
             {QStringLiteral("outbox"), QStringLiteral("case_id"), false},
             {QStringLiteral("case_alerts"), QStringLiteral("case_id"), true}}) {
        const auto [sqlite, postgres] = SchemaMigrations::changeTriggers(table, column, deletes);
        step.sqliteOnly += sqlite;
        step.postgresOnly += postgres;
    }
    return step;
}

// Step 6's statements: what each role may do (configurable, seeded with the defaults), the
// refund approval threshold, refunds held for a supervisor, and staff logins for identity.
// Written out here, not taken from the Permission enum: a released step never changes.
// Answering an escalation also needs its department (or supervisors): agents and store staff
// answer what is escalated to their own department, as the store does in the furniture story.
SchemaMigrations::Step rolesAndApprovals()
{
    const std::vector<std::pair<QString, QStringList>> defaults{
        {QStringLiteral("agent"),
         {QStringLiteral("view-case"), QStringLiteral("create-case"), QStringLiteral("edit-case"),
          QStringLiteral("add-note"), QStringLiteral("log-contact"), QStringLiteral("escalate"),
          QStringLiteral("answer-escalation"), QStringLiteral("reschedule"),
          QStringLiteral("redirect-delivery"), QStringLiteral("issue-return-label"),
          QStringLiteral("refund"), QStringLiteral("cancel"), QStringLiteral("replace"),
          QStringLiteral("message-customer")}},
        {QStringLiteral("store"),
         {QStringLiteral("view-case"), QStringLiteral("create-case"), QStringLiteral("add-note"),
          QStringLiteral("log-contact"), QStringLiteral("escalate"),
          QStringLiteral("answer-escalation"), QStringLiteral("reschedule"),
          QStringLiteral("redirect-delivery"), QStringLiteral("issue-return-label")}},
        {QStringLiteral("finance"),
         {QStringLiteral("view-case"), QStringLiteral("add-note"), QStringLiteral("log-contact"),
          QStringLiteral("escalate"), QStringLiteral("answer-escalation"), QStringLiteral("refund"),
          QStringLiteral("cancel"), QStringLiteral("view-dashboard")}},
        {QStringLiteral("supervisor"),
         {QStringLiteral("view-case"), QStringLiteral("create-case"), QStringLiteral("edit-case"),
          QStringLiteral("add-note"), QStringLiteral("log-contact"), QStringLiteral("escalate"),
          QStringLiteral("answer-escalation"), QStringLiteral("reschedule"),
          QStringLiteral("redirect-delivery"), QStringLiteral("issue-return-label"),
          QStringLiteral("refund"), QStringLiteral("cancel"), QStringLiteral("replace"),
          QStringLiteral("message-customer"), QStringLiteral("approve-refund"),
          QStringLiteral("reassign-bulk"), QStringLiteral("change-sla-policy"),
          QStringLiteral("manage-staff"), QStringLiteral("view-dashboard")}}};
    QStringList rows;
    for (const auto &[role, permissions] : defaults) {
        for (const QString &permission : permissions) {
            rows << QStringLiteral("('%1', '%2')").arg(role, permission);
        }
    }
    SchemaMigrations::Step step{
        6,
        QStringLiteral("roles and their permissions, policies (the refund approval threshold), "
                       "refunds awaiting approval, and staff logins"),
        {QStringLiteral("CREATE TABLE role_permissions (role TEXT NOT NULL, "
                        "permission TEXT NOT NULL, PRIMARY KEY (role, permission))"),
         QStringLiteral("INSERT INTO role_permissions (role, permission) VALUES ") +
             rows.join(QStringLiteral(", ")),
         QStringLiteral("CREATE TABLE policies (name TEXT PRIMARY KEY, value TEXT NOT NULL)"),
         QStringLiteral("INSERT INTO policies (name, value) VALUES "
                        "('refund_approval_above', '10000')"),
         QStringLiteral("CREATE TABLE refund_approvals (id {id}, "
                        "case_id BIGINT NOT NULL REFERENCES cases(id), order_id TEXT NOT NULL, "
                        "amount BIGINT NOT NULL, currency TEXT NOT NULL, reason TEXT NOT NULL, "
                        "requested_by TEXT NOT NULL, requested_at TEXT NOT NULL, "
                        "state TEXT NOT NULL, decided_by TEXT NOT NULL DEFAULT '', "
                        "decided_at TEXT, note TEXT NOT NULL DEFAULT '', plan TEXT NOT NULL, "
                        "outbox_id BIGINT, updated_at TEXT NOT NULL, "
                        "version BIGINT NOT NULL DEFAULT 1)"),
         QStringLiteral("CREATE INDEX refund_approvals_state ON refund_approvals (state, id)"),
         QStringLiteral("ALTER TABLE staff ADD COLUMN login TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("CREATE UNIQUE INDEX staff_login ON staff (login) WHERE login <> ''"),
         QStringLiteral("UPDATE staff SET role = 'supervisor' WHERE role = 'lead'")}};
    const auto [sqlite, postgres] = SchemaMigrations::changeTriggers(
        QStringLiteral("refund_approvals"), QStringLiteral("case_id"));
    step.sqliteOnly += sqlite;
    step.postgresOnly += postgres;
    return step;
}

// Step 7's statements: ranked columns (urgency, workflow, SLA with "none" last) that sort like
// the console shows them, and the indexes that serve every queue order with the common
// filters (open cases, a department, an assignee) and the dashboard's counts by index scans
// alone. Open cases have partial indexes: they are a fraction of the store. The indexes that
// counts use hold real columns only, status included: SQLite 3.40 reads a virtual generated
// column, and the partial index's own condition, from the table otherwise.
SchemaMigrations::Step queueIndexes()
{
    const QString priority = CaseColumns::priorityRankExpression();
    const QString status = CaseColumns::statusRankExpression();
    const QString sla =
        QStringLiteral("COALESCE(sla_due, '%1')").arg(QLatin1String(CaseColumns::noSla));
    SchemaMigrations::Step step{
        7, QStringLiteral("queue orders and dashboard counts served by indexes at scale"), {}};
    step.sqliteOnly = {
        QStringLiteral("ALTER TABLE cases ADD COLUMN priority_rank INTEGER "
                       "GENERATED ALWAYS AS (%1) VIRTUAL")
            .arg(priority),
        QStringLiteral("ALTER TABLE cases ADD COLUMN status_rank INTEGER "
                       "GENERATED ALWAYS AS (%1) VIRTUAL")
            .arg(status),
        QStringLiteral(
            "ALTER TABLE cases ADD COLUMN sla_order TEXT GENERATED ALWAYS AS (%1) VIRTUAL")
            .arg(sla)};
    step.postgresOnly = {
        QStringLiteral("ALTER TABLE cases "
                       "ADD COLUMN priority_rank SMALLINT GENERATED ALWAYS AS (%1) STORED, "
                       "ADD COLUMN status_rank SMALLINT GENERATED ALWAYS AS (%2) STORED, "
                       "ADD COLUMN sla_order TEXT GENERATED ALWAYS AS (%3) STORED")
            .arg(priority, status, sla)};
    const QString open = QStringLiteral(" WHERE ") + CaseColumns::openCondition();
    QStringList indexes;
    for (const auto &[name, columns] : std::vector<std::pair<QString, QString>>{
             {QStringLiteral("sla"), QStringLiteral("sla_order, id")},
             {QStringLiteral("priority"), QStringLiteral("priority_rank, id")},
             {QStringLiteral("status"), QStringLiteral("status_rank, id")},
             {QStringLiteral("updated"), QStringLiteral("updated_at, id")},
             {QStringLiteral("created"), QStringLiteral("created_at, id")},
             {QStringLiteral("assignee"), QStringLiteral("assignee, id")},
             {QStringLiteral("customer"), QStringLiteral("customer_id, id")}}) {
        indexes
            << QStringLiteral("CREATE INDEX cases_open_%1 ON cases (%2)%3").arg(name, columns, open)
            << QStringLiteral("CREATE INDEX cases_open_department_%1 ON cases (department, %2)%3")
                   .arg(name, columns, open);
    }
    indexes << QStringLiteral("CREATE INDEX cases_open_department ON cases (department, id)") + open
            << QStringLiteral("CREATE INDEX cases_open_counts ON cases "
                              "(department, status, priority)") +
                   open
            << QStringLiteral("CREATE INDEX cases_open_due ON cases "
                              "(sla_due, sla_warn_at, status)") +
                   open
            << QStringLiteral("CREATE INDEX cases_open_workload ON cases "
                              "(assignee, sla_due, sla_warn_at, status)") +
                   open
            << QStringLiteral("CREATE INDEX cases_open_age ON cases (created_at, status)") + open
            << QStringLiteral("CREATE INDEX cases_sla ON cases (sla_order, id)")
            << QStringLiteral("CREATE INDEX cases_updated ON cases (updated_at, id)")
            << QStringLiteral("CREATE INDEX cases_created ON cases (created_at, id)")
            << QStringLiteral("CREATE INDEX cases_resolved ON cases (resolved_at, created_at)");
    step.sqliteOnly += indexes;
    step.postgresOnly += indexes;
    return step;
}

} // namespace

std::pair<QStringList, QStringList>
SchemaMigrations::changeTriggers(const QString &table, const QString &caseColumn, bool deletes)
{
    QStringList sqlite;
    QStringList postgres;
    const QString now = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%SZ', 'now')");
    QStringList events{QStringLiteral("INSERT"), QStringLiteral("UPDATE")};
    if (deletes) {
        events << QStringLiteral("DELETE");
    }
    for (const QString &event : events) {
        const QString row =
            event == QStringLiteral("DELETE") ? QStringLiteral("OLD") : QStringLiteral("NEW");
        sqlite << QStringLiteral("CREATE TRIGGER %1_%2_changed AFTER %3 ON %1 FOR EACH ROW "
                                 "WHEN %4.%5 IS NOT NULL BEGIN "
                                 "INSERT INTO case_changes (case_id, changed_at) "
                                 "VALUES (%4.%5, %6); END")
                      .arg(table, event.toLower(), event, row, caseColumn, now);
    }
    postgres << QStringLiteral("CREATE TRIGGER %1_changed AFTER %2 ON %1 FOR EACH ROW "
                               "EXECUTE FUNCTION caseline_case_changed('%3')")
                    .arg(table, events.join(QStringLiteral(" OR ")), caseColumn);
    return {sqlite, postgres};
}

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
        liveChanges(),
        rolesAndApprovals(),
        queueIndexes(),
        HistoryConversion::step(),
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
        const QStringList &ownDialect =
            db.driver() == StoreAddress::Driver::Sqlite ? step.sqliteOnly : step.postgresOnly;
        for (const QString &statement : step.statements + ownDialect) {
            db.runFixed(dialect(statement, db.driver()));
        }
        if (step.convert) {
            step.convert(db);
        }
        db.run(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"), {step.version});
        transaction.commit();
    }
}

} // namespace caseline
