#include "store/CaseQueue.h"

#include "store/CaseColumns.h"
#include "store/CaseDatabase.h"
#include "store/SqlValues.h"

#include <algorithm>

namespace caseline {

using namespace SqlValues;

namespace {

bool isOpen(CaseStatus status)
{
    return status != CaseStatus::Resolved && status != CaseStatus::Closed;
}

int priorityRank(CasePriority priority)
{
    switch (priority) {
    case CasePriority::Urgent:
        return 0;
    case CasePriority::High:
        return 1;
    case CasePriority::Normal:
        return 2;
    case CasePriority::Low:
        return 3;
    }
    return 4;
}

QString marks(int count)
{
    QStringList all;
    for (int i = 0; i < count; ++i) {
        all << QStringLiteral("?");
    }
    return all.join(QLatin1Char(','));
}

} // namespace

CaseQueue::CaseQueue(CaseDatabase &db)
    : m_db(db)
{
}

QString CaseQueue::sortColumn(CaseSortKey key)
{
    switch (key) {
    case CaseSortKey::SlaDue:
        return QStringLiteral("sla_order");
    case CaseSortKey::Priority:
        return QStringLiteral("priority_rank");
    case CaseSortKey::Status:
        return QStringLiteral("status_rank");
    case CaseSortKey::Updated:
        return QStringLiteral("updated_at");
    case CaseSortKey::Created:
        return QStringLiteral("created_at");
    case CaseSortKey::Id:
        return QStringLiteral("id");
    case CaseSortKey::Department:
        return QStringLiteral("department");
    case CaseSortKey::Assignee:
        return QStringLiteral("assignee");
    case CaseSortKey::Customer:
        return QStringLiteral("customer_id");
    }
    return QStringLiteral("id");
}

CaseCursor CaseQueue::cursorAfter(const SupportCase &last, CaseSortKey key)
{
    CaseCursor cursor;
    cursor.id = last.id;
    switch (key) {
    case CaseSortKey::SlaDue:
        cursor.sortValue = last.slaDue.isValid()
                               ? time(last.slaDue)
                               : QVariant(QString::fromLatin1(CaseColumns::noSla));
        break;
    case CaseSortKey::Priority:
        cursor.sortValue = priorityRank(last.priority);
        break;
    case CaseSortKey::Status:
        cursor.sortValue = static_cast<int>(last.status); // the enum is in workflow order
        break;
    case CaseSortKey::Updated:
        cursor.sortValue = time(last.updatedAt);
        break;
    case CaseSortKey::Created:
        cursor.sortValue = time(last.createdAt);
        break;
    case CaseSortKey::Id:
        cursor.sortValue = last.id;
        break;
    case CaseSortKey::Department:
        cursor.sortValue = text(last.department);
        break;
    case CaseSortKey::Assignee:
        cursor.sortValue = text(last.assignee);
        break;
    case CaseSortKey::Customer:
        cursor.sortValue = text(last.customerId);
        break;
    }
    return cursor;
}

QString CaseQueue::conditions(const CaseQuery &query, const QDateTime &now, bool forCount,
                              QVariantList &values)
{
    QStringList terms;
    // The open condition is written literally whenever it holds, so the partial indexes apply.
    const bool onlyOpenStatuses = !query.statuses.empty() &&
                                  std::all_of(query.statuses.begin(), query.statuses.end(), isOpen);
    if (query.openOnly || onlyOpenStatuses || query.sla != SlaFilter::Any) {
        terms << CaseColumns::openCondition();
    }
    if (!query.statuses.empty()) {
        terms
            << QStringLiteral("status IN (%1)").arg(marks(static_cast<int>(query.statuses.size())));
        for (CaseStatus status : query.statuses) {
            values << text(toString(status));
        }
    }
    if (!query.department.empty()) {
        terms << QStringLiteral("department = ?");
        values << text(query.department);
    }
    if (query.priority) {
        terms << QStringLiteral("priority = ?");
        values << text(toString(*query.priority));
    }
    if (query.assignee) {
        terms << QStringLiteral("assignee = ?");
        values << text(*query.assignee);
    }
    // Pages judge the SLA by sla_order, the SLA order's own index; counts by the real columns
    // that cover them (the same cases: sla_order is sla_due, or the end of time without one).
    const QString due = forCount ? QStringLiteral("sla_due") : QStringLiteral("sla_order");
    if (query.sla == SlaFilter::Breached) {
        terms << due + QStringLiteral(" < ?");
        values << time(now);
    } else if (query.sla == SlaFilter::AtRisk) {
        terms << due + QStringLiteral(" >= ? AND sla_warn_at <= ?");
        values << time(now) << time(now);
    } else if (query.sla == SlaFilter::Attention) {
        terms << QStringLiteral("(sla_warn_at <= ? OR EXISTS (SELECT 1 FROM case_alerts "
                                "WHERE case_alerts.case_id = cases.id))");
        values << time(now);
    }
    if (!query.text.empty()) {
        if (const std::optional<long long> id = SupportCase::idFromReference(query.text)) {
            terms << QStringLiteral("id = ?");
            values << *id;
        } else {
            // A prefix, compared by characters alike on both stores (LIKE differs in case).
            const QString prefix = text(query.text);
            const qsizetype length = prefix.toUcs4().size();
            terms << QStringLiteral("(substr(customer_id, 1, ?) = ? OR substr(subject, 1, ?) = ?)");
            values << length << prefix << length << prefix;
        }
    }
    return terms.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

std::vector<SupportCase> CaseQueue::page(const CaseQuery &query, const QDateTime &now,
                                         const std::optional<CaseCursor> &after, int limit)
{
    QVariantList values;
    QString where = conditions(query, now, false, values);
    const QString column = sortColumn(query.sortKey);
    const QString direction = query.descending ? QStringLiteral(" DESC") : QString();
    if (after) {
        where += (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND "));
        const QString comparison = query.descending ? QStringLiteral("<") : QStringLiteral(">");
        if (query.sortKey == CaseSortKey::Id) {
            where += QStringLiteral("id %1 ?").arg(comparison);
            values << after->id;
        } else {
            where += QStringLiteral("(%1, id) %2 (?, ?)").arg(column, comparison);
            values << after->sortValue << after->id;
        }
    }
    const QString order = query.sortKey == CaseSortKey::Id
                              ? QStringLiteral(" ORDER BY id") + direction
                              : QStringLiteral(" ORDER BY %1%2, id%2").arg(column, direction);
    values << std::max(limit, 1);
    QSqlQuery rows =
        m_db.run(QStringLiteral("SELECT ") + CaseColumns::list() + QStringLiteral(" FROM cases") +
                     where + order + QStringLiteral(" LIMIT ?"),
                 values);
    std::vector<SupportCase> cases;
    while (rows.next()) {
        cases.push_back(CaseColumns::read(rows));
    }
    CaseColumns::attachLinks(m_db, cases);
    return cases;
}

long long CaseQueue::count(const CaseQuery &query, const QDateTime &now)
{
    QVariantList values;
    const QString where = conditions(query, now, true, values);
    return m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM cases") + where, values).toLongLong();
}

} // namespace caseline
