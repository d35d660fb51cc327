#pragma once

#include "domain/Address.h"
#include "domain/PickupPoint.h"

#include <QCoreApplication>
#include <QString>

namespace caseline {

// How a pickup point reads for the agent: its kind, the address on one line and its opening
// hours.
class PickupPointText
{
    Q_DECLARE_TR_FUNCTIONS(PickupPointText)

public:
    static QString kind(const std::string &kind);
    static QString address(const Address &address);
    static QString openingHours(const PickupPoint &point);
    // Kind and name, address, opening hours: three lines.
    static QString summary(const PickupPoint &point);
};

} // namespace caseline
