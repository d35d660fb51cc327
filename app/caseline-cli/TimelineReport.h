#pragma once

#include "timeline/OrderTimeline.h"

#include <QDateTime>
#include <string>

namespace caseline::cli {

// `caseline-cli timeline` in words: alerts first, then each system's status, then the events
// in time order, aligned.
class TimelineReport
{
public:
    TimelineReport(const OrderTimeline &timeline, const QDateTime &now);

    int exitCode() const; // 0 ok, 3 a source failed or is stale, 4 the order is unknown
    std::string text() const;

private:
    std::string alertsText() const;
    std::string sourcesText() const;
    std::string eventsText() const;

    const OrderTimeline &m_timeline;
    QDateTime m_now;
};

} // namespace caseline::cli
