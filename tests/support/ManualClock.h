#pragma once

#include "domain/Clock.h"
#include "domain/Rfc3339.h"

#include <mutex>

namespace caseline::test {

// A clock tests set and move by hand.
class ManualClock : public Clock
{
public:
    explicit ManualClock(const char *start = "2026-11-02T10:00:00Z")
        : m_now(*Rfc3339::parse(start))
    {
    }

    QDateTime now() const override
    {
        const std::lock_guard lock(m_mutex);
        return m_now;
    }
    void set(const QDateTime &time)
    {
        const std::lock_guard lock(m_mutex);
        m_now = time;
    }
    void advance(qint64 seconds)
    {
        const std::lock_guard lock(m_mutex);
        m_now = m_now.addSecs(seconds);
    }

private:
    mutable std::mutex m_mutex;
    QDateTime m_now;
};

} // namespace caseline::test
