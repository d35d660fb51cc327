#pragma once

#include <QDateTime>

namespace caseline {

// Every component asks a Clock for the time, so SLA timers, rules and the reference
// back-office's scheduled behaviours can be tested deterministically.
class Clock
{
public:
    virtual ~Clock() = default;
    // Always UTC.
    virtual QDateTime now() const = 0;
};

} // namespace caseline
