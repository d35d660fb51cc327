#pragma once

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

    // Returns the outbox entry's id. StoreError NotFound for an unknown case, Invalid when the
    // actor's role does not allow it (StaffDirectory).
    long long submit(long long caseId, const PlannedAction &plan, const std::string &actor);

private:
    CaseDatabase &m_db;
    const Clock &m_clock;
};

} // namespace caseline
