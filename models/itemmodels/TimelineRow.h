#pragma once

#include "domain/CaseEntry.h"
#include "store/OutboxEntry.h"
#include "timeline/TimelineEvent.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace caseline {

// One top-level line of the case timeline as the TimelineModel shows it, whatever it came from:
// a back-office event, an entry of the case's own history or an action still in the outbox.
struct TimelineRow
{
    Q_DECLARE_TR_FUNCTIONS(TimelineRow)

public:
    QString key; // stable across refreshes
    QString system;
    QString kind;
    QDateTime at;
    QString summary;
    QString detail;
    QStringList references;
    QString orderId;
    bool evidence = false;
    QString outboxState; // pending, failed or empty
    qlonglong outboxEntryId = 0;
    QString returnId;
    QString labelUrl;
    QString actor;
    quintptr serial = 0; // identity for child indexes; survives moves, not part of content

    static TimelineRow fromCaseEntry(const CaseEntry &entry);
    static TimelineRow fromEvent(const TimelineEvent &event, const QString &orderId);
    // "Waiting to send: refund (2 tries; last error: …)" or "Failed: refund — …".
    static TimelineRow fromOutboxEntry(const OutboxEntry &entry);

    // What the expandable child rows show: the detail (if any), then "Concerns: A, B".
    QStringList childLines() const;
    bool sameContent(const TimelineRow &other) const;
};

} // namespace caseline
