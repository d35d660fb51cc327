#include "store/CaseAlertBook.h"

#include "store/CaseDatabase.h"
#include "store/SqlValues.h"
#include "store/StoreTransaction.h"

#include <map>
#include <tuple>

namespace caseline {

using namespace SqlValues;

namespace {

using Finding = std::tuple<std::string, std::string, std::string>; // rule, severity, summary

} // namespace

CaseAlertBook::CaseAlertBook(CaseDatabase &db)
    : m_db(db)
{
}

bool CaseAlertBook::record(long long caseId, const std::string &orderId,
                           const std::vector<Alert> &alerts, const QDateTime &now)
{
    std::map<std::string, Finding> wanted;
    for (const Alert &alert : alerts) {
        const std::string order = alert.orderId.empty() ? orderId : alert.orderId;
        wanted.emplace(orderId + "|" + alert.rule + "|" + order,
                       Finding{alert.rule, toString(alert.severity), alert.message});
    }
    // Keys start with the order that was assembled, so each assembly replaces only its own
    // findings (an order family reports alerts of its replacement orders too).
    const std::string scope = orderId + "|";
    StoreTransaction transaction(m_db);
    std::map<std::string, Finding> stored;
    QSqlQuery query = m_db.run(QStringLiteral("SELECT alert_key, rule_id, severity, summary "
                                              "FROM case_alerts WHERE case_id = ? AND "
                                              "substr(alert_key, 1, ?) = ?"),
                               {caseId, static_cast<int>(scope.size()), text(scope)});
    while (query.next()) {
        stored.emplace(textAt(query, 0),
                       Finding{textAt(query, 1), textAt(query, 2), textAt(query, 3)});
    }
    if (stored == wanted) {
        return false;
    }
    for (const auto &[key, finding] : stored) {
        if (!wanted.contains(key)) {
            m_db.run(QStringLiteral("DELETE FROM case_alerts WHERE case_id = ? AND alert_key = ?"),
                     {caseId, text(key)});
        }
    }
    for (const auto &[key, finding] : wanted) {
        const auto before = stored.find(key);
        if (before != stored.end() && before->second == finding) {
            continue; // unchanged: keeps when it was first found
        }
        const auto &[rule, severity, summary] = finding;
        m_db.run(QStringLiteral("DELETE FROM case_alerts WHERE case_id = ? AND alert_key = ?"),
                 {caseId, text(key)});
        m_db.run(QStringLiteral("INSERT INTO case_alerts (case_id, alert_key, rule_id, severity, "
                                "order_id, summary, found_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                 {caseId, text(key), text(rule), text(severity),
                  text(key.substr(key.rfind('|') + 1)), text(summary), time(now)});
    }
    transaction.commit();
    return true;
}

} // namespace caseline
