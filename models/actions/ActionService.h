#pragma once

#include "actions/ActionReceipt.h"
#include "actions/PlannedAction.h"
#include "domain/Clock.h"

#include <string>

namespace caseline {

class CaseDatabase;

// Records an agent's action on a case in one transaction: the outbox entry with a fresh
// idempotency key, the case's history entry and the audit entry. Either all three are stored
// or none. Delivery is the OutboxSender's job.
class ActionService
{
public:
    ActionService(CaseDatabase &db, const Clock &clock);

    // Checks the action's permission first (AccessPolicy: a refusal is audited and thrown as
    // StoreError Forbidden). A refund above the approval threshold by someone who may not
    // approve refunds is not sent but held (RefundApprovalDesk::request). StoreError NotFound
    // for an unknown case, Invalid for an action this program does not know.
    ActionReceipt submit(long long caseId, const PlannedAction &plan, const std::string &actor);

    // Within the caller's transaction, no checks: the outbox entry with a fresh idempotency
    // key, the "action.requested" history entry and the audit entry. Returns the entry's id.
    static long long enqueue(CaseDatabase &db, const Clock &clock, long long caseId,
                             const PlannedAction &plan, const std::string &actor);

private:
    CaseDatabase &m_db;
    const Clock &m_clock;
};

} // namespace caseline
