#pragma once

#include <QDateTime>
#include <optional>
#include <string>

namespace caseline {

// A refund above the approval threshold, held until a supervisor approves it (then it is
// sent, exactly once, like any action) or rejects it. Both decisions carry a note and appear
// on the case's timeline.
struct RefundApproval
{
    enum class State
    {
        Pending,
        Approved,
        Rejected
    };

    long long id = 0;
    long long caseId = 0;
    std::string orderId;
    long long amount = 0; // minor units
    std::string currency;
    std::string reason;
    std::string requestedBy;
    QDateTime requestedAt;
    State state = State::Pending;
    std::string decidedBy;
    QDateTime decidedAt;
    std::string note;
    long long outboxId = 0; // the refund's outbox entry, once approved
    long long version = 1;
};

// Stored as "pending", "approved", "rejected".
std::string toString(RefundApproval::State state);
std::optional<RefundApproval::State> refundApprovalStateFromString(const std::string &text);

} // namespace caseline
