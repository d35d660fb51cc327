#include "EscalationCommands.h"

#include "CliOutput.h"
#include "TextTable.h"
#include "actions/ActionError.h"
#include "domain/Rfc3339.h"
#include "store/EscalationDesk.h"
#include "store/StoreError.h"

#include <nlohmann/json.hpp>

namespace caseline::cli {

namespace {

nlohmann::json escalationJson(const Escalation &item)
{
    return {{"id", item.id},
            {"case", "CASE-" + std::to_string(item.caseId)},
            {"department", item.department},
            {"reason", item.reason},
            {"priority", toString(item.priority)},
            {"state", toString(item.state)},
            {"dueAt", Rfc3339::format(item.dueAt)},
            {"openedBy", item.openedBy},
            {"closingNote", item.closingNote},
            {"version", item.version}};
}

} // namespace

EscalationCommands::EscalationCommands(const CliInvocation &invocation, CaseDatabase &db,
                                       const Clock &clock)
    : m_invocation(invocation)
    , m_db(db)
    , m_clock(clock)
{
}

int EscalationCommands::escalate(long long caseId)
{
    CasePriority priority = CasePriority::Normal;
    if (!m_invocation.option("priority").empty()) {
        const auto given = casePriorityFromString(m_invocation.option("priority"));
        if (!given) {
            throw ActionError("--priority must be " + casePriorityChoices());
        }
        priority = *given;
    }
    const Escalation opened =
        EscalationDesk(m_db, m_clock)
            .escalate(caseId, m_invocation.option("department"), m_invocation.option("reason"),
                      priority, m_invocation.actor);
    printLine("Escalation " + std::to_string(opened.id) + " to " + opened.department + ", due " +
              Rfc3339::format(opened.dueAt) + ".");
    return 0;
}

int EscalationCommands::list()
{
    EscalationDesk desk(m_db, m_clock);
    std::vector<Escalation> items;
    if (m_invocation.option("department").empty()) {
        for (const Department &department : desk.departments()) {
            const std::vector<Escalation> queue = desk.queue(department.name);
            items.insert(items.end(), queue.begin(), queue.end());
        }
    } else {
        items = desk.queue(m_invocation.option("department"));
    }
    if (m_invocation.json) {
        nlohmann::json list = nlohmann::json::array();
        for (const Escalation &item : items) {
            list.push_back(escalationJson(item));
        }
        printLine(list.dump(2));
        return 0;
    }
    if (items.empty()) {
        printLine("No open escalations.");
        return 0;
    }
    TextTable table;
    table.addRow({"ID", "CASE", "DEPARTMENT", "STATE", "DUE (UTC)", "REASON"});
    const QDateTime now = m_clock.now();
    for (const Escalation &item : items) {
        table.addRow(
            {std::to_string(item.id), "CASE-" + std::to_string(item.caseId), item.department,
             toString(item.state) + (item.dueAt < now ? " (overdue)" : ""),
             item.dueAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")).toStdString(), item.reason});
    }
    print(table.text());
    return 0;
}

int EscalationCommands::answer()
{
    const std::string &step = m_invocation.arguments.at(0);
    const long long id =
        CliInvocation::wholeNumber(m_invocation.arguments.at(1), "the escalation id");
    EscalationDesk desk(m_db, m_clock);
    const long long version =
        m_invocation.option("expect-version").empty()
            ? desk.get(id).version
            : CliInvocation::wholeNumber(m_invocation.option("expect-version"), "--expect-version");
    Escalation result;
    if (step == "accept") {
        result = desk.accept(id, version, m_invocation.actor);
    } else if (step == "resolve") {
        result = desk.resolve(id, version, m_invocation.option("text"), m_invocation.actor);
    } else if (step == "return") {
        result = desk.giveBack(id, version, m_invocation.option("text"), m_invocation.actor);
    } else {
        throw ActionError("an escalation can be accepted, resolved or returned, not '" + step +
                          "'");
    }
    printLine("Escalation " + std::to_string(result.id) + " is " + toString(result.state) + ".");
    return 0;
}

int EscalationCommands::listDepartments()
{
    const std::vector<Department> departments = EscalationDesk(m_db, m_clock).departments();
    if (m_invocation.json) {
        nlohmann::json list = nlohmann::json::array();
        for (const Department &department : departments) {
            list.push_back({{"name", department.name},
                            {"title", department.title},
                            {"slaHours", department.slaHours}});
        }
        printLine(list.dump(2));
        return 0;
    }
    TextTable table;
    table.addRow({"NAME", "TITLE", "SLA"});
    for (const Department &department : departments) {
        table.addRow(
            {department.name, department.title, std::to_string(department.slaHours) + " h"});
    }
    print(table.text());
    return 0;
}

int EscalationCommands::setDepartment()
{
    const long long hours =
        CliInvocation::wholeNumber(m_invocation.option("sla-hours"), "--sla-hours");
    if (hours > 100000) {
        throw ActionError("--sla-hours is too large");
    }
    EscalationDesk(m_db, m_clock)
        .saveDepartment(
            {m_invocation.argument(), m_invocation.option("title"), static_cast<int>(hours)},
            m_invocation.actor);
    printLine("Saved department " + m_invocation.argument() + ".");
    return 0;
}

} // namespace caseline::cli
