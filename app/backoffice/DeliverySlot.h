#pragma once

#include <QDateTime>
#include <string>

namespace caseline::backoffice {

// One delivery window a carrier can be booked for. The id encodes the day and the hours so a
// client can send it back to reschedule without the server keeping a slot table.
struct DeliverySlot
{
    std::string id;   // "SLOT-20261124-0913"
    QDateTime from;   // UTC, inclusive
    QDateTime to;     // UTC, exclusive
    std::string kind; // "office-hours" | "evening" | "saturday"
};

} // namespace caseline::backoffice
