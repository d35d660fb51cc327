#pragma once

#include "domain/CaseEntry.h"
#include "domain/Escalation.h"
#include "domain/SupportCase.h"
#include "timeline/OrderTimeline.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace caseline::cli {

// `caseline-cli case show`: the case, then one timeline that merges its own history (notes,
// contacts, actions and their outcomes) with the back-office events of its linked orders,
// alerts first.
class CaseReport
{
public:
    CaseReport(SupportCase item, std::vector<CaseEntry> entries,
               std::vector<OrderTimeline> timelines, std::vector<Escalation> escalations,
               QDateTime now);

    bool anySourceFailed() const;
    std::string text() const;
    nlohmann::json json() const;

    static nlohmann::json caseJson(const SupportCase &item);

private:
    std::vector<TimelineEvent> mergedEvents() const;
    std::vector<Alert> alerts() const;

    SupportCase m_case;
    std::vector<CaseEntry> m_entries;
    std::vector<OrderTimeline> m_timelines;
    std::vector<Escalation> m_escalations;
    QDateTime m_now;
};

} // namespace caseline::cli
