#pragma once

#include <string>

namespace caseline {

// Someone who works on cases: their department and role decide what they may do (a lead may
// approve large refunds; only a department's own staff, or supervisors, answer its
// escalations).
struct StaffMember
{
    enum class Role
    {
        Agent,
        Lead
    };

    std::string name;
    std::string department = "customer-service";
    Role role = Role::Agent;
};

} // namespace caseline
