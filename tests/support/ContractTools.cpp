#include "ContractTools.h"

#include "ExternalCommand.h"
#include "TempDirectory.h"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <unistd.h>

namespace caseline::test {

namespace {

std::string sourceDir()
{
    const char *fromEnvironment = std::getenv("CASELINE_SOURCE_DIR");
    return fromEnvironment && *fromEnvironment ? fromEnvironment : CASELINE_SOURCE_DIR;
}

} // namespace

std::string ContractTools::directory()
{
    return sourceDir() + "/tests/contract";
}

std::string ContractTools::backofficeDocument()
{
    return sourceDir() + "/resources/api/backoffice.yaml";
}

std::string ContractTools::tool(const std::string &name)
{
    const std::string path = directory() + "/node_modules/.bin/" + name;
    if (::access(path.c_str(), X_OK) != 0) {
        throw std::runtime_error(name + " is not installed at " + path +
                                 ": run `npm ci --prefix tests/contract` (installer/"
                                 "install-deps.sh does)");
    }
    return path;
}

std::string ContractTools::node()
{
    const std::string found = ExternalCommand::which("node");
    if (found.empty()) {
        throw std::runtime_error("node is not installed (installer/install-deps.sh installs it)");
    }
    return found;
}

std::string ContractTools::readText(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

nlohmann::json ContractTools::readYaml(const std::string &path)
{
    TempDirectory work("caseline-yaml");
    const std::string json = work.file("document.json");
    const std::string log = work.file("yaml.log");
    // The yaml tool reads standard input; a shell gives it the file (paths as arguments, never
    // spliced into the script).
    const ExternalCommand command({"/bin/sh", "-c",
                                   "exec \"$0\" --json --single --strict < \"$1\" > \"$2\"",
                                   tool("yaml"), path, json});
    const std::string failure = command.run(log, work.path().string(), 60000);
    if (!failure.empty()) {
        throw std::runtime_error("yaml cannot read " + path + " (" + failure +
                                 "): " + readText(log));
    }
    return nlohmann::json::parse(readText(json));
}

nlohmann::json ContractTools::lint(const std::string &path)
{
    TempDirectory work("caseline-lint");
    const std::string found = work.file("findings.json");
    const std::string log = work.file("spectral.log");
    const ExternalCommand command({tool("spectral"), "lint", path, "--ruleset",
                                   directory() + "/.spectral.yaml", "--format", "json", "--output",
                                   found, "--quiet"});
    // Spectral exits 1 when it finds something: its findings say what.
    const std::string failure = command.run(log, work.path().string(), 120000);
    const std::string text = readText(found);
    if (text.empty()) {
        throw std::runtime_error("spectral wrote no findings on " + path + " (" + failure +
                                 "): " + readText(log));
    }
    return nlohmann::json::parse(text);
}

} // namespace caseline::test
