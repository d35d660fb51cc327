#include "CliInvocation.h"

#include "actions/ActionError.h"
#include "domain/SupportCase.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>
#include <set>

namespace caseline::cli {

namespace {

CliInvocation failed(std::string message)
{
    CliInvocation invocation;
    invocation.error = std::move(message);
    return invocation;
}

// Options that take a value; every other --option is a mistake.
const std::set<std::string> &valueOptions()
{
    static const std::set<std::string> names{
        "backoffice",   "config",      "db",        "as",        "department", "status",
        "customer",     "language",    "subject",   "channel",   "priority",   "order",
        "shipment",     "amount",      "currency",  "reason",    "lines",      "slot",
        "pickup-point", "text",        "direction", "timeout",   "assignee",   "expect-version",
        "lease",        "max-backoff", "title",     "sla-hours", "role",       "login",
        "note",         "to",          "cases"};
    return names;
}

// The option an argument names ("--order=X" names "order"), or "" for none.
std::string optionName(const std::string &argument)
{
    if (argument.size() < 2 || argument.front() != '-') {
        return {};
    }
    const std::string name = argument.substr(argument.rfind("--", 0) == 0 ? 2 : 1);
    return name.substr(0, name.find('='));
}

// Why the command line cannot be understood, in the words caseline-cli has always used (the
// first mistake from the left), or "" when it can.
std::string misuse(const QCommandLineParser &parser, bool parsed,
                   const std::vector<std::string> &arguments)
{
    const QStringList unknown = parser.unknownOptionNames();
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string &argument = arguments[i];
        if (argument == "--") {
            break; // the rest are arguments, whatever they look like
        }
        const std::string name = optionName(argument);
        if (name.empty()) {
            continue;
        }
        // Options are long ones ("--json"); the only short one is -h.
        const bool singleDash = argument.rfind("--", 0) != 0;
        if (unknown.contains(QString::fromStdString(name)) || (singleDash && argument != "-h")) {
            return "unknown option " + argument;
        }
        const bool takesValue = valueOptions().contains(name);
        const bool valueInline = argument.find('=') != std::string::npos;
        if (takesValue && !valueInline && i + 1 >= arguments.size()) {
            return "--" + name + " needs a value";
        }
        if (takesValue && (valueInline ? argument.substr(argument.find('=') + 1).empty()
                                       : arguments[i + 1].empty())) {
            return "--" + name + " needs a value";
        }
        if (!takesValue && valueInline) {
            return "--" + name + " takes no value";
        }
        if (takesValue && !valueInline) {
            ++i; // its value, whatever it looks like
        }
    }
    return parsed ? std::string() : parser.errorText().toStdString();
}

struct Shape
{
    std::vector<std::string> words;
    CliInvocation::Command command;
    std::size_t arguments;
    const char *argumentNames;
};

const std::vector<Shape> &shapes()
{
    using Command = CliInvocation::Command;
    static const std::vector<Shape> all{
        {{"search"}, Command::Search, 1, "QUERY"},
        {{"timeline"}, Command::Timeline, 1, "ORDER_ID"},
        {{"case", "new"}, Command::CaseNew, 0, ""},
        {{"case", "show"}, Command::CaseShow, 1, "CASE_ID"},
        {{"case", "list"}, Command::CaseList, 0, ""},
        {{"case", "update"}, Command::CaseUpdate, 1, "CASE_ID"},
        {{"act"}, Command::Act, 2, "ACTION CASE_ID"},
        {{"outbox", "send"}, Command::OutboxSend, 0, ""},
        {{"outbox"}, Command::Outbox, 0, ""},
        {{"audit", "verify"}, Command::AuditVerify, 0, ""},
        {{"escalation", "list"}, Command::EscalationList, 0, ""},
        {{"escalation"}, Command::EscalationAnswer, 2, "accept|resolve|return ESCALATION_ID"},
        {{"department", "list"}, Command::DepartmentList, 0, ""},
        {{"department", "set"}, Command::DepartmentSet, 1, "NAME"},
        {{"staff", "list"}, Command::StaffList, 0, ""},
        {{"staff", "set"}, Command::StaffSet, 1, "NAME"},
        {{"roles", "list"}, Command::RolesList, 0, ""},
        {{"roles", "grant"}, Command::RolesGrant, 2, "ROLE PERMISSION"},
        {{"roles", "revoke"}, Command::RolesRevoke, 2, "ROLE PERMISSION"},
        {{"approvals", "list"}, Command::ApprovalsList, 0, ""},
        {{"approvals", "approve"}, Command::ApprovalsApprove, 1, "ID"},
        {{"approvals", "reject"}, Command::ApprovalsReject, 1, "ID"},
        {{"case", "reassign"}, Command::CaseReassign, 1, "CASE[,CASE...]"},
        {{"dev", "seed"}, Command::DevSeed, 0, ""},
    };
    return all;
}

} // namespace

std::string CliInvocation::option(const std::string &name) const
{
    const auto found = options.find(name);
    return found == options.end() ? std::string() : found->second;
}

