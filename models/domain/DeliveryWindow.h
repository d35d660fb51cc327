#pragma once

#include <QDateTime>

namespace caseline {

// The time span a delivery was promised for.
struct DeliveryWindow
{
    QDateTime from;
    QDateTime to;
};

} // namespace caseline
