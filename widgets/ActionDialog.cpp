#include "ActionDialog.h"

#include "MessageBar.h"
#include "actions/ActionError.h"
#include "actions/ActionValidator.h"

#include <QDialogButtonBox>
#include <QKeySequence>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace caseline {

QString ActionDialog::sentence(const char *text)
{
    QString result = QString::fromStdString(text);
    if (!result.isEmpty()) {
        result[0] = result[0].toUpper();
    }
    return result;
}

ActionDialog::ActionDialog(const QString &title, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    setAccessibleName(title);

    m_body = new QWidget(this);
    m_body->setAccessibleName(tr("Action details"));

    m_message = new MessageBar(this);
    m_message->setAccessibleName(tr("Outcome"));
    m_message->setCloseButtonVisible(false); // the dialog's state: it goes when the state does

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0); // indeterminate: the console cannot tell how long it takes
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_progress->setAccessibleName(tr("Working"));
    m_progress->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_send = buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    m_send->setDefault(true);
    m_send->setAccessibleName(tr("Send"));
    m_send->setToolTip(
        tr("Send (%1)")
            .arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
    m_close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    m_close->setAccessibleName(tr("Close"));
    m_close->setToolTip(tr("Close (Esc)"));
    m_close->setAutoDefault(false);
    // Send must not close the dialog: the outcome arrives later.
    connect(m_send, &QPushButton::clicked, this, &ActionDialog::trySubmit);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &ActionDialog::trySubmit);
    }

    m_layout = new QVBoxLayout(this);
    m_layout->addWidget(m_body, 1);
    m_layout->addWidget(m_message);
    m_layout->addWidget(m_progress);
    m_layout->addWidget(buttons);
}

void ActionDialog::setBusy(const QString &what)
{
    m_busy = true;
    showMessage(what, MessageTone::Progress);
    m_progress->show();
    updateControls();
}

void ActionDialog::showOutcome(bool ok, const QString &text)
{
    m_busy = false;
    m_done = ok;
    m_progress->hide();
    showMessage(text, ok ? MessageTone::Success : MessageTone::Problem);
    updateControls();
    if (ok) {
        m_close->setFocus();
    }
}

QString ActionDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ActionDialog::showProblem(const QString &text)
{
    showMessage(text, MessageTone::Problem);
}

void ActionDialog::showMessage(const QString &text, MessageTone tone)
{
    m_tone = text.isEmpty() ? MessageTone::None : tone;
    switch (m_tone) {
    case MessageTone::Problem:
        m_message->showMessage(text, MessageBar::State::Error);
        break;
    case MessageTone::Success:
        m_message->showMessage(text, MessageBar::State::Ok);
        break;
    case MessageTone::None:
    case MessageTone::Progress:
        m_message->showMessage(text, MessageBar::State::Info);
        break;
    }
}

void ActionDialog::finishWithProblem(const QString &text)
{
    m_busy = false;
    m_done = true;
    m_progress->hide();
    showMessage(text, MessageTone::Problem);
    updateControls();
    m_close->setFocus();
}

void ActionDialog::endBusy()
{
    m_busy = false;
    m_progress->hide();
    if (m_tone == MessageTone::Progress) {
        showMessage(QString(), MessageTone::None);
    }
    updateControls();
}

void ActionDialog::setSendBlocked(bool blocked)
{
    m_sendBlocked = blocked;
    updateControls();
}

void ActionDialog::addResultArea(QWidget *area)
{
    // The result (a label preview) takes the room; the inputs above keep their size.
    m_layout->setStretchFactor(m_body, 0);
    m_layout->insertWidget(1 + m_resultAreas++, area, 1);
}

bool ActionDialog::requestChecked(const std::function<PlannedAction()> &plan,
                                  const OrderFacts &facts, const QDateTime &now,
                                  const std::optional<DeliveryOptions> &options)
{
    try {
        const PlannedAction planned = plan();
        ActionValidator::check(planned, facts, now, options);
        showMessage(QString(), MessageTone::None);
        Q_EMIT actionRequested(planned);
        return true;
    } catch (const ActionError &error) {
        showProblem(sentence(error.what()));
        return false;
    }
}

void ActionDialog::showEvent(QShowEvent *event)
{
    if (!m_tabOrderSettled) {
        m_tabOrderSettled = true;
        settleTabOrder();
    }
    QDialog::showEvent(event);
}

void ActionDialog::trySubmit()
{
    if (!m_send->isEnabled()) {
        return;
    }
    submit();
}

void ActionDialog::updateControls()
{
    m_body->setEnabled(!m_busy && !m_done);
    m_send->setEnabled(!m_busy && !m_done && !m_sendBlocked);
}

void ActionDialog::settleTabOrder()
{
    // The buttons exist before the subclass builds its inputs, so the creation order puts
    // them first; move them after the last input so Tab walks the form top to bottom.
    QWidget *last = nullptr;
    for (QWidget *widget = m_close->nextInFocusChain(); widget != m_close;
         widget = widget->nextInFocusChain()) {
        if (widget != m_send && widget->window() == this &&
            (widget->focusPolicy() & Qt::TabFocus)) {
            last = widget;
        }
    }
    if (last) {
        QWidget::setTabOrder(last, m_send);
        QWidget::setTabOrder(m_send, m_close);
    }
}

} // namespace caseline
