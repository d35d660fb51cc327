#include "ConflictBar.h"

#include "itemmodels/CaseEntryWording.h"
#include "itemmodels/CaseQueueModel.h"

#include <QLocale>
#include <QPushButton>

namespace caseline {

ConflictBar::ConflictBar(QWidget *parent)
    : MessageBar(parent)
    , m_apply(addActionButton(tr("&Apply my change again")))
    , m_keep(addActionButton(tr("&Keep theirs")))
{
    setAccessibleName(tr("Conflicting change"));
    setState(State::Warning);
    setCloseButtonVisible(false); // the change waits here until the agent chooses
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (m_conflict) {
            const CaseConflict conflict = *m_conflict;
            dismiss();
            Q_EMIT applyAgainRequested(conflict);
        }
    });
    connect(m_keep, &QPushButton::clicked, this, [this] {
        if (m_conflict) {
            const long long caseId = m_conflict->theirs.id;
            dismiss();
            Q_EMIT keepTheirsRequested(caseId);
        }
    });
}

void ConflictBar::showConflict(const CaseConflict &conflict)
{
    m_conflict = conflict;
    showMessage(tr("%1 changed %2 at %3 while you were editing: %4. Your change was not saved: %5.")
                    .arg(QString::fromStdString(conflict.changedBy),
                         QString::fromStdString(conflict.theirs.reference()),
                         QLocale().toString(conflict.changedAt.toLocalTime(), QLocale::ShortFormat),
                         theirChanges(conflict), wanted(conflict)),
                State::Warning);
}

void ConflictBar::dismiss()
{
    m_conflict.reset();
    hide();
}

QString ConflictBar::theirChanges(const CaseConflict &conflict)
{
    QStringList said;
    for (const CaseEntry &change : conflict.theirChanges) {
        said << CaseEntryWording::summary(change);
    }
    return said.join(QStringLiteral("; "));
}

QString ConflictBar::wanted(const CaseConflict &conflict)
{
    const SupportCase &was = conflict.loaded;
    const SupportCase &mine = conflict.mine;
    QStringList parts;
    if (mine.status != was.status) {
        parts << tr("status %1").arg(CaseQueueModel::statusTitle(mine.status));
    }
    if (mine.priority != was.priority) {
        parts << tr("priority %1").arg(CaseQueueModel::priorityTitle(mine.priority));
    }
    if (mine.assignee != was.assignee) {
        parts << (mine.assignee.empty()
                      ? tr("back to the department queue")
                      : tr("assigned to %1").arg(QString::fromStdString(mine.assignee)));
    }
    return parts.isEmpty() ? tr("no field") : parts.join(QStringLiteral(", "));
}

} // namespace caseline
