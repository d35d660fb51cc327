#include "actions/ActionService.h"

#include "domain/Permission.h"
#include "store/AccessPolicy.h"
#include "store/AuditLog.h"
#include "store/CaseDatabase.h"
#include "store/CaseRepository.h"
#include "store/Outbox.h"
#include "store/RefundApprovalDesk.h"
#include "store/StoreError.h"
#include "store/StoreTransaction.h"

#include <QUuid>

namespace caseline {

ActionService::ActionService(CaseDatabase &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

ActionReceipt ActionService::submit(long long caseId, const PlannedAction &plan,
                                    const std::string &actor)
{
    const std::optional<Permission> needed = permissionFor(plan);
    if (!needed) {
        throw StoreError(StoreError::Kind::Invalid, "unknown action '" + plan.action + "'");
    }
    // Checked before the transaction, so a refusal's audit entry stays.
    AccessPolicy access(m_db, m_clock);
    access.require(actor, *needed, caseId);
    ActionReceipt receipt;
    if (*needed == Permission::Refund && plan.amount > access.refundApprovalThreshold() &&
        !access.allows(actor, Permission::ApproveRefund)) {
        receipt.approvalId = RefundApprovalDesk(m_db, m_clock).request(caseId, plan, actor).id;
        return receipt;
    }
    StoreTransaction transaction(m_db);
    CaseRepository(m_db, m_clock).get(caseId);
    receipt.outboxId = enqueue(m_db, m_clock, caseId, plan, actor);
    transaction.commit();
    return receipt;
}

long long ActionService::enqueue(CaseDatabase &db, const Clock &clock, long long caseId,
                                 const PlannedAction &plan, const std::string &actor)
{
    const QDateTime now = clock.now();
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
    const long long id = Outbox(db).enqueue(entry, now);
    CaseRepository(db, clock).insertEntry(caseId, actor, CaseEntryKind::ActionRequested,
                                          plan.command);
    AuditLog::append(db, now, actor, "action." + plan.action, caseId,
                     entry.idempotencyKey + "\n" + entry.body);
    return id;
}

} // namespace caseline
