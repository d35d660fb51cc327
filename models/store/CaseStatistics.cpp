#include "store/CaseStatistics.h"

#include "store/CaseColumns.h"
#include "store/CaseDatabase.h"
#include "store/SqlValues.h"

#include <algorithm>
#include <map>

namespace caseline {

using namespace SqlValues;

namespace {

const QString open = CaseColumns::openCondition();

QDateTime startOf(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC);
}

} // namespace

CaseStatistics::CaseStatistics(CaseDatabase &db)
    : m_db(db)
{
}

std::vector<QueueCount> CaseStatistics::counts()
{
    std::vector<QueueCount> counts;
    QSqlQuery query =
        m_db.run(QStringLiteral("SELECT department, status, priority, COUNT(*) FROM "
                                "cases WHERE %1 GROUP BY department, status, priority "
                                "ORDER BY department, status, priority")
                     .arg(open));
    while (query.next()) {
        QueueCount count;
        count.department = textAt(query, 0);
        count.status = caseStatusFromString(textAt(query, 1)).value_or(CaseStatus::Open);
        count.priority = casePriorityFromString(textAt(query, 2)).value_or(CasePriority::Normal);
        count.cases = query.value(3).toLongLong();
        counts.push_back(count);
    }
    return counts;
}

CaseStatistics::Totals CaseStatistics::totals(const QDateTime &now)
{
    // Three index range counts: cheaper than one pass that reads every open row.
    Totals totals;
    totals.open =
        m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM cases WHERE %1").arg(open)).toLongLong();
    totals.breached =
        m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM cases WHERE %1 AND sla_due < ?").arg(open),
                    {time(now)})
            .toLongLong();
    totals.atRisk = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM cases WHERE %1 AND "
                                               "sla_due >= ? AND sla_warn_at <= ?")
                                    .arg(open),
                                {time(now), time(now)})
                        .toLongLong();
    return totals;
}

std::vector<SupportCase> CaseStatistics::openCases(const QString &condition,
                                                   const QVariantList &values, int limit)
{
    QVariantList all = values;
    all << std::max(limit, 0);
    QSqlQuery query =
        m_db.run(QStringLiteral("SELECT %1 FROM cases WHERE %2 AND %3 ORDER BY sla_order, id "
                                "LIMIT ?")
                     .arg(CaseColumns::list(), open, condition),
                 all);
    std::vector<SupportCase> cases;
    while (query.next()) {
        cases.push_back(CaseColumns::read(query));
    }
    CaseColumns::attachLinks(m_db, cases);
    return cases;
}

std::vector<SupportCase> CaseStatistics::breachedCases(const QDateTime &now, int limit)
{
    return openCases(QStringLiteral("sla_order < ?"), {time(now)}, limit);
}

std::vector<SupportCase> CaseStatistics::atRiskCases(const QDateTime &now, int limit)
{
    return openCases(QStringLiteral("sla_order >= ? AND sla_warn_at <= ?"), {time(now), time(now)},
                     limit);
}

std::vector<WatchdogFinding> CaseStatistics::watchdog(int limit)
{
    QSqlQuery query = m_db.run(
        QStringLiteral("SELECT %1, a.rule_id, a.severity, a.order_id, a.summary, a.found_at "
                       "FROM case_alerts a JOIN cases c ON c.id = a.case_id WHERE %2 "
                       "ORDER BY CASE a.severity WHEN 'critical' THEN 0 WHEN 'warning' THEN 1 "
                       "ELSE 2 END, a.found_at, a.case_id, a.alert_key LIMIT ?")
            .arg(CaseColumns::list(QStringLiteral("c.")),
                 CaseColumns::openCondition(QStringLiteral("c."))),
        {std::max(limit, 0)});
    std::vector<WatchdogFinding> findings;
    std::vector<SupportCase> cases;
    while (query.next()) {
        WatchdogFinding finding;
        finding.supportCase = CaseColumns::read(query);
        finding.ruleId = textAt(query, 13);
        finding.severity = textAt(query, 14);
        finding.orderId = textAt(query, 15);
        finding.summary = textAt(query, 16);
        finding.foundAt = timeAt(query, 17);
        cases.push_back(finding.supportCase);
        findings.push_back(std::move(finding));
    }
    CaseColumns::attachLinks(m_db, cases);
    for (std::size_t i = 0; i < findings.size(); ++i) {
        findings[i].supportCase.links = cases[i].links;
    }
    return findings;
}

std::vector<long long>
CaseStatistics::rangeCounts(const std::vector<std::pair<QString, QVariantList>> &conditions)
{
    std::vector<long long> result;
    if (m_db.driver() == StoreAddress::Driver::Sqlite) {
        // One statement each: Qt's SQLite driver binds by looking each value up by name, a cost
        // growing with the square of a statement's values.
        for (const auto &[condition, values] : conditions) {
            result.push_back(
                m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM cases WHERE ") + condition, values)
                    .toLongLong());
        }
        return result;
    }
    QStringList counts;
    QVariantList all;
    for (const auto &[condition, values] : conditions) {
        counts << QStringLiteral("(SELECT COUNT(*) FROM cases WHERE %1)").arg(condition);
        all += values;
    }
    QSqlQuery query = m_db.run(QStringLiteral("SELECT ") + counts.join(QStringLiteral(", ")), all);
    query.next();
    for (int i = 0; i < counts.size(); ++i) {
        result.push_back(query.value(i).toLongLong());
    }
    return result;
}

