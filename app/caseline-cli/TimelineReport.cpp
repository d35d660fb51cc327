#include "TimelineReport.h"

#include "TextTable.h"

#include <algorithm>

namespace caseline::cli {

namespace {

std::string shortTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")).toStdString();
}

std::string age(qint64 seconds)
{
    if (seconds < 120) {
        return std::to_string(std::max<qint64>(seconds, 0)) + " s";
    }
    if (seconds < 7200) {
        return std::to_string(seconds / 60) + " min";
    }
    return std::to_string(seconds / 3600) + " h";
}

std::string upper(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return text;
}

std::string joined(const std::vector<std::string> &items)
{
    std::string text;
    for (const std::string &item : items) {
        text += (text.empty() ? "" : ", ") + item;
    }
    return text;
}

} // namespace

TimelineReport::TimelineReport(const OrderTimeline &timeline, const QDateTime &now)
    : m_timeline(timeline)
    , m_now(now)
{
}

int TimelineReport::exitCode() const
{
    if (!m_timeline.found) {
        return 4;
    }
    return m_timeline.anySourceFailed() ? 3 : 0;
}

std::string TimelineReport::text() const
{
    if (!m_timeline.found) {
        return "Order " + m_timeline.orderId + " is not known to any system.\n";
    }
    std::string text = "Order " + m_timeline.orderId;
    if (m_timeline.facts.orders.size() > 1) {
        std::vector<std::string> others;
        for (std::size_t i = 1; i < m_timeline.facts.orders.size(); ++i) {
            others.push_back(m_timeline.facts.orders[i].id);
        }
        text += " (with " + joined(others) + ")";
    }
    text += "\n\n" + alertsText() + "\n" + sourcesText() + "\n" + eventsText();
    return text;
}

std::string TimelineReport::alertsText() const
{
    const std::string notJudged = m_timeline.notJudged.empty()
                                      ? std::string()
                                      : "Not checked, as a system they need could not be read: " +
                                            joined(m_timeline.notJudged) + "\n";
    if (m_timeline.alerts.empty()) {
        return (notJudged.empty() ? "No alerts: the systems agree.\n"
                                  : "No alerts among the rules that could be checked.\n") +
               notJudged;
    }
    std::string text = "ALERTS (" + std::to_string(m_timeline.alerts.size()) + ")\n" + notJudged;
    for (const Alert &alert : m_timeline.alerts) {
        text += "  " + upper(toString(alert.severity)) + "  " + alert.rule + "\n";
        text += "    " + alert.message + "\n";
        if (!alert.evidence.empty()) {
            text += "    evidence: " + joined(alert.evidence) + "\n";
        }
        if (!alert.suggestedActions.empty()) {
            text += "    suggested: " + joined(alert.suggestedActions) + "\n";
        }
    }
    return text;
}

std::string TimelineReport::sourcesText() const
{
    TextTable table;
    for (const SourceStatus &source : m_timeline.sources) {
        std::string state = toString(source.state);
        std::string detail = source.error;
        if (source.state == SourceStatus::State::Stale) {
            state += " (" + age(source.fetchedAt.secsTo(m_now)) + " old)";
        }
        table.addRow({"  " + toString(source.system), state, detail});
    }
    return "SOURCES\n" + table.text();
}

std::string TimelineReport::eventsText() const
{
    if (m_timeline.events.empty()) {
        return "TIMELINE\n  (no events)\n";
    }
    TextTable table;
    for (const TimelineEvent &event : m_timeline.events) {
        table.addRow({"  " + shortTime(event.at), event.system, event.kind, event.summary});
    }
    return "TIMELINE (UTC)\n" + table.text();
}

} // namespace caseline::cli
