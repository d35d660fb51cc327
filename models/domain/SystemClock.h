#pragma once

#include "domain/Clock.h"

namespace caseline {

// The wall clock, in UTC, at second precision (the precision of every time Caseline exchanges).
class SystemClock : public Clock
{
public:
    QDateTime now() const override;
};

} // namespace caseline
