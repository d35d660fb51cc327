#include "timeline/OrderTimelineJson.h"

#include "domain/Rfc3339.h"

namespace caseline {

nlohmann::json toJson(const OrderTimeline &timeline)
{
    nlohmann::json sources = nlohmann::json::array();
    for (const SourceStatus &source : timeline.sources) {
        nlohmann::json item = {
            {"system", toString(source.system)},
            {"status", toString(source.state)},
            {"error", source.error.empty() ? nlohmann::json() : nlohmann::json(source.error)}};
        if (source.fetchedAt.isValid()) {
            item["fetchedAt"] = Rfc3339::format(source.fetchedAt);
        }
        sources.push_back(std::move(item));
    }
    nlohmann::json events = nlohmann::json::array();
    for (const TimelineEvent &event : timeline.events) {
        events.push_back({{"at", Rfc3339::format(event.at)},
                          {"system", event.system},
                          {"kind", event.kind},
                          {"summary", event.summary},
                          {"ref", event.ref}});
    }
    nlohmann::json alerts = nlohmann::json::array();
    for (const Alert &alert : timeline.alerts) {
        alerts.push_back({{"rule", alert.rule},
                          {"severity", toString(alert.severity)},
                          {"message", alert.message},
                          {"evidence", alert.evidence},
                          {"suggestedActions", alert.suggestedActions}});
    }
    return {{"order", timeline.orderId}, {"found", timeline.found},
            {"sources", sources},        {"events", events},
            {"alerts", alerts},          {"notJudged", timeline.notJudged}};
}

} // namespace caseline
