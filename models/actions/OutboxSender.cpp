#include "actions/OutboxSender.h"

#include "itemmodels/CaseEntryWording.h"
#include "store/AuditLog.h"
#include "store/CaseDatabase.h"
#include "store/CaseRepository.h"
#include "store/Outbox.h"
#include "store/StoreError.h"
#include "store/StoreTransaction.h"

#include <QFuture>
#include <algorithm>

namespace caseline {

OutboxSender::OutboxSender(StoreAddress store, BackofficeConfig config, HttpClient &http,
                           const Clock &clock, OutboxPolicy policy, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_config(std::move(config))
    , m_http(http)
    , m_clock(clock)
    , m_policy(policy)
    , m_poll(this) // a child, so it follows the sender into its thread (moveToThread)
{
    m_poll.setInterval(static_cast<int>(m_policy.pollInterval.count()));
    connect(&m_poll, &QTimer::timeout, this, &OutboxSender::round);
}

OutboxSender::~OutboxSender() = default;

void OutboxSender::start()
{
    try {
        if (!m_db) {
            m_db = std::make_unique<CaseDatabase>(m_store);
        }
    } catch (const StoreError &error) {
        Q_EMIT storeProblem(QString::fromUtf8(error.what()));
    }
    m_poll.start();
    round();
}

void OutboxSender::stop()
{
    m_poll.stop();
}

void OutboxSender::round()
{
    if (!m_db) {
        start(); // reopen: the store may be back
        return;
    }
    try {
        const int room = m_policy.batch - inFlight();
        if (room <= 0) {
            return;
        }
        Outbox outbox(*m_db);
        const std::vector<OutboxEntry> due = outbox.claimDue(m_clock.now(), m_policy.lease, room);
        for (const OutboxEntry &entry : due) {
            send(entry);
        }
        if (due.empty() && m_inFlight.empty() && outbox.count(OutboxEntry::State::Pending) == 0) {
            Q_EMIT drained();
        }
    } catch (const StoreError &error) {
        Q_EMIT storeProblem(QString::fromUtf8(error.what()));
    }
}

void OutboxSender::send(const OutboxEntry &entry)
{
    const std::optional<BackofficeSystem> system = backofficeSystemFromString(entry.system);
    if (!system) {
        recordOutcome(entry, OutboxEntry::State::Failed,
                      "unknown back-office system '" + entry.system + "'", {});
        return;
    }
    const SystemEndpoint &endpoint = m_config.endpoint(*system);
    HttpRequest request;
    request.method = entry.method;
    request.url = endpoint.baseUrl + entry.path;
    request.headers.emplace_back("Content-Type", "application/json");
    request.body = entry.body;
    request.idempotencyKey = entry.idempotencyKey;
    request.bearerToken = endpoint.token;
    request.connectTimeout = endpoint.connectTimeout;
    request.totalTimeout = endpoint.totalTimeout;
    request.maxAttempts = 1; // the outbox keeps its own, persistent count of tries
    m_inFlight.insert(entry.id);
    // The continuation is queued to this object's thread, where its store connection lives.
    m_http.send(std::move(request)).then(this, [this, entry](const HttpResult &result) {
        m_inFlight.erase(entry.id);
        finish(entry, result);
    });
}

std::chrono::milliseconds OutboxSender::backoff(int attempts)
{
    const auto exponent = std::min(attempts - 1, 20);
    const auto grown = m_policy.firstBackoff * (1LL << std::max(exponent, 0));
    const auto capped = std::min<std::chrono::milliseconds>(grown, m_policy.maxBackoff);
    // Full jitter between half and all of it, so consoles that failed together do not retry
    // together.
    std::uniform_int_distribution<long long> spread(capped.count() / 2, capped.count());
    return std::chrono::milliseconds(spread(m_random));
}

void OutboxSender::finish(const OutboxEntry &entry, const HttpResult &result)
{
    if (result.ok()) {
        recordOutcome(entry, OutboxEntry::State::Delivered,
                      entry.action + " delivered to " + entry.system, result.response().body);
        return;
    }
    const HttpError &error = result.error();
    if (error.retryable() && entry.attempts < m_policy.maxAttempts) {
        const QDateTime next =
            m_clock.now().addMSecs(static_cast<qint64>(backoff(entry.attempts).count()));
        try {
            Outbox(*m_db).markRetry(entry.id, error.message(), next, m_clock.now());
            Q_EMIT retrying(entry.id, QString::fromStdString(error.message()), next);
        } catch (const StoreError &failure) {
            // The lease runs out and the entry is tried again anyway.
            Q_EMIT storeProblem(QString::fromUtf8(failure.what()));
        }
        return;
    }
    const std::string reason = error.retryable() ? error.message() + " Gave up after " +
                                                       std::to_string(entry.attempts) + " tries."
                                                 : error.message();
    recordOutcome(entry, OutboxEntry::State::Failed, reason, {}, error,
                  error.retryable() ? entry.attempts : 0);
}

void OutboxSender::recordOutcome(const OutboxEntry &entry, OutboxEntry::State state,
                                 const std::string &text, const std::string &result,
                                 const std::optional<HttpError> &error, int gaveUpAfter)
{
    const bool done = state == OutboxEntry::State::Delivered;
    // What the case's history says of it: the outcome, and the system's answer as it came.
    const std::optional<ActionKind> action = actionKindFromString(entry.action);
    CaseEntry outcome;
    if (action) {
        outcome.kind = done ? CaseEntryKind::ActionDelivered : CaseEntryKind::ActionFailed;
        outcome.arguments =
            ActionOutcome{*action, backofficeSystemFromString(entry.system), error, gaveUpAfter};
        outcome.text = done ? result : std::string();
    }
    try {
        const QDateTime now = m_clock.now();
        StoreTransaction transaction(*m_db);
        Outbox outbox(*m_db);
        if (done) {
            outbox.markDelivered(entry.id, result, now);
        } else {
            outbox.markFailed(entry.id, text, now);
        }
        if (entry.caseId > 0 && action) {
            CaseRepository(*m_db, m_clock)
                .insertEntry(entry.caseId, "outbox", outcome.kind, outcome.arguments, outcome.text);
        }
        AuditLog::append(*m_db, now, "outbox", done ? "outbox.delivered" : "outbox.failed",
                         entry.caseId > 0 ? std::optional<long long>(entry.caseId) : std::nullopt,
                         entry.idempotencyKey + "\n" +
                             (action ? CaseEntryWording::inEnglish(outcome) : text));
        transaction.commit();
        if (done) {
            Q_EMIT delivered(entry.id, entry.caseId);
        } else {
            Q_EMIT failed(entry.id, entry.caseId, QString::fromStdString(text));
        }
    } catch (const StoreError &failure) {
        // Not recorded: the lease runs out and the entry is sent again with the same key,
        // which the back-office answers with its first response.
        Q_EMIT storeProblem(QString::fromUtf8(failure.what()));
    }
}

} // namespace caseline
