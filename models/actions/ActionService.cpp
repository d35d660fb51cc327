#include "actions/ActionService.h"

#include "store/AuditLog.h"
#include "store/CaseDatabase.h"
#include "store/CaseRepository.h"
#include "store/Outbox.h"
#include "store/StaffDirectory.h"
#include "store/StoreTransaction.h"

#include <QUuid>

namespace caseline {

ActionService::ActionService(CaseDatabase &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

long long ActionService::submit(long long caseId, const PlannedAction &plan,
                                const std::string &actor)
{
    const QDateTime now = m_clock.now();
    StoreTransaction transaction(m_db);
    CaseRepository cases(m_db, m_clock);
    cases.get(caseId);
    if (plan.action == "refund") {
        StaffDirectory(m_db, m_clock).requireRefundAllowed(actor, plan.amount);
    }
    OutboxEntry entry;
    entry.caseId = caseId;
    entry.action = plan.action;
    entry.system = plan.system;
    entry.path = plan.path;
    entry.body = plan.body.dump();
    // Made once, here; every try of this action carries it.
    entry.idempotencyKey =
        "caseline-" + QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    entry.actor = actor;
    const long long id = Outbox(m_db).enqueue(entry, now);
    cases.insertEntry(caseId, "action.requested", actor, plan.summary, entry.body);
    AuditLog::append(m_db, now, actor, "action." + plan.action, caseId,
                     entry.idempotencyKey + "\n" + entry.body);
    transaction.commit();
    return id;
}

} // namespace caseline
