#pragma once

#include "domain/AgeBucket.h"
#include "domain/AgentWorkload.h"
#include "domain/BacklogPoint.h"
#include "domain/QueueCount.h"
#include "domain/RefundApproval.h"
#include "domain/SupportCase.h"
#include "domain/WatchdogFinding.h"

#include <QDateTime>
#include <vector>

namespace caseline {

// Everything the supervisor dashboard shows, read from the case store at `takenAt`.
struct DashboardSnapshot
{
    QDateTime takenAt;
    long long openCases = 0;
    long long breached = 0;
    long long atRisk = 0;
    std::vector<QueueCount> counts;         // open and waiting cases by department/status/priority
    std::vector<SupportCase> breachedCases; // most overdue first (up to a limit)
    std::vector<SupportCase> atRiskCases;   // soonest due first (up to a limit)
    std::vector<WatchdogFinding> watchdog;  // open cases with an unresolved conflict alert
    std::vector<AgeBucket> aging;           // open cases by age
    std::vector<BacklogPoint> backlog;      // oldest day first
    std::vector<AgentWorkload> workload;    // most open cases first
    std::vector<RefundApproval> approvals;  // pending, oldest first
};

} // namespace caseline
