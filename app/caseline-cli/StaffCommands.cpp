#include "StaffCommands.h"

#include "CliOutput.h"
#include "TextTable.h"
#include "actions/ActionError.h"
#include "store/AccessPolicy.h"
#include "store/StaffDirectory.h"

#include <nlohmann/json.hpp>

namespace caseline::cli {

namespace {

StaffMember::Role roleFrom(const std::string &text, const std::string &what)
{
    const auto role = staffRoleFromString(text);
    if (!role) {
        throw ActionError(what + " must be " + staffRoleChoices());
    }
    return *role;
}

} // namespace

StaffCommands::StaffCommands(const CliInvocation &invocation, CaseDatabase &db, const Clock &clock)
    : m_invocation(invocation)
    , m_db(db)
    , m_clock(clock)
{
}

int StaffCommands::list()
{
    const std::vector<StaffMember> staff = StaffDirectory(m_db, m_clock).all();
    if (m_invocation.json) {
        nlohmann::json list = nlohmann::json::array();
        for (const StaffMember &member : staff) {
            list.push_back({{"name", member.name},
                            {"department", member.department},
                            {"role", toString(member.role)},
                            {"login", member.login}});
        }
        printLine(list.dump(2));
        return 0;
    }
    TextTable table;
    table.addRow({"NAME", "DEPARTMENT", "ROLE", "LOGIN"});
    for (const StaffMember &member : staff) {
        table.addRow({member.name, member.department, toString(member.role), member.login});
    }
    print(table.text());
    return 0;
}

int StaffCommands::set()
{
    StaffMember member;
    member.name = m_invocation.argument();
    member.department = m_invocation.option("department");
    member.role = roleFrom(m_invocation.option("role"), "--role");
    member.login = m_invocation.option("login");
    StaffDirectory(m_db, m_clock).save(member, m_invocation.actor);
    printLine("Saved " + member.name + ".");
    return 0;
}

int StaffCommands::listRoles()
{
    const auto matrix = AccessPolicy(m_db, m_clock).matrix();
    if (m_invocation.json) {
        nlohmann::json roles = nlohmann::json::object();
        for (const auto &[role, permissions] : matrix) {
            nlohmann::json names = nlohmann::json::array();
            for (Permission permission : permissions) {
                names.push_back(toString(permission));
            }
            roles[toString(role)] = names;
        }
        printLine(roles.dump(2));
        return 0;
    }
    TextTable table;
    std::vector<std::string> header{"PERMISSION"};
    for (const auto &entry : matrix) {
        header.push_back(toString(entry.first));
    }
    table.addRow(header);
    for (Permission permission : allPermissions()) {
        std::vector<std::string> row{toString(permission)};
        for (const auto &entry : matrix) {
            row.push_back(entry.second.contains(permission) ? "yes" : "-");
        }
        table.addRow(row);
    }
    print(table.text());
    printLine("Refunds above " +
              std::to_string(AccessPolicy(m_db, m_clock).refundApprovalThreshold()) +
              " minor units wait for approve-refund.");
    return 0;
}

int StaffCommands::changeRole(bool grant)
{
    const StaffMember::Role role = roleFrom(m_invocation.arguments.at(0), "ROLE");
    const auto permission = permissionFromString(m_invocation.arguments.at(1));
    if (!permission) {
        throw ActionError("PERMISSION must be " + permissionChoices());
    }
    AccessPolicy access(m_db, m_clock);
    if (grant) {
        access.grant(role, *permission, m_invocation.actor);
    } else {
        access.revoke(role, *permission, m_invocation.actor);
    }
    printLine((grant ? "Granted " : "Revoked ") + toString(*permission) +
              (grant ? " to " : " from ") + toString(role) + ".");
    return 0;
}

} // namespace caseline::cli
