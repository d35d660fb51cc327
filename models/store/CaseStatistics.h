#pragma once

#include "domain/AgeBucket.h"
#include "domain/AgentWorkload.h"
#include "domain/BacklogPoint.h"
#include "domain/DashboardSnapshot.h"
#include "domain/QueueCount.h"
#include "domain/SupportCase.h"
#include "domain/WatchdogFinding.h"

#include <QDateTime>
#include <QStringList>
#include <QVariantList>
#include <optional>
#include <utility>
#include <vector>

namespace caseline {

class CaseDatabase;

// The supervisor dashboard's numbers, counted in the store by index without loading rows
// (schema step 7), so they stay quick at a million cases. "Open" is everything neither
// resolved nor closed; SLA states are judged at the `now` given.
class CaseStatistics
{
public:
    struct Totals
    {
        long long open = 0;
        long long breached = 0; // due before now
        long long atRisk = 0;   // warning time passed, not yet due
    };

    explicit CaseStatistics(CaseDatabase &db);

    // Open cases by department, status and priority (in that order).
    std::vector<QueueCount> counts();
    Totals totals(const QDateTime &now);
    std::vector<SupportCase> breachedCases(const QDateTime &now, int limit); // most overdue first
    std::vector<SupportCase> atRiskCases(const QDateTime &now, int limit);   // soonest due first
    // One finding per unresolved alert of an open case: critical first, then warning, then the
    // rest; oldest found first within a severity.
    std::vector<WatchdogFinding> watchdog(int limit);
    // Open cases by age: [0,1) [1,3) [3,7) [7,14) [14,30) [30,∞) days.
    std::vector<AgeBucket> aging(const QDateTime &now);
    // The last `days` UTC days up to now's, oldest first; a case counts as open from its
    // creation until it was resolved (resolved_at). Today ends at `now`.
    std::vector<BacklogPoint> backlog(const QDateTime &now, int days = 30);
    // Per assignee of open cases ("" = no one yet), most open first, then by name.
    std::vector<AgentWorkload> workload(const QDateTime &now);
    // Everything above but approvals (another desk's).
    DashboardSnapshot snapshot(const QDateTime &now, int listLimit = 200);

private:
    // `unresolved`: the cases without resolved_at, when already counted.
    std::vector<BacklogPoint> backlog(const QDateTime &now, int days,
                                      std::optional<long long> unresolved);
    // COUNT(*) of cases for each condition with its values; on PostgreSQL in one statement.
    std::vector<long long>
    rangeCounts(const std::vector<std::pair<QString, QVariantList>> &conditions);
    std::vector<SupportCase> openCases(const QString &condition, const QVariantList &values,
                                       int limit);

    CaseDatabase &m_db;
};

} // namespace caseline
