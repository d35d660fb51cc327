#pragma once

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace caseline::cli {

// What the command line asked caseline-cli to do, or why it cannot be understood.
struct CliInvocation
{
    enum class Command
    {
        Search,
        Timeline,
        CaseNew,
        CaseShow,
        CaseList,
        CaseUpdate,
        Act,
        Outbox,
        OutboxSend,
        AuditVerify,
        EscalationList,
        EscalationAnswer,
        DepartmentList,
        DepartmentSet,
        StaffList,
        StaffSet,
        RolesList,
        RolesGrant,
        RolesRevoke,
        ApprovalsList,
        ApprovalsApprove,
        ApprovalsReject,
        CaseReassign,
        DevSeed,
        Help,
        Version
    };
    using Environment = std::optional<std::string> (*)(const char *);

    Command command = Command::Help;
    std::vector<std::string> arguments; // after the command words (query, order id, case id...)
    std::map<std::string, std::string> options; // --name value, without the dashes
    bool json = false;
    bool notify = false;       // act: tell the customer, from a template in their language
    std::string backofficeUrl; // --backoffice, else $CASELINE_BACKOFFICE
    std::string configPath;    // --config, else $CASELINE_CONFIG
    std::string store;         // --db, else $CASELINE_DB (empty: the default SQLite file)
    std::string actor;         // --as, else $USER (mapped to a staff member by login)
    bool actorGiven = false;   // --as was given: no mapping
    std::string error;         // set when the command line is wrong (exit code 2)

    std::string option(const std::string &name) const;
    // A whole number of seconds from --name (1..maximum), or `fallback` when not given. Throws
    // ActionError (a usage error) otherwise.
    std::chrono::seconds seconds(const std::string &name, long long fallback,
                                 long long maximum) const;
    const std::string &argument() const { return arguments.front(); }

    // "12" -> 12; anything but a whole number is a usage error (ActionError naming `what`).
    static long long wholeNumber(const std::string &text, const std::string &what);
    // "CASE-12" or "12" -> 12.
    static long long caseId(const std::string &text);

    static CliInvocation parse(const std::vector<std::string> &arguments, Environment environment);
    static std::string usage();
};

} // namespace caseline::cli
