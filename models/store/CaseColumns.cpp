#include "store/CaseColumns.h"

#include "store/CaseDatabase.h"
#include "store/SqlValues.h"

#include <map>

namespace caseline::CaseColumns {

using namespace SqlValues;

QString list(const QString &table)
{
    static const QStringList names{QStringLiteral("id"),
                                   QStringLiteral("customer_id"),
                                   QStringLiteral("customer_language"),
                                   QStringLiteral("subject"),
                                   QStringLiteral("status"),
                                   QStringLiteral("priority"),
                                   QStringLiteral("channel"),
                                   QStringLiteral("department"),
                                   QStringLiteral("assignee"),
                                   QStringLiteral("sla_due"),
                                   QStringLiteral("created_at"),
                                   QStringLiteral("updated_at"),
                                   QStringLiteral("version")};
    QStringList prefixed;
    for (const QString &name : names) {
        prefixed << table + name;
    }
    return prefixed.join(QStringLiteral(", "));
}

SupportCase read(const QSqlQuery &query, int first)
{
    SupportCase item;
    item.id = query.value(first).toLongLong();
    item.customerId = textAt(query, first + 1);
    item.customerLanguage = textAt(query, first + 2);
    item.subject = textAt(query, first + 3);
    item.status = caseStatusFromString(textAt(query, first + 4)).value_or(CaseStatus::Open);
    item.priority = casePriorityFromString(textAt(query, first + 5)).value_or(CasePriority::Normal);
    item.channel = caseChannelFromString(textAt(query, first + 6)).value_or(CaseChannel::Phone);
    item.department = textAt(query, first + 7);
    item.assignee = textAt(query, first + 8);
    item.slaDue = timeAt(query, first + 9);
    item.createdAt = timeAt(query, first + 10);
    item.updatedAt = timeAt(query, first + 11);
    item.version = query.value(first + 12).toLongLong();
    return item;
}

void attachLinks(CaseDatabase &db, std::vector<SupportCase> &cases)
{
    if (cases.empty()) {
        return;
    }
    std::map<long long, std::size_t> at;
    QStringList marks;
    QVariantList ids;
    for (std::size_t i = 0; i < cases.size(); ++i) {
        cases[i].links.clear();
        if (at.emplace(cases[i].id, i).second) {
            marks << QStringLiteral("?");
            ids << cases[i].id;
        }
    }
    QSqlQuery query = db.run(QStringLiteral("SELECT case_id, kind, ref FROM case_links WHERE "
                                            "case_id IN (%1) ORDER BY case_id, kind, ref")
                                 .arg(marks.join(QLatin1Char(','))),
                             ids);
    while (query.next()) {
        const auto found = at.find(query.value(0).toLongLong());
        if (found != at.end()) {
            cases[found->second].links.push_back({textAt(query, 1), textAt(query, 2)});
        }
    }
}

QString openCondition(const QString &table)
{
    return table + QStringLiteral("status NOT IN ('resolved', 'closed')");
}

QString priorityRankExpression()
{
    return QStringLiteral("CASE priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 "
                          "WHEN 'normal' THEN 2 WHEN 'low' THEN 3 ELSE 4 END");
}

QString statusRankExpression()
{
    return QStringLiteral("CASE status WHEN 'new' THEN 0 WHEN 'open' THEN 1 "
                          "WHEN 'waiting-on-customer' THEN 2 WHEN 'waiting-on-department' THEN 3 "
                          "WHEN 'resolved' THEN 4 WHEN 'closed' THEN 5 ELSE 6 END");
}

} // namespace caseline::CaseColumns
