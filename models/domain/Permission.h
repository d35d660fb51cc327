#pragma once

#include <optional>
#include <string>
#include <vector>

namespace caseline {

struct PlannedAction;

// Everything a user can do that a role may or may not allow. Checked in the store's services
// (AccessPolicy), not only by hiding buttons.
enum class Permission
{
    ViewCase,
    CreateCase,
    EditCase,
    AddNote,
    LogContact,
    Escalate,
    AnswerEscalation,
    Reschedule,
    RedirectDelivery,
    IssueReturnLabel,
    Refund,
    Cancel,
    Replace,
    MessageCustomer,
    ApproveRefund,
    ReassignBulk,
    ChangeSlaPolicy,
    ManageStaff,
    ViewDashboard
};

// Kebab-case, as stored: "issue-return-label".
std::string toString(Permission permission);
std::optional<Permission> permissionFromString(const std::string &text);
std::string permissionChoices();
// In words for messages: "issue return labels".
std::string describe(Permission permission);
const std::vector<Permission> &allPermissions();

// The permission an action needs: refund, return-label, reschedule (to a pickup point: a
// redirect), cancel, replace, message. Nothing for an action this program does not know.
std::optional<Permission> permissionFor(const PlannedAction &plan);

} // namespace caseline
