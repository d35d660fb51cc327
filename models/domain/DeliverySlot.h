#pragma once

#include <QDateTime>
#include <string>

namespace caseline {

// A delivery window the carrier can be booked for.
struct DeliverySlot
{
    std::string id;
    QDateTime from;
    QDateTime to;
    std::string kind; // office-hours, evening, saturday
};

} // namespace caseline
