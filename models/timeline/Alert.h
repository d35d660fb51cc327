#pragma once

#include <string>
#include <vector>

namespace caseline {

enum class AlertSeverity
{
    Info,
    Warning,
    Critical
};

std::string toString(AlertSeverity severity);

// A contradiction between back-office systems found by a conflict rule, in plain words, with the
// timeline events that prove it and what the agent can do about it.
struct Alert
{
    std::string rule; // stable id, e.g. "cancelled-but-shipped"
    AlertSeverity severity = AlertSeverity::Warning;
    std::string message;
    std::vector<std::string> evidence;         // TimelineEvent::ref values
    std::vector<std::string> suggestedActions; // e.g. "issue-return-label", "escalate:finance"
    std::string orderId;

    // One contradiction on one order, however many orders of a family report it: what an
    // alert count counts.
    std::string countKey() const { return rule + "|" + orderId; }
};

} // namespace caseline
