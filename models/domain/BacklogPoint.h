#pragma once

#include <QDate>

namespace caseline {

// The backlog at the end of one day (UTC): cases open then, and how many were opened and
// resolved (or closed) that day.
struct BacklogPoint
{
    QDate day;
    long long open = 0;
    long long opened = 0;
    long long resolved = 0;
};

} // namespace caseline
