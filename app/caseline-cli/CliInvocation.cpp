#include "CliInvocation.h"

namespace caseline::cli {

namespace {

CliInvocation failed(std::string message)
{
    CliInvocation invocation;
    invocation.error = std::move(message);
    return invocation;
}

} // namespace

std::string CliInvocation::usage()
{
    return "Usage:\n"
           "  caseline-cli [--backoffice URL | --config FILE] search QUERY [--json]\n"
           "  caseline-cli [--backoffice URL | --config FILE] timeline ORDER_ID [--json]\n"
           "  caseline-cli --help | --version\n"
           "\n"
           "  search     customers matching a name, e-mail, phone, order or tracking number,\n"
           "             with their orders\n"
           "  timeline   the unified timeline of an order and its replacements, alerts first\n"
           "\n"
           "  --backoffice URL  every system in the reference layout of one server\n"
           "                    (default: $CASELINE_BACKOFFICE, else http://127.0.0.1:8480)\n"
           "  --config FILE     per-system URLs, tokens and timeouts (JSON; see the README)\n"
           "                    (default: $CASELINE_CONFIG)\n"
           "  --json            machine-readable output\n"
           "\n"
           "Exit codes: 0 ok, 2 usage error, 3 some source failed (partial result printed),\n"
           "4 not found.\n";
}

CliInvocation CliInvocation::parse(const std::vector<std::string> &arguments,
                                   std::optional<std::string> (*environment)(const char *))
{
    CliInvocation invocation;
    std::vector<std::string> positional;
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string &argument = arguments[i];
        const auto value = [&]() -> std::optional<std::string> {
            if (i + 1 >= arguments.size() || arguments[i + 1].empty()) {
                return std::nullopt;
            }
            return arguments[++i];
        };
        if (argument == "--help" || argument == "-h") {
            invocation.command = Command::Help;
            return invocation;
        }
        if (argument == "--version") {
            invocation.command = Command::Version;
            return invocation;
        }
        if (argument == "--json") {
            invocation.json = true;
        } else if (argument == "--backoffice" || argument == "--config") {
            const std::optional<std::string> given = value();
            if (!given) {
                return failed(argument + " needs a value");
            }
            (argument == "--backoffice" ? invocation.backofficeUrl : invocation.configPath) =
                *given;
        } else if (argument.size() > 1 && argument.front() == '-') {
            return failed("unknown option " + argument);
        } else {
            positional.push_back(argument);
        }
    }
    if (!invocation.backofficeUrl.empty() && !invocation.configPath.empty()) {
        return failed("give either --backoffice or --config, not both");
    }
    if (positional.empty()) {
        return failed("no command given");
    }
    if (positional[0] == "search") {
        invocation.command = Command::Search;
    } else if (positional[0] == "timeline") {
        invocation.command = Command::Timeline;
    } else {
        return failed("unknown command '" + positional[0] + "'");
    }
    if (positional.size() != 2 || positional[1].empty()) {
        return failed(positional[0] + (invocation.command == Command::Search
                                           ? " needs exactly one QUERY"
                                           : " needs exactly one ORDER_ID"));
    }
    invocation.argument = positional[1];
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
    return invocation;
}

} // namespace caseline::cli
