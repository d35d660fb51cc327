#pragma once

#include "timeline/Alert.h"
#include "timeline/OrderFacts.h"
#include "timeline/SourceStatus.h"
#include "timeline/TimelineEvent.h"

#include <string>
#include <vector>

namespace caseline {

// The unified timeline of one order and its replacements: merged events from every system,
// each system's status, and the watchdog's alerts.
struct OrderTimeline
{
    std::string orderId;
    bool found = true; // false when order management does not know the order
    OrderFacts facts;
    std::vector<TimelineEvent> events;
    std::vector<SourceStatus> sources;
    std::vector<Alert> alerts;
    // Rules not run because a system they need could not be read now (see ConflictRule).
    std::vector<std::string> notJudged;

    bool anySourceFailed() const
    {
        for (const SourceStatus &source : sources) {
            if (source.state != SourceStatus::State::Ok) {
                return true;
            }
        }
        return false;
    }
};

} // namespace caseline
