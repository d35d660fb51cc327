#pragma once

#include "domain/Clock.h"

#include <QDateTime>

namespace caseline::backoffice {

// The back-office's notion of now. Runs with the wall clock (plus any advance) unless frozen at
// a start time with --clock, in which case only set()/advance() move it — that is what makes
// scheduled behaviours deterministic in tests.
class SimulatedClock : public Clock
{
public:
    SimulatedClock() = default;
    explicit SimulatedClock(const QDateTime &frozenAt);

    QDateTime now() const override;
    bool frozen() const { return m_frozen; }
    void set(const QDateTime &time);
    void advance(qint64 seconds);
    // Makes now() answer `time` until unpin(): a scheduled step runs "at" its due time.
    void pin(const QDateTime &time) { m_pinned = time.toUTC(); }
    void unpin() { m_pinned = QDateTime(); }

private:
    static QDateTime wallClock();

    bool m_frozen = false;
    QDateTime m_frozenAt;
    qint64 m_offsetSeconds = 0;
    QDateTime m_pinned;
};

} // namespace caseline::backoffice