long long CliInvocation::wholeNumber(const std::string &text, const std::string &what)
{
    if (text.empty() || text.size() > 15 ||
        text.find_first_not_of("0123456789") != std::string::npos) {
        throw ActionError(what + " must be a whole number, not '" + text + "'");
    }
    return std::stoll(text);
}

long long CliInvocation::caseId(const std::string &text)
{
    if (const std::optional<long long> id = SupportCase::idFromReference(text)) {
        return *id;
    }
    throw ActionError("a case id (e.g. CASE-12) must be a whole number, not '" + text + "'");
}

std::chrono::seconds CliInvocation::seconds(const std::string &name, long long fallback,
                                            long long maximum) const
{
    const std::string text = option(name);
    if (text.empty()) {
        return std::chrono::seconds(fallback);
    }
    const bool digits =
        text.size() <= 9 && text.find_first_not_of("0123456789") == std::string::npos;
    if (!digits || std::stoll(text) < 1 || std::stoll(text) > maximum) {
        throw ActionError("--" + name + " must be a number of seconds from 1 to " +
                          std::to_string(maximum));
    }
    return std::chrono::seconds(std::stoll(text));
}

std::string CliInvocation::usage()
{
    return "Usage:\n"
           "  caseline-cli [--backoffice URL | --config FILE] search QUERY [--json]\n"
           "  caseline-cli [--backoffice URL | --config FILE] timeline ORDER_ID [--json]\n"
           "  caseline-cli [--db STORE] [--as USER] case new --customer ID --language LANG\n"
           "               --subject TEXT [--channel CH] [--priority P] [--department D]\n"
           "               [--order ORDER_ID]...\n"
           "  caseline-cli [--db STORE] case show CASE_ID [--json]\n"
           "  caseline-cli [--db STORE] case list [--department D] [--status S] [--json]\n"
           "  caseline-cli [--db STORE] [--as USER] case update CASE_ID [--expect-version N]\n"
           "               [--status S] [--priority P] [--department D] [--assignee USER]\n"
           "  caseline-cli [--db STORE] [--as USER] act ACTION CASE_ID [options] [--notify]\n"
           "      refund --order O --amount MINOR --currency CUR --reason TEXT [--lines L1:1,...]\n"
           "      return-label --order O --lines L1:1[,...] --reason TEXT\n"
           "      reschedule --shipment S (--slot SLOT | --pickup-point P)\n"
           "      cancel --order O --reason TEXT\n"
           "      replace --order O --lines L1:1[,...] --reason TEXT\n"
           "      message --channel email|sms --subject TEXT --text TEXT [--order O]\n"
           "      note --text TEXT\n"
           "      contact --channel CH --direction inbound|outbound --text SUMMARY\n"
           "      escalate --department D --reason TEXT [--priority P]\n"
           "  caseline-cli [--db STORE] escalation list [--department D] [--json]\n"
           "  caseline-cli [--db STORE] [--as USER] escalation accept|resolve|return ID\n"
           "               [--text NOTE] [--expect-version N]\n"
           "  caseline-cli [--db STORE] department list [--json]\n"
           "  caseline-cli [--db STORE] [--as USER] department set NAME --title T --sla-hours H\n"
           "  caseline-cli [--db STORE] staff list [--json]\n"
           "  caseline-cli [--db STORE] [--as USER] staff set NAME --department D\n"
           "               --role agent|store|supervisor|finance [--login LOGIN]\n"
           "  caseline-cli [--db STORE] roles list [--json]      what each role may do\n"
           "  caseline-cli [--db STORE] [--as USER] roles grant|revoke ROLE PERMISSION\n"
           "  caseline-cli [--db STORE] approvals list [--json]  refunds awaiting approval\n"
           "  caseline-cli [--db STORE] [--as USER] approvals approve ID [--note TEXT]\n"
           "  caseline-cli [--db STORE] [--as USER] approvals reject ID --note TEXT\n"
           "  caseline-cli [--db STORE] [--as USER] case reassign CASE[,CASE...] --to USER\n"
           "  caseline-cli [--db STORE] outbox [--json]     pending and failed actions\n"
           "  caseline-cli [--db STORE] outbox send [--timeout SECONDS] [--lease SECONDS]\n"
           "               [--max-backoff SECONDS]\n"
           "  caseline-cli [--db STORE] audit verify\n"
           "  caseline-cli [--db STORE] dev seed --cases N   N made-up cases (1 to 5000000)\n"
           "               for benchmarks: a realistic, repeatable mix\n"
           "  caseline-cli --help | --version\n"
           "\n"
           "  --backoffice URL  every system in the reference layout of one server\n"
           "                    (default: $CASELINE_BACKOFFICE, else http://127.0.0.1:8480)\n"
           "  --config FILE     per-system URLs, tokens and timeouts (JSON; see the README)\n"
           "                    (default: $CASELINE_CONFIG)\n"
           "  --db STORE        postgresql://user:pass@host:port/dbname or an SQLite file\n"
           "                    (default: $CASELINE_DB, else cases.sqlite in the user's data "
           "folder)\n"
           "  --as USER         who acts (default: the staff member whose login is $USER,\n"
           "                    or on PostgreSQL the database login; else that login)\n"
           "  --json            machine-readable output\n"
           "  --notify          after a delivered action, e-mail the customer in their language\n"
           "  A case opened from email or complaint-form sends the customer an acknowledgement.\n"
           "\n"
           "Exit codes: 0 ok, 2 usage error or invalid input (nothing written), 3 some source\n"
           "failed (partial result printed) or an action is not delivered yet (it stays in the\n"
           "outbox), 4 not found, 5 the back-office refused an action, 6 the audit log is broken,\n"
           "7 someone else changed the case first (reload and try again; nothing was written),\n"
           "8 your role does not allow it (nothing was written; the refusal is audited).\n"
           "A refund above the approval threshold waits for a supervisor (approvals list).\n";
}

