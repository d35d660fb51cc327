#pragma once

#include "domain/CaseStatus.h"

#include <QVariant>
#include <optional>
#include <set>
#include <string>

namespace caseline {

// The orders a queue can be shown in; every one is served by an index (see schema step 7).
enum class CaseSortKey
{
    SlaDue,   // no SLA sorts after every due time
    Priority, // by urgency: urgent before high before normal before low (ascending = urgent first)
    Status,   // by workflow: new, open, waiting..., resolved, closed
    Updated,
    Created,
    Id,
    Department,
    Assignee,
    Customer
};

// Which SLA state a queue is narrowed to; open cases only.
enum class SlaFilter
{
    Any,
    Breached, // due before now
    AtRisk,   // warning time passed, not yet due
    Attention // at risk, breached, or with a conflict the watchdog found (case_alerts)
};

// What a queue shows and in which order. Unset or empty fields do not filter.
struct CaseQuery
{
    std::string department;
    std::set<CaseStatus> statuses; // empty: every status (unless openOnly)
    bool openOnly = false;         // everything but resolved and closed
    std::optional<CasePriority> priority;
    std::optional<std::string> assignee; // "" = cases no one has taken
    SlaFilter sla = SlaFilter::Any;
    std::string text; // a case reference, or the start of a customer id or a subject
    CaseSortKey sortKey = CaseSortKey::SlaDue;
    bool descending = false;

    bool operator==(const CaseQuery &) const = default;
};

// Where the previous page ended: the last row's sort value (as stored) and its id.
struct CaseCursor
{
    QVariant sortValue;
    long long id = 0;
};

} // namespace caseline
