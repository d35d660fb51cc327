#pragma once

#include "actions/PlannedAction.h"
#include "domain/Clock.h"
#include "domain/RefundApproval.h"

#include <optional>
#include <vector>

namespace caseline {

class CaseDatabase;

// Refunds above the approval threshold, held until someone who may approve refunds decides.
// Approving enqueues the held refund in the outbox exactly once, as ActionService would have;
// rejecting drops it. Each step is one transaction with the case's timeline entry and the
// audit entry. Deciding needs ApproveRefund: a refusal is audited and thrown as Forbidden.
class RefundApprovalDesk
{
public:
    RefundApprovalDesk(CaseDatabase &db, const Clock &clock);

    // Holds `plan` (a refund) for approval: "refund.awaiting-approval" on the case's timeline.
    // Needs Refund. StoreError NotFound for an unknown case, Invalid for anything but a refund.
    RefundApproval request(long long caseId, const PlannedAction &plan, const std::string &actor);

    std::vector<RefundApproval> pending(); // oldest first
    std::optional<RefundApproval> find(long long id);
    RefundApproval get(long long id); // StoreError NotFound

    // StoreError Conflict when already decided (nothing is sent twice).
    RefundApproval approve(long long id, const std::string &actor, const std::string &note);
    // Needs a note of 1 to 2000 characters (Invalid).
    RefundApproval reject(long long id, const std::string &actor, const std::string &note);

private:
    RefundApproval decide(long long id, bool approved, const std::string &actor,
                          const std::string &note);

    CaseDatabase &m_db;
    const Clock &m_clock;
};

} // namespace caseline
