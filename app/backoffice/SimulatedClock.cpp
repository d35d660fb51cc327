#include "SimulatedClock.h"

namespace caseline::backoffice {

SimulatedClock::SimulatedClock(const QDateTime &frozenAt)
    : m_frozen(true)
    , m_frozenAt(frozenAt.toUTC())
{
}

QDateTime SimulatedClock::wallClock()
{
    return QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
}

QDateTime SimulatedClock::now() const
{
    if (m_pinned.isValid()) {
        return m_pinned;
    }
    return m_frozen ? m_frozenAt : wallClock().addSecs(m_offsetSeconds);
}

void SimulatedClock::set(const QDateTime &time)
{
    if (m_frozen) {
        m_frozenAt = time.toUTC();
    } else {
        m_offsetSeconds = wallClock().secsTo(time);
    }
}

void SimulatedClock::advance(qint64 seconds)
{
    if (m_frozen) {
        m_frozenAt = m_frozenAt.addSecs(seconds);
    } else {
        m_offsetSeconds += seconds;
    }
}

} // namespace caseline::backoffice
