#pragma once

#include "domain/SupportCase.h"

#include <QDateTime>
#include <string>

namespace caseline {

// An open case with a conflict the watchdog found between back-office systems and that is
// still unresolved: what the dashboard's watchdog list shows.
struct WatchdogFinding
{
    SupportCase supportCase;
    std::string ruleId;   // e.g. "refunded-but-shipped"
    std::string severity; // critical, warning, info
    std::string orderId;
    std::string summary;
    QDateTime foundAt;
};

} // namespace caseline
