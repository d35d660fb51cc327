#include "domain/SystemClock.h"

namespace caseline {

QDateTime SystemClock::now() const
{
    const qint64 seconds = QDateTime::currentSecsSinceEpoch();
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

} // namespace caseline
