#include "itemmodels/DurationWords.h"

#include <cstdlib>

namespace caseline {

QString DurationWords::span(qint64 seconds)
{
    const qint64 minutes = std::llabs(seconds) / 60;
    if (minutes == 0) {
        return tr("less than a minute");
    }
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = minutes / 60 % 24;
    const qint64 restMinutes = minutes % 60;
    // Two units are enough to act on; minutes stop mattering once days count.
    if (days > 0) {
        return hours > 0 ? tr("%1 d %2 h").arg(days).arg(hours) : tr("%1 d").arg(days);
    }
    if (hours > 0) {
        return restMinutes > 0 ? tr("%1 h %2 min").arg(hours).arg(restMinutes)
                               : tr("%1 h").arg(hours);
    }
    return tr("%1 min").arg(restMinutes);
}

QString DurationWords::timeLeft(qint64 seconds)
{
    return seconds < 0 ? tr("overdue by %1").arg(span(seconds)) : tr("%1 left").arg(span(seconds));
}

} // namespace caseline
