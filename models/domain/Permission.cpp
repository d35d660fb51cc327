#include "domain/Permission.h"

#include "actions/PlannedAction.h"
#include "domain/EnumNames.h"

#include <QtGlobal>

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

// What a permission lets one do, as it ends "anna (agent) may not ...". Marked for lupdate;
// refusals look the words up under the context "Permission".
constexpr EnumNames<Permission, 19> permissionWords{{{
    {Permission::ViewCase, QT_TRANSLATE_NOOP("Permission", "view cases")},
    {Permission::CreateCase, QT_TRANSLATE_NOOP("Permission", "open cases")},
    {Permission::EditCase, QT_TRANSLATE_NOOP("Permission", "edit cases")},
    {Permission::AddNote, QT_TRANSLATE_NOOP("Permission", "add notes")},
    {Permission::LogContact, QT_TRANSLATE_NOOP("Permission", "log contacts")},
    {Permission::Escalate, QT_TRANSLATE_NOOP("Permission", "escalate cases")},
    {Permission::AnswerEscalation, QT_TRANSLATE_NOOP("Permission", "answer escalations")},
    {Permission::Reschedule, QT_TRANSLATE_NOOP("Permission", "reschedule deliveries")},
    {Permission::RedirectDelivery, QT_TRANSLATE_NOOP("Permission", "redirect deliveries")},
    {Permission::IssueReturnLabel, QT_TRANSLATE_NOOP("Permission", "issue return labels")},
    {Permission::Refund, QT_TRANSLATE_NOOP("Permission", "refund")},
    {Permission::Cancel, QT_TRANSLATE_NOOP("Permission", "cancel orders")},
    {Permission::Replace, QT_TRANSLATE_NOOP("Permission", "send replacements")},
    {Permission::MessageCustomer, QT_TRANSLATE_NOOP("Permission", "message customers")},
    {Permission::ApproveRefund, QT_TRANSLATE_NOOP("Permission", "approve refunds")},
    {Permission::ReassignBulk, QT_TRANSLATE_NOOP("Permission", "reassign cases in bulk")},
    {Permission::ChangeSlaPolicy, QT_TRANSLATE_NOOP("Permission", "change SLA policies")},
    {Permission::ManageStaff, QT_TRANSLATE_NOOP("Permission", "manage staff and roles")},
    {Permission::ViewDashboard, QT_TRANSLATE_NOOP("Permission", "view the dashboard")},
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
