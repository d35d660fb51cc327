#include "StaffCommands.h"

#include "CliOutput.h"
#include "TextTable.h"
#include "actions/ActionError.h"
#include "store/StaffDirectory.h"

#include <nlohmann/json.hpp>

namespace caseline::cli {

StaffCommands::StaffCommands(const CliInvocation &invocation, CaseDatabase &db, const Clock &clock)
    : m_invocation(invocation)
    , m_db(db)
    , m_clock(clock)
{
}

int StaffCommands::list()
{
    const std::vector<StaffMember> staff = StaffDirectory(m_db, m_clock).all();
    const auto role = [](const StaffMember &member) {
        return member.role == StaffMember::Role::Lead ? "lead" : "agent";
    };
    if (m_invocation.json) {
        nlohmann::json list = nlohmann::json::array();
        for (const StaffMember &member : staff) {
            list.push_back(
                {{"name", member.name}, {"department", member.department}, {"role", role(member)}});
        }
        printLine(list.dump(2));
        return 0;
    }
    TextTable table;
    table.addRow({"NAME", "DEPARTMENT", "ROLE"});
    for (const StaffMember &member : staff) {
        table.addRow({member.name, member.department, role(member)});
    }
    print(table.text());
    return 0;
}

int StaffCommands::set()
{
    const std::string role = m_invocation.option("role");
    if (role != "agent" && role != "lead") {
        throw ActionError("--role must be agent or lead");
    }
    StaffDirectory(m_db, m_clock)
        .save({m_invocation.argument(), m_invocation.option("department"),
               role == "lead" ? StaffMember::Role::Lead : StaffMember::Role::Agent},
              m_invocation.actor);
    printLine("Saved " + m_invocation.argument() + ".");
    return 0;
}

} // namespace caseline::cli
