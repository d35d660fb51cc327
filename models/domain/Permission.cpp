#include "domain/Permission.h"

#include "actions/PlannedAction.h"
#include "domain/EnumNames.h"

namespace caseline {

namespace {

constexpr EnumNames<Permission, 19> permissionNames{{{
    {Permission::ViewCase, "view-case"},
    {Permission::CreateCase, "create-case"},
    {Permission::EditCase, "edit-case"},
    {Permission::AddNote, "add-note"},
    {Permission::LogContact, "log-contact"},
    {Permission::Escalate, "escalate"},
    {Permission::AnswerEscalation, "answer-escalation"},
    {Permission::Reschedule, "reschedule"},
    {Permission::RedirectDelivery, "redirect-delivery"},
    {Permission::IssueReturnLabel, "issue-return-label"},
    {Permission::Refund, "refund"},
    {Permission::Cancel, "cancel"},
    {Permission::Replace, "replace"},
    {Permission::MessageCustomer, "message-customer"},
    {Permission::ApproveRefund, "approve-refund"},
    {Permission::ReassignBulk, "reassign-bulk"},
    {Permission::ChangeSlaPolicy, "change-sla-policy"},
    {Permission::ManageStaff, "manage-staff"},
    {Permission::ViewDashboard, "view-dashboard"},
}}};

constexpr EnumNames<Permission, 19> permissionWords{{{
    {Permission::ViewCase, "view cases"},
    {Permission::CreateCase, "open cases"},
    {Permission::EditCase, "edit cases"},
    {Permission::AddNote, "add notes"},
    {Permission::LogContact, "log contacts"},
    {Permission::Escalate, "escalate cases"},
    {Permission::AnswerEscalation, "answer escalations"},
    {Permission::Reschedule, "reschedule deliveries"},
    {Permission::RedirectDelivery, "redirect deliveries"},
    {Permission::IssueReturnLabel, "issue return labels"},
    {Permission::Refund, "refund"},
    {Permission::Cancel, "cancel orders"},
    {Permission::Replace, "send replacements"},
    {Permission::MessageCustomer, "message customers"},
    {Permission::ApproveRefund, "approve refunds"},
    {Permission::ReassignBulk, "reassign cases in bulk"},
    {Permission::ChangeSlaPolicy, "change SLA policies"},
    {Permission::ManageStaff, "manage staff and roles"},
    {Permission::ViewDashboard, "view the dashboard"},
}}};

} // namespace

std::string toString(Permission permission)
{
    return permissionNames.toString(permission);
}

std::optional<Permission> permissionFromString(const std::string &text)
{
    return permissionNames.fromString(text);
}

std::string permissionChoices()
{
    return permissionNames.choices();
}

std::string describe(Permission permission)
{
    return permissionWords.toString(permission);
}

const std::vector<Permission> &allPermissions()
{
    static const std::vector<Permission> all = [] {
        std::vector<Permission> list;
        for (int i = 0; i <= static_cast<int>(Permission::ViewDashboard); ++i) {
            list.push_back(static_cast<Permission>(i));
        }
        return list;
    }();
    return all;
}

std::optional<Permission> permissionFor(const PlannedAction &plan)
{
    if (plan.action == "refund") {
        return Permission::Refund;
    }
    if (plan.action == "return-label") {
        return Permission::IssueReturnLabel;
    }
    if (plan.action == "reschedule") {
        return plan.pickupPointId.empty() ? Permission::Reschedule : Permission::RedirectDelivery;
    }
    if (plan.action == "cancel") {
        return Permission::Cancel;
    }
    if (plan.action == "replace") {
        return Permission::Replace;
    }
    if (plan.action == "message") {
        return Permission::MessageCustomer;
    }
    return std::nullopt;
}

} // namespace caseline
