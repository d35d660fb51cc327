#pragma once

#include <QDateTime>
#include <string>

namespace caseline {

// One status change of an order, with the system (or department) that made it.
struct OrderHistoryEntry
{
    QDateTime at;
    std::string status;
    std::string system;
    std::string note;
};

} // namespace caseline
