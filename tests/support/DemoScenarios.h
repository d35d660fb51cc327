#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace caseline::test {

// The demo scenarios the product ships (resources/demo/NAME.json, embedded for --demo) and,
// beside each, the findings its story expects of the watchdog (NAME.expected.json).
class DemoScenarios
{
public:
    struct File
    {
        std::string name; // "stilettos.json"
        std::filesystem::path path;
        nlohmann::json document; // discarded when the file is no JSON
    };

    // $CASELINE_SOURCE_DIR/resources/demo (else the source tree the tests were built from).
    static std::filesystem::path directory();
    // Every scenario file, by name; the expected findings are not scenarios.
    static const std::vector<File> &all();
    static std::vector<std::string> names();
    // nullptr when there is no such scenario.
    static const File *find(const std::string &name);
    static std::filesystem::path expectedFindingsOf(const File &scenario);
    static bool isScenario(const std::filesystem::path &path);
};

} // namespace caseline::test
