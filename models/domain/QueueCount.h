#pragma once

#include "domain/CaseStatus.h"

#include <string>

namespace caseline {

// How many cases one department holds in one status at one priority (a dashboard cell).
struct QueueCount
{
    std::string department;
    CaseStatus status = CaseStatus::Open;
    CasePriority priority = CasePriority::Normal;
    long long cases = 0;
};

} // namespace caseline
