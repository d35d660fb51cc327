#include "workspace/CaseActionDesk.h"

#include "actions/ActionError.h"
#include "actions/ActionService.h"
#include "actions/ActionValidator.h"
#include "actions/OutboxSender.h"
#include "store/CaseRepository.h"
#include "store/EscalationDesk.h"
#include "store/Outbox.h"
#include "timeline/AlertText.h"
#include "timeline/OrderFacts.h"
#include "workspace/BackofficeSession.h"
#include "workspace/CaseStoreThread.h"

#include <algorithm>

namespace caseline {

struct CaseActionDesk::Submission
{
    long long caseId = 0;
    PlannedAction plan;
    SupportCase item;
    OrderFacts facts;
    std::optional<DeliveryOptions> options;
    std::size_t waiting = 0;
    QString unreadable; // the refusal naming the first system that could not be read
};

CaseActionDesk::CaseActionDesk(CaseStoreThread &store, BackofficeSession &backoffice,
                               std::string actor, OutboxPolicy policy, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_backoffice(backoffice)
    , m_actor(std::move(actor))
    , m_senderTransport(
          std::make_unique<CurlTransport>(BackofficeSession::transportOptions(backoffice.config())))
{
    m_senderThread.setObjectName(QStringLiteral("outbox sender"));
    m_sender = new OutboxSender(store.address(), backoffice.config(), *m_senderTransport,
                                backoffice.clock(), policy);
    m_sender->moveToThread(&m_senderThread);
    connect(&m_senderThread, &QThread::finished, m_sender, &QObject::deleteLater);
    connect(m_sender, &OutboxSender::delivered, this, [this](long long entryId, long long caseId) {
        Q_EMIT actionDelivered(caseId, entryId);
    });
    connect(m_sender, &OutboxSender::failed, this,
            [this](long long entryId, long long caseId, const QString &reason) {
                Q_EMIT actionFailed(caseId, entryId, reason);
            });
    connect(m_sender, &OutboxSender::retrying, this, &CaseActionDesk::actionRetrying);
    connect(m_sender, &OutboxSender::storeProblem, this,
            [this](const QString &reason) { Q_EMIT problem(tr("deliver the outbox"), reason); });
    m_senderThread.start();
}

CaseActionDesk::~CaseActionDesk()
{
    shutdown();
}

void CaseActionDesk::shutdown()
{
    if (m_senderThread.isFinished()) {
        return;
    }
    QMetaObject::invokeMethod(
        m_sender, [sender = m_sender] { sender->stop(); }, Qt::BlockingQueuedConnection);
    // The transport before the sender: the answers it ends are posted to a sender still alive.
    m_senderTransport.reset();
    m_senderThread.quit();
    m_senderThread.wait();
}

void CaseActionDesk::startSending()
{
    QMetaObject::invokeMethod(
        m_sender, [sender = m_sender] { sender->start(); }, Qt::QueuedConnection);
}

void CaseActionDesk::refuse(long long caseId, const std::exception_ptr &failure)
{
    try {
        std::rethrow_exception(failure);
    } catch (const std::exception &error) {
        Q_EMIT actionRefused(caseId, QString::fromUtf8(error.what()));
    } catch (...) {
        Q_EMIT actionRefused(caseId, tr("an unexpected error"));
    }
}

void CaseActionDesk::submit(long long caseId, const PlannedAction &plan)
{
    auto submission = std::make_shared<Submission>();
    submission->caseId = caseId;
    submission->plan = plan;
    const Clock &clock = m_backoffice.clock();
    m_store
        .run([caseId, &clock](CaseDatabase &db) { return CaseRepository(db, clock).get(caseId); })
        .then(this, [this, submission](QFuture<SupportCase> done) {
            try {
                submission->item = done.result();
            } catch (...) {
                refuse(submission->caseId, std::current_exception());
                return;
            }
            for (const CaseLink &link : submission->item.links) {
                submission->waiting += link.kind == "order" ? 1 : 0;
            }
            submission->waiting += submission->plan.shipmentId.empty() ? 0 : 1;
            if (submission->waiting == 0) {
                checkAndStore(submission);
                return;
            }
            // The check reads the back-office as it is now, not as the screen showed it.
            for (const CaseLink &link : submission->item.links) {
                if (link.kind != "order") {
                    continue;
                }
                m_backoffice.assembler().assemble(link.ref).then(
                    this, [this, submission](OrderTimeline timeline) {
                        m_backoffice.remember(timeline);
                        for (const SourceStatus &source : timeline.sources) {
                            if (source.state != SourceStatus::State::Ok &&
                                submission->unreadable.isEmpty()) {
                                //: %1 is the back-office system's code ("payments"), %2 why it
                                //: could not be read
                                submission->unreadable =
                                    tr("cannot check the action against the back-office: %1 could "
                                       "not be read: %2. Nothing was done.")
                                        .arg(QString::fromStdString(toString(source.system)),
                                             AlertText::withoutFinalStop(
                                                 QString::fromStdString(source.error)));
                            }
                        }
                        submission->facts.add(timeline.facts);
                        if (--submission->waiting == 0) {
                            checkAndStore(submission);
                        }
                    });
            }
            if (!submission->plan.shipmentId.empty()) {
                m_backoffice.connectors()
                    .delivery->deliveryOptions(submission->plan.shipmentId)
                    .then(this, [this, submission](Fetched<DeliveryOptions> offered) {
                        if (offered.ok()) {
                            submission->options = offered.value();
                        } else if (submission->unreadable.isEmpty()) {
                            //: %1 says why the carrier's options could not be read
                            submission->unreadable =
                                tr("cannot check the action against the back-office: the "
                                   "carrier's options could not be read: %1. Nothing was done.")
                                    .arg(AlertText::withoutFinalStop(
                                        QString::fromStdString(offered.error().message())));
                        }
                        if (--submission->waiting == 0) {
                            checkAndStore(submission);
                        }
                    });
            }
        });
}

void CaseActionDesk::checkAndStore(const std::shared_ptr<Submission> &submission)
{
    try {
        if (!submission->unreadable.isEmpty()) {
            throw ActionError(submission->unreadable.toStdString());
        }
        const PlannedAction &plan = submission->plan;
        const OrderFacts &facts = submission->facts;
        const bool linked =
            plan.orderId.empty() || facts.order(plan.orderId) != nullptr ||
            std::any_of(facts.shipments.begin(), facts.shipments.end(),
                        [&](const Shipment &s) { return s.orderId == plan.orderId; });
        if (!linked) {
            //: %1 is an order's id ("ORD-1001"), %2 the case's reference ("CASE-12")
            throw ActionError(tr("%1 is not an order of %2")
                                  .arg(QString::fromStdString(plan.orderId),
                                       QString::fromStdString(submission->item.reference()))
                                  .toStdString());
        }
        ActionValidator::check(plan, facts, m_backoffice.clock().now(), submission->options);
    } catch (...) {
        refuse(submission->caseId, std::current_exception());
        return;
    }
    store(submission);
}

void CaseActionDesk::store(const std::shared_ptr<Submission> &submission)
{
    const Clock &clock = m_backoffice.clock();
    m_store
        .run([submission, actor = m_actor, &clock](CaseDatabase &db) {
            return ActionService(db, clock).submit(submission->caseId, submission->plan, actor);
        })
        .then(this, [this, submission](QFuture<ActionReceipt> done) {
            try {
                const ActionReceipt receipt = done.result();
                if (receipt.held()) {
                    Q_EMIT actionHeld(submission->caseId, receipt.approvalId,
                                      QString::fromStdString(submission->plan.summary));
                    return;
                }
                Q_EMIT actionStored(submission->caseId, receipt.outboxId,
                                    QString::fromStdString(submission->plan.summary));
                QMetaObject::invokeMethod(
                    m_sender, [sender = m_sender] { sender->sendDueNow(); }, Qt::QueuedConnection);
            } catch (...) {
                refuse(submission->caseId, std::current_exception());
            }
        });
}

void CaseActionDesk::storeEntry(long long caseId, const QString &what,
                                std::function<void(CaseDatabase &)> write)
{
    m_store.run(std::move(write)).then(this, [this, caseId, what](QFuture<void> done) {
        try {
            done.waitForFinished(); // rethrows what the write threw
            Q_EMIT caseChanged(caseId);
        } catch (const std::exception &error) {
            Q_EMIT problem(what, QString::fromUtf8(error.what()));
        }
    });
}

void CaseActionDesk::addNote(long long caseId, const QString &text)
{
    const Clock &clock = m_backoffice.clock();
    const std::string note = text.trimmed().toStdString();
    storeEntry(caseId, tr("add the note"), [=, actor = m_actor, &clock](CaseDatabase &db) {
        if (note.empty()) {
            throw ActionError(tr("a note needs some text").toStdString());
        }
        CaseRepository(db, clock).addEntry(caseId, actor, CaseEntryKind::Note, {}, note);
    });
}

void CaseActionDesk::logContact(long long caseId, const QString &direction, const QString &channel,
                                const QString &text)
{
    const Clock &clock = m_backoffice.clock();
    const std::string how = channel.toStdString();
    const std::string way = direction.toStdString();
    const std::string summary = text.trimmed().toStdString();
    storeEntry(caseId, tr("log the contact"), [=, actor = m_actor, &clock](CaseDatabase &db) {
        if (way != "inbound" && way != "outbound") {
            throw ActionError(tr("a contact is inbound or outbound").toStdString());
        }
        const std::optional<CaseChannel> by = caseChannelFromString(how);
        if (!by) {
            //: %1 lists the channels' codes ("phone, email, chat, store, social or complaint-form")
            throw ActionError(tr("a contact's channel is one of %1")
                                  .arg(QString::fromStdString(caseChannelChoices()))
                                  .toStdString());
        }
        if (summary.empty()) {
            throw ActionError(tr("a contact needs a summary").toStdString());
        }
        CaseRepository(db, clock).addEntry(caseId, actor,
                                           way == "inbound" ? CaseEntryKind::ContactInbound
                                                            : CaseEntryKind::ContactOutbound,
                                           CaseContact{*by}, summary);
    });
}

void CaseActionDesk::escalate(long long caseId, const QString &department, const QString &reason,
                              CasePriority priority, const QDateTime &due)
{
    const Clock &clock = m_backoffice.clock();
    storeEntry(caseId, tr("escalate"),
               [=, actor = m_actor, dept = department.toStdString(),
                why = reason.trimmed().toStdString(), &clock](CaseDatabase &db) {
                   EscalationDesk(db, clock).escalate(caseId, dept, why, priority, actor, due);
               });
}

void CaseActionDesk::retry(long long caseId, long long entryId)
{
    const Clock &clock = m_backoffice.clock();
    m_store.run([entryId, &clock](CaseDatabase &db) { Outbox(db).retry(entryId, clock.now()); })
        .then(this, [this, caseId](QFuture<void> done) {
            try {
                done.waitForFinished();
                Q_EMIT caseChanged(caseId);
                QMetaObject::invokeMethod(
                    m_sender, [sender = m_sender] { sender->sendDueNow(); }, Qt::QueuedConnection);
            } catch (const std::exception &error) {
                Q_EMIT problem(tr("try the action again"), QString::fromUtf8(error.what()));
            }
        });
}

} // namespace caseline
