#pragma once

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
        Help,
        Version
    };

    Command command = Command::Help;
    std::string argument; // the search query or the order id
    bool json = false;
    std::string backofficeUrl; // --backoffice, else $CASELINE_BACKOFFICE
    std::string configPath;    // --config, else $CASELINE_CONFIG
    std::string error;         // set when the command line is wrong (exit code 2)

    // `arguments` without the program name; `environment` looks up CASELINE_BACKOFFICE and
    // CASELINE_CONFIG.
    static CliInvocation parse(const std::vector<std::string> &arguments,
                               std::optional<std::string> (*environment)(const char *));
    static std::string usage();
};

} // namespace caseline::cli
