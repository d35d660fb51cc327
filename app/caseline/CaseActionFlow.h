#pragma once

#include "OpenCase.h"
#include "domain/Department.h"

#include <QDialog>
#include <QObject>
#include <QPointer>
#include <QString>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace caseline {

class ActionDialog;
class CaseActionDesk;
class CaseWorkspace;
class Clock;
class MainWindow;
class ReturnLabelDialog;
struct PlannedAction;

// An agent's action from the case screen, start to finish: opens the focused dialog for it
// (built from what the back-office said about the case's orders), sends what the dialog asks
// for through the action desk, and shows progress and the outcome in the same dialog — for a
// return label, the label itself once the returns system has made it.
class CaseActionFlow : public QObject
{
    Q_OBJECT

public:
    CaseActionFlow(MainWindow &window, CaseWorkspace &workspace, CaseActionDesk &desk,
                   const Clock &clock, const std::optional<OpenCase> &open,
                   QObject *parent = nullptr);

    // `action` as the case pane or an alert names it; `orderId` may be empty (the case's first).
    void begin(const QString &action, const QString &orderId);
    void previewLabel(const QString &returnId);
    // A fresh timeline of the open case arrived: a label just made may be in it.
    void timelineRefreshed();
    // The dialog open now, if any (tests and screenshots drive it).
    QDialog *currentDialog() const { return m_dialog; }

private:
    const Order *orderFor(const std::string &orderId, const OrderFacts &facts) const;
    void showDialog(QDialog *dialog);
    void sendPlan(ActionDialog *dialog, const PlannedAction &plan);
    void openReturnLabel(const Order &order, const OrderFacts &facts);
    void openReschedule(const std::string &orderId, const OrderFacts &facts);
    void openEscalate(const QString &department);
    void sendLabelToCustomer(const QString &returnId);

    MainWindow &m_window;
    CaseWorkspace &m_workspace;
    CaseActionDesk &m_desk;
    const Clock &m_clock;
    const std::optional<OpenCase> &m_open;
    std::vector<Department> m_departments;
    QPointer<QDialog> m_dialog;
    long long m_awaitedEntry = 0; // the outbox entry the open dialog waits for
    bool m_awaitingStore = false; // a note, contact or escalation being stored
    QPointer<ReturnLabelDialog> m_labelDialog;
    std::string m_labelOrder;             // the order a label was asked for
    std::set<std::string> m_knownReturns; // its returns before the label was asked for
    bool m_labelDelivered = false;
    QString m_labelShown;
};

} // namespace caseline
