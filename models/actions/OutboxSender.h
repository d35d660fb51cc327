#pragma once

#include "actions/OutboxPolicy.h"
#include "backoffice/BackofficeConfig.h"
#include "backoffice/HttpClient.h"
#include "domain/Clock.h"
#include "store/OutboxEntry.h"
#include "store/StoreAddress.h"

#include <QObject>
#include <QTimer>
#include <memory>
#include <optional>
#include <random>
#include <set>

namespace caseline {

class CaseDatabase;

// Delivers the outbox: claims due entries, sends each with its idempotency key, and records
// the outcome in one transaction (outbox state, the case's history, the audit log). Temporary
// failures (timeouts, dropped connections, 5xx, 429) are retried with growing, jittered waits
// that survive restarts; a refusal (4xx) or too many tries mark the entry failed, on the case's
// timeline, for a person to act on. Nothing is dropped silently.
//
// Lives in one thread (its own store connection is opened by start() in that thread); results
// of the transport arrive on it as queued calls. Never blocks waiting for the network.
class OutboxSender : public QObject
{
    Q_OBJECT

public:
    OutboxSender(StoreAddress store, BackofficeConfig config, HttpClient &http, const Clock &clock,
                 OutboxPolicy policy = {}, QObject *parent = nullptr);
    ~OutboxSender() override;

    // Opens the store connection and starts polling (the first round runs at once, so entries
    // left pending by an earlier run are sent again).
    void start();
    void stop();
    // Sends what is due now instead of at the next poll (an agent just took an action).
    void sendDueNow() { round(); }
    int inFlight() const { return static_cast<int>(m_inFlight.size()); }

Q_SIGNALS:
    void delivered(long long entryId, long long caseId);
    void retrying(long long entryId, const QString &reason, const QDateTime &nextAttempt);
    void failed(long long entryId, long long caseId, const QString &reason);
    // Nothing pending any more (pending entries waiting for a later try do not count as done).
    void drained();
    // The store itself could not be used (the sender keeps trying at the next poll).
    void storeProblem(const QString &reason);

private:
    void round();
    void send(const OutboxEntry &entry);
    void finish(const OutboxEntry &entry, const HttpResult &result);
    std::chrono::milliseconds backoff(int attempts);
    // `error` and `gaveUpAfter` (tries made) say why a failed entry failed, for its history.
    void recordOutcome(const OutboxEntry &entry, OutboxEntry::State state, const std::string &text,
                       const std::string &result, const std::optional<HttpError> &error = {},
                       int gaveUpAfter = 0);

    StoreAddress m_store;
    BackofficeConfig m_config;
    HttpClient &m_http;
    const Clock &m_clock;
    OutboxPolicy m_policy;
    std::unique_ptr<CaseDatabase> m_db;
    QTimer m_poll;
    std::set<long long> m_inFlight;
    std::mt19937 m_random{std::random_device{}()};
};

} // namespace caseline
