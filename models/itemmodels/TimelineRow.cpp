#include "itemmodels/TimelineRow.h"

#include "itemmodels/CaseEntryWording.h"
#include "timeline/AlertText.h"

#include <QLocale>

namespace caseline {

TimelineRow TimelineRow::fromCaseEntry(const CaseEntry &entry)
{
    TimelineRow row;
    row.key = QStringLiteral("case:%1").arg(entry.id);
    row.system = QStringLiteral("case");
    row.kind = QString::fromStdString(toString(entry.kind));
    row.at = entry.at;
    row.summary = CaseEntryWording::summary(entry);
    row.detail = CaseEntryWording::detail(entry);
    row.actor = QString::fromStdString(entry.actor);
    return row;
}

TimelineRow TimelineRow::fromEvent(const TimelineEvent &event, const QString &orderId)
{
    TimelineRow row;
    row.key = QString::fromStdString(event.ref);
    if (row.key.isEmpty()) {
        // Events should carry a ref; without one, what it says is its identity.
        row.key = QStringLiteral("%1:%2:%3:%4")
                      .arg(orderId, QString::fromStdString(event.kind))
                      .arg(event.at.toMSecsSinceEpoch())
                      .arg(QString::fromStdString(event.summary));
    }
    row.system = QString::fromStdString(event.system);
    row.kind = QString::fromStdString(event.kind);
    row.at = event.at;
    row.summary = QString::fromStdString(event.summary);
    row.detail = QString::fromStdString(event.detail);
    for (const std::string &reference : event.references) {
        row.references.append(QString::fromStdString(reference));
    }
    row.orderId = orderId;
    return row;
}

TimelineRow TimelineRow::fromOutboxEntry(const OutboxEntry &entry)
{
    TimelineRow row;
    row.key = QStringLiteral("outbox:%1").arg(entry.id);
    row.system = QString::fromStdString(entry.system);
    row.at = entry.createdAt;
    row.actor = QString::fromStdString(entry.actor);
    row.outboxEntryId = entry.id;
    const QString action = CaseEntryWording::action(entry.action);
    const QString error = AlertText::withoutFinalStop(QString::fromStdString(entry.lastError));
    if (entry.state == OutboxEntry::State::Failed) {
        row.kind = QStringLiteral("outbox.failed");
        row.outboxState = QStringLiteral("failed");
        row.summary = error.isEmpty() ? tr("Failed: %1. Can be retried.").arg(action)
                                      : tr("Failed: %1 — %2. Can be retried.").arg(action, error);
        return row;
    }
    row.kind = QStringLiteral("outbox.pending");
    row.outboxState = QStringLiteral("pending");
    QStringList notes;
    if (entry.attempts > 0) {
        //: How often sending an action was tried so far
        notes.append(AlertText::singularWhenUntranslated(tr("%n tries", nullptr, entry.attempts),
                                                         "%n tries", "%n try", entry.attempts));
    }
    if (!error.isEmpty()) {
        notes.append(tr("last error: %1").arg(error));
    }
    row.summary =
        notes.isEmpty()
            ? tr("Waiting to send: %1").arg(action)
            : tr("Waiting to send: %1 (%2)").arg(action, notes.join(QStringLiteral("; ")));
    if (entry.nextAttemptAt.isValid()) {
        row.detail = tr("Next try at %1.")
                         .arg(QLocale().toString(entry.nextAttemptAt.toLocalTime(),
                                                 QStringLiteral("dd MMM HH:mm")));
    }
    return row;
}

QStringList TimelineRow::childLines() const
{
    QStringList lines;
    if (!detail.isEmpty()) {
        lines.append(detail);
    }
    if (!references.isEmpty()) {
        lines.append(tr("Concerns: %1").arg(references.join(QStringLiteral(", "))));
    }
    return lines;
}

bool TimelineRow::sameContent(const TimelineRow &other) const
{
    return key == other.key && system == other.system && kind == other.kind && at == other.at &&
           summary == other.summary && detail == other.detail && references == other.references &&
           orderId == other.orderId && evidence == other.evidence &&
           outboxState == other.outboxState && outboxEntryId == other.outboxEntryId &&
           returnId == other.returnId && labelUrl == other.labelUrl && actor == other.actor;
}

} // namespace caseline
