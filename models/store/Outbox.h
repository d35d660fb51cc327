#pragma once

#include "store/OutboxEntry.h"

#include <chrono>
#include <optional>
#include <vector>

namespace caseline {

class CaseDatabase;

// The outbox table: actions' back-office writes waiting to be delivered. A sender claims a due
// entry for a lease (so two consoles do not send it at once), sends it, and records the
// outcome. An entry whose sender died becomes due again when its lease runs out; resending is
// safe because the idempotency key makes the back-office apply it once.
class Outbox
{
public:
    explicit Outbox(CaseDatabase &db);

    // Within the caller's transaction: the entry is stored with the change that caused it.
    // StoreError Invalid when the key is empty or already used.
    long long enqueue(OutboxEntry entry, const QDateTime &now);

    // Claims up to `limit` due pending entries for `lease` (their next attempt moves past it and
    // their attempt count goes up) and returns them. Entries another sender claimed first are
    // left out.
    std::vector<OutboxEntry> claimDue(const QDateTime &now, std::chrono::seconds lease, int limit);

    void markDelivered(long long id, const std::string &result, const QDateTime &now);
    void markRetry(long long id, const std::string &error, const QDateTime &nextAttemptAt,
                   const QDateTime &now);
    void markFailed(long long id, const std::string &error, const QDateTime &now);
    // An agent's "try again": a failed entry, or a pending one waiting for a later try, becomes
    // pending and due now, with the same key (so it is still applied once).
    void retry(long long id, const QDateTime &now);

    std::optional<OutboxEntry> find(long long id);
    // Pending and failed entries (what still needs attention), oldest first.
    std::vector<OutboxEntry> unfinished();
    int count(OutboxEntry::State state);

private:
    CaseDatabase &m_db;
};

} // namespace caseline
