#pragma once

#include <QDateTime>
#include <string>

namespace caseline {

// One back-office write an agent's action needs, persisted before it is sent and sent until the
// back-office has applied it (or refused it for good). The idempotency key is made once, when
// the action is taken, and goes with every try, so the write is applied exactly once.
struct OutboxEntry
{
    enum class State
    {
        Pending,
        Delivered,
        Failed
    };

    long long id = 0;
    long long caseId = 0; // 0: not tied to a case
    std::string action;   // e.g. refund, return-label, reschedule
    std::string system;   // orders, delivery, payments, returns, notifications
    std::string method = "POST";
    std::string path; // below the system's base URL, e.g. /refunds
    std::string body; // JSON
    std::string idempotencyKey;
    State state = State::Pending;
    int attempts = 0;
    QDateTime nextAttemptAt;
    std::string lastError; // the latest failure, in words
    std::string result;    // the back-office's answer once delivered (JSON)
    std::string actor;
    QDateTime createdAt;
    QDateTime updatedAt;
};

std::string toString(OutboxEntry::State state);

} // namespace caseline
