#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLineEdit;
class QPushButton;

namespace caseline {

class CaseListPanel;

// Refunds awaiting a supervisor: the list, a note, Approve and Reject. A rejection needs a note
// (the agent and the timeline read why); every selected request gets the same decision.
class ApprovalsPanel : public QWidget
{
    Q_OBJECT

public:
    // `model`: an ApprovalQueueModel, or a proxy of one.
    explicit ApprovalsPanel(QAbstractItemModel *model, QWidget *parent = nullptr);

    void approveSelected();
    void rejectSelected();

    CaseListPanel *list() const { return m_list; }
    QLineEdit *noteEdit() const { return m_note; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *rejectButton() const { return m_reject; }

Q_SIGNALS:
    void approvalDecision(qlonglong approvalId, bool approve, const QString &note);
    void problem(const QString &message);

private:
    void decide(bool approve);
    QList<qlonglong> selectedApprovalIds() const;
    void updateButtons();

    CaseListPanel *m_list = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
};

} // namespace caseline
