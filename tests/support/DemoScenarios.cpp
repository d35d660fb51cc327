#include "DemoScenarios.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>

#ifndef CASELINE_SOURCE_DIR
#define CASELINE_SOURCE_DIR "."
#endif

namespace caseline::test {

std::filesystem::path DemoScenarios::directory()
{
    const char *fromEnvironment = std::getenv("CASELINE_SOURCE_DIR");
    const std::filesystem::path source =
        fromEnvironment && *fromEnvironment ? fromEnvironment : CASELINE_SOURCE_DIR;
    return source / "resources" / "demo";
}

bool DemoScenarios::isScenario(const std::filesystem::path &path)
{
    return path.extension() == ".json" && !path.filename().string().ends_with(".expected.json");
}

const std::vector<DemoScenarios::File> &DemoScenarios::all()
{
    static const std::vector<File> files = [] {
        std::vector<File> found;
        // A missing folder lists nothing (the tests that need scenarios then say so) rather
        // than throwing while GoogleTest registers the tests.
        std::error_code missing;
        for (const auto &entry : std::filesystem::directory_iterator(directory(), missing)) {
            if (!isScenario(entry.path())) {
                continue;
            }
            std::ifstream in(entry.path());
            found.push_back({entry.path().filename().string(), entry.path(),
                             nlohmann::json::parse(in, nullptr, false)});
        }
        std::sort(found.begin(), found.end(),
                  [](const File &a, const File &b) { return a.name < b.name; });
        return found;
    }();
    return files;
}

std::vector<std::string> DemoScenarios::names()
{
    std::vector<std::string> result;
    for (const File &file : all()) {
        result.push_back(file.name);
    }
    return result;
}

const DemoScenarios::File *DemoScenarios::find(const std::string &name)
{
    for (const File &file : all()) {
        if (file.name == name) {
            return &file;
        }
    }
    return nullptr;
}

std::filesystem::path DemoScenarios::expectedFindingsOf(const File &scenario)
{
    return scenario.path.parent_path() / (scenario.path.stem().string() + ".expected.json");
}

} // namespace caseline::test
