#include "ConflictBar.h"

#include "itemmodels/CaseEntryWording.h"
#include "itemmodels/CaseQueueModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace caseline {

ConflictBar::ConflictBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_apply(new QPushButton(tr("&Apply my change again"), this))
    , m_keep(new QPushButton(tr("&Keep theirs"), this))
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Conflicting change"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_apply);
    layout->addWidget(m_keep);
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
    // A warning colour derived from the palette, readable in light and dark themes.
    QPalette tinted = palette();
    const bool dark = tinted.color(QPalette::Window).lightness() < 128;
    tinted.setColor(QPalette::Window, dark ? QColor(0x5a, 0x45, 0x10) : QColor(0xff, 0xf1, 0xc9));
    setPalette(tinted);
    setAutoFillBackground(true);
    hide();
}

void ConflictBar::showConflict(const CaseConflict &conflict)
{
    m_conflict = conflict;
    m_text->setText(
        tr("%1 changed %2 at %3 while you were editing: %4. Your change was not saved: %5.")
            .arg(QString::fromStdString(conflict.changedBy),
                 QString::fromStdString(conflict.theirs.reference()),
                 QLocale().toString(conflict.changedAt.toLocalTime(), QLocale::ShortFormat),
                 theirChanges(conflict), wanted(conflict)));
    show();
}

void ConflictBar::dismiss()
{
    m_conflict.reset();
    hide();
}

QString ConflictBar::text() const
{
    return m_text->text();
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
