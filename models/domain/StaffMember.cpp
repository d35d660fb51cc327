#include "domain/StaffMember.h"

#include "domain/EnumNames.h"

namespace caseline {

namespace {

constexpr EnumNames<StaffMember::Role, 4> roleNames{{{
    {StaffMember::Role::Agent, "agent"},
    {StaffMember::Role::StoreStaff, "store"},
    {StaffMember::Role::Supervisor, "supervisor"},
    {StaffMember::Role::Finance, "finance"},
}}};

} // namespace

std::string toString(StaffMember::Role role)
{
    return roleNames.toString(role);
}

std::optional<StaffMember::Role> staffRoleFromString(const std::string &text)
{
    return roleNames.fromString(text);
}

std::string staffRoleChoices()
{
    return roleNames.choices();
}

std::string describe(StaffMember::Role role)
{
    return role == StaffMember::Role::StoreStaff ? "store staff" : toString(role);
}

} // namespace caseline
