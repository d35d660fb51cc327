#pragma once

#include "domain/CaseEntry.h"
#include "domain/Escalation.h"
#include "domain/SupportCase.h"
#include "store/OutboxEntry.h"
#include "timeline/Alert.h"

#include <vector>

namespace caseline {

// What the case store knows about one case when it is opened: the case, its own history, the
// actions still waiting to reach the back-office (or failed), its escalations, and the alerts
// its own facts raise (an escalation past its due time).
struct CaseSnapshot
{
    SupportCase item;
    std::vector<CaseEntry> entries;
    std::vector<OutboxEntry> outbox; // pending and failed, oldest first
    std::vector<Escalation> escalations;
    std::vector<Alert> caseAlerts;
};

} // namespace caseline
