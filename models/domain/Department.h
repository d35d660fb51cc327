#pragma once

#include <string>

namespace caseline {

// A team that works on cases (customer service, a store, the warehouse, finance...), with the
// time it promises to answer an escalation in.
struct Department
{
    std::string name; // e.g. finance (lower case, dashes)
    std::string title;
    int slaHours = 24;
};

} // namespace caseline
