#pragma once

#include <string>

namespace caseline {

// When a pickup point is open, e.g. {"Mon-Fri", "08:30", "19:00"}.
struct OpeningHours
{
    std::string days;
    std::string from;
    std::string to;
};

} // namespace caseline
