#pragma once

#include <optional>
#include <string>

namespace caseline {

// Someone who works on cases: their role decides what they may do (see AccessPolicy), their
// department which escalations they answer. `login` is the operating-system or database login
// that identifies them (empty: none), see OperatorIdentity.
struct StaffMember
{
    enum class Role
    {
        Agent,
        StoreStaff,
        Supervisor,
        Finance
    };

    std::string name;
    std::string department = "customer-service";
    Role role = Role::Agent;
    std::string login;
};

// Stored as "agent", "store", "supervisor", "finance".
std::string toString(StaffMember::Role role);
std::optional<StaffMember::Role> staffRoleFromString(const std::string &text);
std::string staffRoleChoices();
// In words for messages: "agent", "store staff", "supervisor", "finance".
std::string describe(StaffMember::Role role);

} // namespace caseline
