#include "CaseActionFlow.h"

#include "CancelDialog.h"
#include "ContactDialog.h"
#include "EscalateDialog.h"
#include "MainWindow.h"
#include "MessageDialog.h"
#include "NoteDialog.h"
#include "RefundDialog.h"
#include "ReplacementDialog.h"
#include "RescheduleDialog.h"
#include "ReturnLabelDialog.h"
#include "actions/MessageTemplates.h"
#include "domain/Clock.h"
#include "workspace/CaseActionDesk.h"
#include "workspace/CaseWorkspace.h"

namespace caseline {

CaseActionFlow::CaseActionFlow(MainWindow &window, CaseWorkspace &workspace, CaseActionDesk &desk,
                               const Clock &clock, const std::optional<OpenCase> &open,
                               QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_workspace(workspace)
    , m_desk(desk)
    , m_clock(clock)
    , m_open(open)
{
    connect(&workspace, &CaseWorkspace::departmentsLoaded, this,
            [this](const std::vector<Department> &departments) { m_departments = departments; });
    connect(&desk, &CaseActionDesk::actionStored, this,
            [this](long long, long long entryId, const QString &summary) {
                if (auto *dialog = qobject_cast<ActionDialog *>(m_dialog.data());
                    dialog && m_awaitedEntry == -1) {
                    m_awaitedEntry = entryId;
                    dialog->setBusy(tr("Stored; sending: %1").arg(summary));
                }
            });
    connect(&desk, &CaseActionDesk::actionHeld, this, [this](long long, long long approvalId) {
        if (auto *dialog = qobject_cast<ActionDialog *>(m_dialog.data());
            dialog && m_awaitedEntry == -1) {
            m_awaitedEntry = 0;
            dialog->showOutcome(
                true, tr("Held for a supervisor's approval (request %1).").arg(approvalId));
        }
    });
    connect(&desk, &CaseActionDesk::actionRefused, this, [this](long long, const QString &reason) {
        if (auto *dialog = qobject_cast<ActionDialog *>(m_dialog.data());
            dialog && m_awaitedEntry == -1) {
            m_awaitedEntry = 0;
            dialog->showOutcome(false, tr("Not done: %1").arg(reason));
        }
    });
    connect(&desk, &CaseActionDesk::actionDelivered, this, [this](long long, long long entryId) {
        auto *dialog = qobject_cast<ActionDialog *>(m_dialog.data());
        if (!dialog || entryId != m_awaitedEntry) {
            return;
        }
        m_awaitedEntry = 0;
        if (dialog == m_labelDialog && m_labelShown.isEmpty()) {
            m_labelDelivered = true;
            dialog->setBusy(tr("The returns system made the label; fetching it…"));
            return; // the label arrives with the refreshed timeline
        }
        dialog->showOutcome(true, tr("Done. It is on the case's timeline."));
    });
    connect(&desk, &CaseActionDesk::actionRetrying, this,
            [this](long long entryId, const QString &reason, const QDateTime &next) {
                if (auto *dialog = qobject_cast<ActionDialog *>(m_dialog.data());
                    dialog && entryId == m_awaitedEntry) {
                    dialog->setBusy(
                        tr("The back-office did not answer (%1); trying again at %2. "
                           "The action is kept and will not be lost.")
                            .arg(reason,
                                 QLocale().toString(next.toLocalTime().time(), QLocale::LongFormat)));
                }
            });
    connect(&desk, &CaseActionDesk::actionFailed, this,
            [this](long long, long long entryId, const QString &reason) {
                if (auto *dialog = qobject_cast<ActionDialog *>(m_dialog.data());
                    dialog && entryId == m_awaitedEntry) {
                    m_awaitedEntry = 0;
                    dialog->showOutcome(false, tr("The back-office refused it: %1").arg(reason));
                }
            });
    connect(&desk, &CaseActionDesk::caseChanged, this, [this] {
        if (auto *dialog = qobject_cast<ActionDialog *>(m_dialog.data());
            dialog && m_awaitingStore) {
            m_awaitingStore = false;
            dialog->showOutcome(true, tr("Saved on the case."));
        }
    });
    connect(&desk, &CaseActionDesk::problem, this, [this](const QString &, const QString &reason) {
        if (auto *dialog = qobject_cast<ActionDialog *>(m_dialog.data());
            dialog && m_awaitingStore) {
            m_awaitingStore = false;
            dialog->showOutcome(false, reason);
        }
    });
    connect(&workspace, &CaseWorkspace::returnLabelArrived, this,
            [this](const QString &returnId, const QByteArray &pdf) {
                if (m_labelDialog) {
                    m_labelShown = returnId;
                    m_labelDialog->showLabel(pdf, returnId);
                    m_labelDialog->showOutcome(
                        true, tr("Label %1 is ready and on the timeline.").arg(returnId));
                }
            });
    connect(&workspace, &CaseWorkspace::returnLabelFailed, this,
            [this](const QString &, const QString &reason) {
                if (m_labelDialog) {
                    m_labelDialog->showLabelError(reason);
                }
            });
}

const Order *CaseActionFlow::orderFor(const std::string &orderId, const OrderFacts &facts) const
{
    if (!orderId.empty()) {
        return facts.order(orderId);
    }
    const std::vector<std::string> orders = m_open->orderIds();
    return orders.empty() ? nullptr : facts.order(orders.front());
}

void CaseActionFlow::showDialog(QDialog *dialog)
{
    if (m_dialog) {
        m_dialog->close();
    }
    m_dialog = dialog;
    m_awaitedEntry = 0;
    m_awaitingStore = false;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CaseActionFlow::sendPlan(ActionDialog *dialog, const PlannedAction &plan)
{
    if (m_dialog != dialog || !m_open) {
        return;
    }
    m_awaitedEntry = -1; // until the desk says which entry it stored
    dialog->setBusy(tr("Checking with the back-office…"));
    m_desk.submit(m_open->id(), plan);
}

void CaseActionFlow::begin(const QString &action, const QString &orderId)
{
    if (!m_open) {
        m_window.showMessage(tr("Open a case first."));
        return;
    }
    const OrderFacts facts = m_open->facts();
    const QDateTime now = m_clock.now();
    if (action == QLatin1String("add-note")) {
        auto *dialog = new NoteDialog(&m_window);
        connect(dialog, &NoteDialog::noteRequested, this, [this, dialog](const QString &text) {
            m_awaitingStore = true;
            dialog->setBusy(tr("Saving…"));
            m_desk.addNote(m_open->id(), text);
        });
        showDialog(dialog);
        return;
    }
    if (action == QLatin1String("log-contact")) {
        auto *dialog = new ContactDialog(&m_window);
        connect(
            dialog, &ContactDialog::contactRequested, this,
            [this, dialog](const QString &direction, const QString &channel, const QString &text) {
                m_awaitingStore = true;
                dialog->setBusy(tr("Saving…"));
                m_desk.logContact(m_open->id(), direction, channel, text);
            });
        showDialog(dialog);
        return;
    }
    if (action == QLatin1String("escalate") || action.startsWith(QLatin1String("escalate:"))) {
        openEscalate(action.section(QLatin1Char(':'), 1));
        return;
    }
    if (action == QLatin1String("send-message")) {
        const std::vector<std::string> orders = m_open->orderIds();
        const std::string order =
            !orderId.isEmpty() ? orderId.toStdString() : (orders.empty() ? "" : orders.front());
        auto *dialog = new MessageDialog(m_open->snapshot.item, order, &m_window);
        connect(dialog, &ActionDialog::actionRequested, this,
                [this, dialog](const PlannedAction &plan) { sendPlan(dialog, plan); });
        showDialog(dialog);
        return;
    }
    const Order *order = orderFor(orderId.toStdString(), facts);
    if (!order) {
        m_window.showMessage(
            m_open->orderIds().empty()
                ? tr("This case has no order; link one to act on it.")
                : tr("The order is not known yet: wait for the timeline, or refresh (F5)."),
            0);
        return;
    }
    ActionDialog *dialog = nullptr;
    if (action == QLatin1String("issue-return-label")) {
        openReturnLabel(*order, facts);
        return;
    }
    if (action == QLatin1String("reschedule-delivery")) {
        openReschedule(order->id, facts);
        return;
    }
    if (action == QLatin1String("refund")) {
        dialog = new RefundDialog(*order, facts, now, &m_window);
    } else if (action == QLatin1String("cancel-order")) {
        dialog = new CancelDialog(*order, facts, now, &m_window);
    } else if (action == QLatin1String("replace")) {
        dialog = new ReplacementDialog(*order, facts, now, &m_window);
    } else {
        m_window.showMessage(tr("Unknown action %1.").arg(action));
        return;
    }
    connect(dialog, &ActionDialog::actionRequested, this,
            [this, dialog](const PlannedAction &plan) { sendPlan(dialog, plan); });
    showDialog(dialog);
}

void CaseActionFlow::openReturnLabel(const Order &order, const OrderFacts &facts)
{
    auto *dialog = new ReturnLabelDialog(order, facts, m_clock.now(), &m_window);
    m_labelDialog = dialog;
    m_labelOrder = order.id;
    m_labelDelivered = false;
    m_labelShown.clear();
    m_knownReturns.clear();
    for (const ReturnAuthorization &item : facts.returns) {
        m_knownReturns.insert(item.id);
    }
    connect(dialog, &ActionDialog::actionRequested, this,
            [this, dialog](const PlannedAction &plan) { sendPlan(dialog, plan); });
    connect(dialog, &ReturnLabelDialog::sendToCustomerRequested, this,
            &CaseActionFlow::sendLabelToCustomer);
    showDialog(dialog);
}

void CaseActionFlow::timelineRefreshed()
{
    if (!m_labelDialog || !m_labelDelivered || !m_labelShown.isEmpty() || !m_open) {
        return;
    }
    for (const ReturnAuthorization &item : m_open->facts().returns) {
        if (item.orderId == m_labelOrder && item.label && !m_knownReturns.contains(item.id)) {
            m_labelDelivered = false;
            m_workspace.loadReturnLabel(item.id);
            return;
        }
    }
}

void CaseActionFlow::previewLabel(const QString &returnId)
{
    if (!m_open) {
        return;
    }
    const OrderFacts facts = m_open->facts();
    for (const ReturnAuthorization &item : facts.returns) {
        const Order *order = facts.order(item.orderId);
        if (item.id == returnId.toStdString() && order) {
            openReturnLabel(*order, facts);
            m_labelShown = returnId; // showing an existing label, not waiting for a new one
            m_workspace.loadReturnLabel(item.id);
            return;
        }
    }
}

void CaseActionFlow::sendLabelToCustomer(const QString &returnId)
{
    if (!m_open || !m_labelDialog) {
        return;
    }
    const SupportCase &item = m_open->snapshot.item;
    PlannedAction message = MessageTemplates::message(
        "return-label", item.customerLanguage, item.customerId, m_labelOrder, item.reference());
    m_window.showMessage(tr("Sending label %1 to the customer…").arg(returnId));
    sendPlan(m_labelDialog, message);
}

void CaseActionFlow::openReschedule(const std::string &orderId, const OrderFacts &facts)
{
    const Shipment *chosen = nullptr;
    for (const Shipment &shipment : facts.shipments) {
        if (shipment.orderId == orderId && shipment.status != ShipmentStatus::Delivered &&
            shipment.status != ShipmentStatus::Cancelled) {
            chosen = &shipment;
        }
    }
    if (!chosen) {
        m_window.showMessage(
            tr("%1 has no parcel on its way to move.").arg(QString::fromStdString(orderId)), 0);
        return;
    }
    auto *dialog = new RescheduleDialog(*chosen, facts, m_clock.now(), &m_window);
    const QString shipmentId = QString::fromStdString(chosen->id);
    connect(&m_workspace, &CaseWorkspace::deliveryOptionsArrived, dialog,
            [dialog, shipmentId](const QString &id, const DeliveryOptions &options) {
                if (id == shipmentId) {
                    dialog->setOptions(options);
                }
            });
    connect(&m_workspace, &CaseWorkspace::deliveryOptionsFailed, dialog,
            [dialog, shipmentId](const QString &id, const QString &reason) {
                if (id == shipmentId) {
                    dialog->showOptionsError(reason);
                }
            });
    connect(dialog, &ActionDialog::actionRequested, this,
            [this, dialog](const PlannedAction &plan) { sendPlan(dialog, plan); });
    showDialog(dialog);
    m_workspace.loadDeliveryOptions(chosen->id);
}

void CaseActionFlow::openEscalate(const QString &department)
{
    auto *dialog = new EscalateDialog(m_departments, department, m_clock.now(), &m_window);
    connect(dialog, &EscalateDialog::escalationRequested, this,
            [this, dialog](const QString &to, const QString &reason, CasePriority priority,
                           const QDateTime &due) {
                m_awaitingStore = true;
                dialog->setBusy(tr("Handing over to %1…").arg(to));
                m_desk.escalate(m_open->id(), to, reason, priority, due);
            });
    showDialog(dialog);
}

} // namespace caseline
