#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace caseline::test {

// One run of caseline-cli (from $CASELINE_BIN_DIR or the build's bin folder) as a child
// process, with its exit code and output.
struct CliRun
{
    int exitCode = -1; // -1: did not start, crashed or timed out
    std::string out;
    std::string err;

    nlohmann::json parsed() const { return nlohmann::json::parse(out, nullptr, false); }

    static CliRun run(const std::vector<std::string> &arguments, int timeoutMs = 120000);
    static std::string program();
};

} // namespace caseline::test