std::vector<AgeBucket> CaseStatistics::aging(const QDateTime &now)
{
    static const std::vector<std::pair<int, int>> spans{{0, 1},  {1, 3},   {3, 7},
                                                        {7, 14}, {14, 30}, {30, -1}};
    // A range of the open cases' creation index per bucket; the first also holds future times.
    std::vector<std::pair<QString, QVariantList>> conditions;
    for (const auto &[from, to] : spans) {
        QString condition = open;
        QVariantList values;
        if (from > 0) {
            condition += QStringLiteral(" AND created_at <= ?");
            values << time(now.addDays(-from));
        }
        if (to >= 0) {
            condition += QStringLiteral(" AND created_at > ?");
            values << time(now.addDays(-to));
        }
        conditions.emplace_back(condition, values);
    }
    const std::vector<long long> counted = rangeCounts(conditions);
    std::vector<AgeBucket> buckets;
    for (std::size_t i = 0; i < spans.size(); ++i) {
        buckets.push_back({spans[i].first, spans[i].second, counted[i]});
    }
    return buckets;
}

std::vector<BacklogPoint> CaseStatistics::backlog(const QDateTime &now, int days)
{
    return backlog(now, days, std::nullopt);
}

std::vector<BacklogPoint> CaseStatistics::backlog(const QDateTime &now, int days,
                                                  std::optional<long long> unresolved)
{
    days = std::max(days, 1);
    const QDate first = now.toUTC().date().addDays(-(days - 1));
    // One statement of range counts over the creation and resolution indexes: per day opened
    // and resolved, and how many are open now. Open at a day's end is open now, less what was
    // opened after it, plus what was resolved after it.
    std::vector<std::pair<QString, QVariantList>> conditions;
    for (const QString &column : {QStringLiteral("created_at"), QStringLiteral("resolved_at")}) {
        for (int i = 0; i < days; ++i) {
            const QDate day = first.addDays(i);
            conditions.emplace_back(
                QStringLiteral("%1 >= ? AND %1 < ? AND %1 <= ?").arg(column),
                QVariantList{time(startOf(day)), time(startOf(day.addDays(1))), time(now)});
        }
    }
    // (created_at || '': not by the creation index, which would read every case)
    conditions.emplace_back(QStringLiteral("resolved_at > ? AND created_at || '' <= ?"),
                            QVariantList{time(now), time(now)});
    if (!unresolved) {
        conditions.emplace_back(QStringLiteral("resolved_at IS NULL AND created_at <= ?"),
                                QVariantList{time(now)});
    }
    const std::vector<long long> counted = rangeCounts(conditions);
    long long open = counted[static_cast<std::size_t>(2 * days)] +
                     (unresolved ? *unresolved : counted[static_cast<std::size_t>(2 * days + 1)]);
    std::vector<BacklogPoint> points(static_cast<std::size_t>(days));
    for (int i = days - 1; i >= 0; --i) {
        BacklogPoint &point = points[static_cast<std::size_t>(i)];
        point.day = first.addDays(i);
        point.opened = counted[static_cast<std::size_t>(i)];
        point.resolved = counted[static_cast<std::size_t>(days + i)];
        point.open = open;
        open -= point.opened - point.resolved; // the open count at the previous day's end
    }
    return points;
}

std::vector<AgentWorkload> CaseStatistics::workload(const QDateTime &now)
{
    std::map<std::string, std::string> departments;
    QSqlQuery staff = m_db.run(QStringLiteral("SELECT name, department FROM staff"));
    while (staff.next()) {
        departments[textAt(staff, 0)] = textAt(staff, 1);
    }
    QSqlQuery query = m_db.run(
        QStringLiteral("SELECT assignee, COUNT(*), SUM(CASE WHEN sla_due < ? THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN sla_due >= ? AND sla_warn_at <= ? THEN 1 ELSE 0 END) "
                       "FROM cases WHERE %1 GROUP BY assignee")
            .arg(open),
        {time(now), time(now), time(now)});
    std::vector<AgentWorkload> workload;
    while (query.next()) {
        AgentWorkload agent;
        agent.assignee = textAt(query, 0);
        const auto found = departments.find(agent.assignee);
        agent.department = found == departments.end() ? std::string() : found->second;
        agent.open = query.value(1).toLongLong();
        agent.breached = query.value(2).toLongLong();
        agent.atRisk = query.value(3).toLongLong();
        workload.push_back(agent);
    }
    std::sort(workload.begin(), workload.end(), [](const AgentWorkload &a, const AgentWorkload &b) {
        return a.open != b.open ? a.open > b.open : a.assignee < b.assignee;
    });
    return workload;
}

DashboardSnapshot CaseStatistics::snapshot(const QDateTime &now, int listLimit)
{
    DashboardSnapshot snapshot;
    snapshot.takenAt = now;
    // The totals are the sums of the counts and of the workload: two scans, not five.
    snapshot.counts = counts();
    snapshot.workload = workload(now);
    for (const QueueCount &count : snapshot.counts) {
        snapshot.openCases += count.cases;
    }
    for (const AgentWorkload &agent : snapshot.workload) {
        snapshot.breached += agent.breached;
        snapshot.atRisk += agent.atRisk;
    }
    snapshot.breachedCases = breachedCases(now, listLimit);
    snapshot.atRiskCases = atRiskCases(now, listLimit);
    snapshot.watchdog = watchdog(listLimit);
    snapshot.aging = aging(now);
    // Open cases are exactly those without resolved_at (CaseRepository keeps it so): the
    // backlog need not count them again.
    snapshot.backlog = backlog(now, 30, snapshot.openCases);
    return snapshot;
}

} // namespace caseline
