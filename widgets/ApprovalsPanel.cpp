#include "ApprovalsPanel.h"

#include "CaseListPanel.h"
#include "itemmodels/ApprovalQueueModel.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace caseline {

ApprovalsPanel::ApprovalsPanel(QAbstractItemModel *model, QWidget *parent)
    : QWidget(parent)
    , m_list(new CaseListPanel(model, ApprovalQueueModel::CaseIdRole, tr("Refund approvals"), this))
    , m_note(new QLineEdit(this))
    , m_approve(new QPushButton(tr("&Approve"), this))
    , m_reject(new QPushButton(tr("Re&ject"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list->setReassignOffered(false);
    layout->addWidget(m_list, 1);

    auto *decision = new QHBoxLayout;
    decision->setContentsMargins(6, 0, 6, 6);
    auto *noteLabel = new QLabel(tr("&Note:"), this);
    noteLabel->setBuddy(m_note);
    m_note->setPlaceholderText(tr("Why (required to reject; shown on the case's timeline)"));
    m_note->setAccessibleName(tr("Decision note"));
    m_note->setClearButtonEnabled(true);
    m_approve->setAccessibleName(tr("Approve the selected refunds"));
    m_approve->setToolTip(tr("Send the selected refunds to the payments system"));
    m_reject->setAccessibleName(tr("Reject the selected refunds"));
    m_reject->setToolTip(tr("Refuse the selected refunds; the note says why"));
    decision->addWidget(noteLabel);
    decision->addWidget(m_note, 1);
    decision->addWidget(m_approve);
    decision->addWidget(m_reject);
    layout->addLayout(decision);

    connect(m_approve, &QPushButton::clicked, this, &ApprovalsPanel::approveSelected);
    connect(m_reject, &QPushButton::clicked, this, &ApprovalsPanel::rejectSelected);
    connect(m_list->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ApprovalsPanel::updateButtons);
    updateButtons();
}

void ApprovalsPanel::approveSelected()
{
    decide(true);
}

void ApprovalsPanel::rejectSelected()
{
    decide(false);
}

void ApprovalsPanel::decide(bool approve)
{
    const QList<qlonglong> ids = selectedApprovalIds();
    if (ids.isEmpty()) {
        Q_EMIT problem(tr("Select the refund requests to decide on first."));
        return;
    }
    const QString note = m_note->text().trimmed();
    if (!approve && note.isEmpty()) {
        Q_EMIT problem(tr("Write a note saying why the refund is rejected: the agent and the "
                          "customer's timeline show it."));
        m_note->setFocus();
        return;
    }
    for (const qlonglong id : ids) {
        Q_EMIT approvalDecision(id, approve, note);
    }
    m_note->clear();
}

QList<qlonglong> ApprovalsPanel::selectedApprovalIds() const
{
    QModelIndexList rows = m_list->view()->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qlonglong> ids;
    for (const QModelIndex &row : rows) {
        ids.append(row.data(ApprovalQueueModel::ApprovalIdRole).toLongLong());
    }
    return ids;
}

void ApprovalsPanel::updateButtons()
{
    const bool any = m_list->view()->selectionModel()->hasSelection();
    m_approve->setEnabled(any);
    m_reject->setEnabled(any);
}

} // namespace caseline
