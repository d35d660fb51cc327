#include "store/CaseReassignment.h"

#include "itemmodels/CaseEntryWording.h"
#include "store/AccessPolicy.h"
#include "store/AuditLog.h"
#include "store/CaseDatabase.h"
#include "store/CaseRepository.h"
#include "store/SqlValues.h"
#include "store/StoreError.h"
#include "store/StoreTransaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <set>

namespace caseline {

using namespace SqlValues;

CaseReassignment::CaseReassignment(CaseDatabase &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

int CaseReassignment::reassign(const std::vector<long long> &caseIds, const std::string &assignee,
                               const std::string &actor)
{
    if (assignee.size() > 100) {
        throw StoreError(StoreError::Kind::Invalid,
                         QCoreApplication::translate("CaseReassignment",
                                                     "an assignee's name is at most 100 characters")
                             .toStdString());
    }
    AccessPolicy(m_db, m_clock).require(actor, Permission::ReassignBulk);
    StoreTransaction transaction(m_db);
    CaseRepository cases(m_db, m_clock);
    const QDateTime now = m_clock.now();
    std::set<long long> done;
    int changed = 0;
    for (long long caseId : caseIds) {
        if (!done.insert(caseId).second) {
            continue;
        }
        const SupportCase item = cases.get(caseId); // NotFound rolls everything back
        if (item.assignee == assignee) {
            continue;
        }
        m_db.run(QStringLiteral("UPDATE cases SET assignee = ?, updated_at = ?, "
                                "version = version + 1 WHERE id = ?"),
                 {text(assignee), time(now), caseId});
        const CaseEntry entry =
            cases.insertEntry(caseId, actor, CaseEntryKind::CaseUpdated,
                              CaseChanges{{{CaseField::Assignee, item.assignee, assignee}}, false});
        AuditLog::append(m_db, now, actor, "case.reassign", caseId,
                         CaseEntryWording::inEnglish(entry));
        ++changed;
    }
    transaction.commit();
    return changed;
}

} // namespace caseline
