#pragma once

#include <string>

namespace caseline {

// One person's open cases, and how many of them breach or risk their SLA. An empty assignee
// stands for the cases no one has taken yet.
struct AgentWorkload
{
    std::string assignee;
    std::string department; // the staff member's department; empty when not registered
    long long open = 0;
    long long breached = 0;
    long long atRisk = 0;
};

} // namespace caseline
