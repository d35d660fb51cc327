#pragma once

#include <QDateTime>
#include <string>

namespace caseline {

// One scan or status change reported by the carrier.
struct TrackingEvent
{
    QDateTime at;
    std::string status;
    std::string location;
    std::string description;
};

} // namespace caseline
