#pragma once

#include "actions/PlannedAction.h"
#include "domain/DeliveryOptions.h"
#include "timeline/OrderFacts.h"

#include <QDateTime>
#include <QDialog>
#include <QString>
#include <functional>
#include <optional>

class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace caseline {

class MessageBar;

// The frame every action dialog shares: the dialog checks what the agent asked for and emits a
// request; the console stores and sends it and reports back through setBusy() and
// showOutcome(). The dialog itself never talks to a back-office.
class ActionDialog : public QDialog
{
    Q_OBJECT

public:
    enum class MessageTone
    {
        None,
        Progress,
        Problem,
        Success
    };

    explicit ActionDialog(const QString &title, QWidget *parent = nullptr);

    // The request went out: inputs and Send are locked and a progress bar runs.
    void setBusy(const QString &what);
    // ok: done, Send stays off and Close takes the focus. Not ok: the reason as an error, inputs
    // unlocked so the agent can correct and send again.
    void showOutcome(bool ok, const QString &text);

    QString messageText() const;
    MessageTone messageTone() const { return m_tone; }
    bool isBusy() const { return m_busy; }
    bool isDone() const { return m_done; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *closeButton() const { return m_close; }

Q_SIGNALS:
    void actionRequested(const caseline::PlannedAction &plan);

protected:
    // Called on Send (button or Ctrl+Return) while sending is possible.
    virtual void submit() = 0;

    // The core's refusals are plain English starting in lower case: "The reason must...".
    static QString sentence(const char *text);
    // A refusal before anything was emitted.
    void showProblem(const QString &text);
    void showMessage(const QString &text, MessageTone tone);
    // Done, but not as hoped, and sending again would not help (e.g. the label of a return
    // that exists could not be fetched): the reason as an error, Send stays off.
    void finishWithProblem(const QString &text);
    // Ends a busy phase the dialog started itself (e.g. while waiting for data).
    void endBusy();
    // Send stays off while the dialog lacks what it needs (e.g. the carrier's options).
    void setSendBlocked(bool blocked);

    // Where subclasses put their inputs; locked while busy or done.
    QWidget *body() const { return m_body; }
    // Below the inputs and never locked: results such as a label preview.
    void addResultArea(QWidget *area);

    // Plans with ActionPlanner (which throws ActionError), checks the plan against the facts
    // and emits actionRequested only when both agree; otherwise shows the refusal.
    bool requestChecked(const std::function<PlannedAction()> &plan, const OrderFacts &facts,
                        const QDateTime &now,
                        const std::optional<DeliveryOptions> &options = std::nullopt);

    void showEvent(QShowEvent *event) override;

private:
    void trySubmit();
    void updateControls();
    void settleTabOrder();

    QWidget *m_body = nullptr;
    QVBoxLayout *m_layout = nullptr;
    int m_resultAreas = 0;
    MessageBar *m_message = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_close = nullptr;
    MessageTone m_tone = MessageTone::None;
    bool m_busy = false;
    bool m_done = false;
    bool m_sendBlocked = false;
    bool m_tabOrderSettled = false;
};

} // namespace caseline
