#pragma once

#include <optional>
#include <string>

namespace caseline {

// Where a case stands: waiting states say whose move it is.
enum class CaseStatus
{
    New,
    Open,
    WaitingOnCustomer,
    WaitingOnDepartment,
    Resolved,
    Closed
};

std::string toString(CaseStatus status);
std::optional<CaseStatus> caseStatusFromString(const std::string &text);
std::string caseStatusChoices();

// How urgent a case is for the queues.
enum class CasePriority
{
    Low,
    Normal,
    High,
    Urgent
};

std::string toString(CasePriority priority);
std::optional<CasePriority> casePriorityFromString(const std::string &text);
std::string casePriorityChoices();

// Where the customer first raised the problem.
enum class CaseChannel
{
    Phone,
    Email,
    Chat,
    Store,
    Social,
    ComplaintForm
};

std::string toString(CaseChannel channel);
std::optional<CaseChannel> caseChannelFromString(const std::string &text);
std::string caseChannelChoices();

} // namespace caseline
