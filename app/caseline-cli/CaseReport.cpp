#include "CaseReport.h"

#include "TextTable.h"
#include "domain/Rfc3339.h"
#include "itemmodels/CaseEntryWording.h"
#include "itemmodels/EnglishWording.h"
#include "timeline/ConflictWatchdog.h"
#include "timeline/OrderTimelineJson.h"

#include <algorithm>

namespace caseline::cli {

CaseReport::CaseReport(SupportCase item, std::vector<CaseEntry> entries,
                       std::vector<OrderTimeline> timelines, std::vector<Escalation> escalations,
                       QDateTime now)
    : m_case(std::move(item))
    , m_entries(std::move(entries))
    , m_timelines(std::move(timelines))
    , m_escalations(std::move(escalations))
    , m_now(std::move(now))
{
}

bool CaseReport::anySourceFailed() const
{
    return std::any_of(m_timelines.begin(), m_timelines.end(),
                       [](const OrderTimeline &timeline) { return timeline.anySourceFailed(); });
}

nlohmann::json CaseReport::caseJson(const SupportCase &item)
{
    nlohmann::json links = nlohmann::json::array();
    for (const CaseLink &link : item.links) {
        links.push_back({{"kind", link.kind}, {"ref", link.ref}});
    }
    return {{"id", item.reference()},
            {"customer", item.customerId},
            {"language", item.customerLanguage},
            {"subject", item.subject},
            {"status", toString(item.status)},
            {"priority", toString(item.priority)},
            {"channel", toString(item.channel)},
            {"department", item.department},
            {"assignee", item.assignee},
            {"slaDue", Rfc3339::format(item.slaDue)},
            {"createdAt", Rfc3339::format(item.createdAt)},
            {"version", item.version},
            {"links", links}};
}

std::vector<TimelineEvent> CaseReport::mergedEvents() const
{
    std::vector<TimelineEvent> events;
    // In English whatever the environment's language, times in UTC, as the report's header says.
    const EnglishWording english;
    for (const CaseEntry &entry : m_entries) {
        events.push_back({entry.at,
                          "case",
                          toString(entry.kind),
                          CaseEntryWording::summary(entry).toStdString() + " (" + entry.actor + ")",
                          "case:" + std::to_string(entry.id),
                          {m_case.reference()},
                          CaseEntryWording::detail(entry).toStdString()});
    }
    for (const OrderTimeline &timeline : m_timelines) {
        for (const TimelineEvent &event : timeline.events) {
            const bool seen =
                std::any_of(events.begin(), events.end(),
                            [&](const TimelineEvent &e) { return e.ref == event.ref; });
            if (!seen) {
                events.push_back(event);
            }
        }
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const TimelineEvent &a, const TimelineEvent &b) { return a.at < b.at; });
    return events;
}

std::vector<Alert> CaseReport::alerts() const
{
    // The case's own facts (its escalations) go through the same watchdog as the orders'.
    OrderFacts own;
    own.escalations = m_escalations;
    std::vector<Alert> all = ConflictWatchdog::withDefaultRules().evaluate(own, m_now);
    for (const OrderTimeline &timeline : m_timelines) {
        all.insert(all.end(), timeline.alerts.begin(), timeline.alerts.end());
    }
    return all;
}

nlohmann::json CaseReport::json() const
{
    nlohmann::json events = nlohmann::json::array();
    for (const TimelineEvent &event : mergedEvents()) {
        events.push_back({{"at", Rfc3339::format(event.at)},
                          {"system", event.system},
                          {"kind", event.kind},
                          {"summary", event.summary},
                          {"ref", event.ref}});
    }
    nlohmann::json orders = nlohmann::json::array();
    for (const OrderTimeline &timeline : m_timelines) {
        nlohmann::json order = toJson(timeline);
        order.erase("events"); // merged into the case's timeline above
        orders.push_back(std::move(order));
    }
    nlohmann::json escalations = nlohmann::json::array();
    for (const Escalation &item : m_escalations) {
        escalations.push_back({{"id", item.id},
                               {"department", item.department},
                               {"reason", item.reason},
                               {"state", toString(item.state)},
                               {"dueAt", Rfc3339::format(item.dueAt)},
                               {"closingNote", item.closingNote},
                               {"version", item.version}});
    }
    nlohmann::json alertList = nlohmann::json::array();
    for (const Alert &alert : alerts()) {
        alertList.push_back({{"rule", alert.rule},
                             {"severity", toString(alert.severity)},
                             {"message", alert.message},
                             {"evidence", alert.evidence},
                             {"suggestedActions", alert.suggestedActions}});
    }
    return {{"case", caseJson(m_case)},
            {"alerts", alertList},
            {"events", events},
            {"escalations", escalations},
            {"orders", orders}};
}

std::string CaseReport::text() const
{
    std::string text = m_case.reference() + "  " + m_case.subject + "\n";
    text += "  " + toString(m_case.status) + ", " + toString(m_case.priority) + " priority, " +
            m_case.department + (m_case.assignee.empty() ? "" : " (" + m_case.assignee + ")") +
            ", due " + m_case.slaDue.toString(QStringLiteral("yyyy-MM-dd HH:mm")).toStdString() +
            " UTC; customer " + m_case.customerId + " (" + m_case.customerLanguage + "), from " +
            toString(m_case.channel) + "\n\n";
    const std::vector<Alert> found = alerts();
    if (found.empty()) {
        text += "No alerts.\n";
    } else {
        text += "ALERTS (" + std::to_string(found.size()) + ")\n";
        for (const Alert &alert : found) {
            text +=
                "  " + toString(alert.severity) + "  " + alert.rule + ": " + alert.message + "\n";
        }
    }
    for (const OrderTimeline &timeline : m_timelines) {
        for (const SourceStatus &source : timeline.sources) {
            if (source.state != SourceStatus::State::Ok) {
                text += "  " + timeline.orderId + ": " + toString(source.system) + " " +
                        toString(source.state) + ": " + source.error + "\n";
            }
        }
    }
    TextTable table;
    for (const TimelineEvent &event : mergedEvents()) {
        table.addRow({"  " + event.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")).toStdString(),
                      event.system, event.kind, event.summary});
    }
    return text + "\nTIMELINE (UTC)\n" + table.text();
}

} // namespace caseline::cli
