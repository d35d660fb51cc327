#pragma once

namespace caseline {

// What became of a submitted action: sent to the outbox, or (a refund above the approval
// threshold by someone who may not approve it) held for a supervisor's approval.
struct ActionReceipt
{
    long long outboxId = 0;   // the outbox entry, when it was enqueued
    long long approvalId = 0; // the refund approval request, when it was held

    bool held() const { return approvalId != 0; }
};

} // namespace caseline
