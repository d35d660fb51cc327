#pragma once

#include "actions/OutboxPolicy.h"
#include "actions/PlannedAction.h"
#include "backoffice/CurlTransport.h"
#include "domain/CaseStatus.h"
#include "store/StoreAddress.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QThread>
#include <exception>
#include <memory>
#include <string>

namespace caseline {

class BackofficeSession;
class CaseDatabase;
class CaseStoreThread;
class OutboxSender;
struct OrderFacts;
struct SupportCase;

// What the console writes: an agent's action on a case (checked again against what the
// back-office says right now, then stored with its outbox entry, history and audit entry in
// one transaction), notes, contacts, escalations, and "try again" on a failed action. The
// outbox sender delivers in a thread of its own; its outcomes come back as signals. Requests
// return at once; nothing here blocks the GUI thread.
class CaseActionDesk : public QObject
{
    Q_OBJECT

public:
    CaseActionDesk(CaseStoreThread &store, BackofficeSession &backoffice, std::string actor,
                   OutboxPolicy policy = {}, QObject *parent = nullptr);
    ~CaseActionDesk() override; // shutdown()
    // Stops the outbox sender: what it has in flight ends (and stays in the outbox, to be sent
    // again by the next sender); its thread ends. Idempotent.
    void shutdown();

    // Starts delivering the outbox, including entries an earlier run left pending.
    void startSending();
    void submit(long long caseId, const PlannedAction &plan);
    void addNote(long long caseId, const QString &text);
    void logContact(long long caseId, const QString &direction, const QString &channel,
                    const QString &text);
    void escalate(long long caseId, const QString &department, const QString &reason,
                  CasePriority priority, const QDateTime &due);
    void retry(long long caseId, long long entryId);

Q_SIGNALS:
    void actionStored(long long caseId, long long entryId, const QString &summary);
    // A refund above the approval threshold: held as approval request `approvalId`, not sent.
    void actionHeld(long long caseId, long long approvalId, const QString &summary);
    // Refused before anything was written; `reason` in words.
    void actionRefused(long long caseId, const QString &reason);
    void actionDelivered(long long caseId, long long entryId);
    void actionRetrying(long long entryId, const QString &reason, const QDateTime &nextAttempt);
    void actionFailed(long long caseId, long long entryId, const QString &reason);
    // A note, contact, escalation or retry was stored.
    void caseChanged(long long caseId);
    void problem(const QString &what, const QString &reason);

private:
    struct Submission;

    void checkAndStore(const std::shared_ptr<Submission> &submission);
    void store(const std::shared_ptr<Submission> &submission);
    void storeEntry(long long caseId, const QString &what,
                    std::function<void(CaseDatabase &)> write);
    void refuse(long long caseId, const std::exception_ptr &failure);

    CaseStoreThread &m_store;
    BackofficeSession &m_backoffice;
    std::string m_actor;
    std::unique_ptr<CurlTransport> m_senderTransport; // the sender's own, used from its thread
    QThread m_senderThread;
    OutboxSender *m_sender = nullptr; // lives in m_senderThread
};

} // namespace caseline