CliInvocation CliInvocation::parse(const std::vector<std::string> &arguments,
                                   Environment environment)
{
    // The same parser as the console's and the back-office's; the command words and their
    // arguments are its positional arguments.
    QCommandLineParser parser;
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption version(QStringLiteral("version"));
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption notify(QStringLiteral("notify"));
    parser.addOptions({help, version, json, notify});
    for (const std::string &name : valueOptions()) {
        parser.addOption(
            QCommandLineOption(QString::fromStdString(name), QString(), QStringLiteral("value")));
    }
    QStringList line{QStringLiteral("caseline-cli")};
    for (const std::string &argument : arguments) {
        line << QString::fromStdString(argument);
    }
    const bool parsed = parser.parse(line);
    // Asking for help or the version is never a usage error.
    if (parser.isSet(help)) {
        CliInvocation invocation;
        invocation.command = Command::Help;
        return invocation;
    }
    if (parser.isSet(version)) {
        CliInvocation invocation;
        invocation.command = Command::Version;
        return invocation;
    }
    if (const std::string wrong = misuse(parser, parsed, arguments); !wrong.empty()) {
        return failed(wrong);
    }

    CliInvocation invocation;
    invocation.json = parser.isSet(json);
    invocation.notify = parser.isSet(notify);
    for (const std::string &name : valueOptions()) {
        const QStringList values = parser.values(QString::fromStdString(name));
        if (values.isEmpty()) {
            continue;
        }
        // --order is repeatable; for every other option the last one counts.
        invocation.options[name] =
            (name == "order" ? values.join(QLatin1Char(',')) : values.last()).toStdString();
    }
    std::vector<std::string> positional;
    for (const QString &argument : parser.positionalArguments()) {
        positional.push_back(argument.toStdString());
    }
    if (positional.empty()) {
        return failed("no command given");
    }
    const Shape *shape = nullptr;
    for (const Shape &candidate : shapes()) {
        if (positional.size() >= candidate.words.size() &&
            std::equal(candidate.words.begin(), candidate.words.end(), positional.begin()) &&
            (!shape || candidate.words.size() > shape->words.size())) {
            shape = &candidate;
        }
    }
    if (!shape) {
        return failed("unknown command '" + positional[0] + "'");
    }
    invocation.command = shape->command;
    invocation.arguments.assign(positional.begin() + static_cast<long>(shape->words.size()),
                                positional.end());
    std::string commandText;
    for (const std::string &word : shape->words) {
        commandText += (commandText.empty() ? "" : " ") + word;
    }
    if (invocation.arguments.size() != shape->arguments) {
        return failed(commandText + (shape->arguments == 0
                                         ? " takes no arguments"
                                         : std::string(" needs ") + shape->argumentNames));
    }
    for (const std::string &value : invocation.arguments) {
        if (value.empty()) {
            return failed(commandText + " needs " + shape->argumentNames);
        }
    }
    invocation.backofficeUrl = invocation.option("backoffice");
    invocation.configPath = invocation.option("config");
    if (!invocation.backofficeUrl.empty() && !invocation.configPath.empty()) {
        return failed("give either --backoffice or --config, not both");
    }
    if (invocation.backofficeUrl.empty() && invocation.configPath.empty()) {
        invocation.backofficeUrl = environment("CASELINE_BACKOFFICE").value_or("");
        invocation.configPath = environment("CASELINE_CONFIG").value_or("");
        if (!invocation.backofficeUrl.empty() && !invocation.configPath.empty()) {
            invocation.configPath.clear(); // the simpler setting wins, as documented
        }
        if (invocation.backofficeUrl.empty() && invocation.configPath.empty()) {
            invocation.backofficeUrl = "http://127.0.0.1:8480";
        }
    }
    invocation.store = invocation.option("db");
    if (invocation.store.empty()) {
        invocation.store = environment("CASELINE_DB").value_or("");
    }
    invocation.actor = invocation.option("as");
    invocation.actorGiven = !invocation.actor.empty();
    if (invocation.actor.empty()) {
        invocation.actor = environment("USER").value_or("");
    }
    if (invocation.actor.empty()) {
        invocation.actor = "agent";
    }
    return invocation;
}

} // namespace caseline::cli
