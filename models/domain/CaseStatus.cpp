#include "domain/CaseStatus.h"

#include "domain/EnumNames.h"

namespace caseline {

namespace {

constexpr EnumNames<CaseStatus, 6> statusNames{{{
    {CaseStatus::New, "new"},
    {CaseStatus::Open, "open"},
    {CaseStatus::WaitingOnCustomer, "waiting-on-customer"},
    {CaseStatus::WaitingOnDepartment, "waiting-on-department"},
    {CaseStatus::Resolved, "resolved"},
    {CaseStatus::Closed, "closed"},
}}};

constexpr EnumNames<CasePriority, 4> priorityNames{{{
    {CasePriority::Low, "low"},
    {CasePriority::Normal, "normal"},
    {CasePriority::High, "high"},
    {CasePriority::Urgent, "urgent"},
}}};

constexpr EnumNames<CaseChannel, 6> channelNames{{{
    {CaseChannel::Phone, "phone"},
    {CaseChannel::Email, "email"},
    {CaseChannel::Chat, "chat"},
    {CaseChannel::Store, "store"},
    {CaseChannel::Social, "social"},
    {CaseChannel::ComplaintForm, "complaint-form"},
}}};

} // namespace

std::string toString(CaseStatus status)
{
    return statusNames.toString(status);
}
std::optional<CaseStatus> caseStatusFromString(const std::string &text)
{
    return statusNames.fromString(text);
}
std::string caseStatusChoices()
{
    return statusNames.choices();
}

std::string toString(CasePriority priority)
{
    return priorityNames.toString(priority);
}
std::optional<CasePriority> casePriorityFromString(const std::string &text)
{
    return priorityNames.fromString(text);
}
std::string casePriorityChoices()
{
    return priorityNames.choices();
}

std::string toString(CaseChannel channel)
{
    return channelNames.toString(channel);
}
std::optional<CaseChannel> caseChannelFromString(const std::string &text)
{
    return channelNames.fromString(text);
}
std::string caseChannelChoices()
{
    return channelNames.choices();
}

} // namespace caseline
