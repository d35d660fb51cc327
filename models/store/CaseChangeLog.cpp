#include "store/CaseChangeLog.h"

#include "store/CaseDatabase.h"
#include "store/SqlValues.h"

#include <set>

namespace caseline {

CaseChangeLog::CaseChangeLog(CaseDatabase &db)
    : m_db(db)
{
}

long long CaseChangeLog::latestSeq()
{
    return m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM case_changes"))
        .toLongLong();
}

CaseChangeLog::Changes CaseChangeLog::since(long long seq)
{
    Changes changes;
    changes.lastSeq = seq;
    std::set<long long> ids;
    QSqlQuery query = m_db.run(
        QStringLiteral("SELECT seq, case_id FROM case_changes WHERE seq > ? ORDER BY seq"), {seq});
    while (query.next()) {
        changes.lastSeq = query.value(0).toLongLong();
        ids.insert(query.value(1).toLongLong());
    }
    changes.caseIds.assign(ids.begin(), ids.end());
    return changes;
}

void CaseChangeLog::prune(const QDateTime &before)
{
    m_db.run(QStringLiteral("DELETE FROM case_changes WHERE changed_at < ? "
                            "AND seq < (SELECT MAX(seq) FROM case_changes)"),
             {SqlValues::time(before)});
}

} // namespace caseline
