#pragma once

#include "StoryFinding.h"

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace caseline::test {

// What a demo scenario's story expects of the watchdog (NAME.expected.json beside the scenario):
//
//   {
//     "scenario": "stilettos",                   the scenario's id
//     "story": "...",                            optional: the story in a sentence or two
//     "families": [                              every order family of the scenario
//       {"order": "ORD-1001",                    the order its timeline is assembled for
//        "members": ["ORD-1001", "ORD-1001-R1"], optional: its orders (default: the order alone)
//        "findings": "none"                      or a list of
//          {"rule": "cancelled-but-shipped", "order": "ORD-1001-R1", "severity": "critical",
//           "evidence": ["orders:ORD-1001-R1:history:1", ...], "why": "optional, in words"}}
//     ]
//   }
//
// No findings are written "none", so an empty list cannot be mistaken for a forgotten one.
// Unknown keys are errors, so a misspelt one is not silently ignored.
class ExpectedFindings
{
public:
    struct Family
    {
        std::string order;
        std::vector<std::string> members;
        std::vector<StoryFinding> findings;
    };

    // Both throw std::runtime_error naming the file and the place that is wrong.
    static ExpectedFindings fromJson(const nlohmann::json &document, const std::string &origin);
    static ExpectedFindings fromFile(const std::filesystem::path &path);

    const std::string &scenario() const { return m_scenario; }
    const std::vector<Family> &families() const { return m_families; }
    // The findings of every family in one list.
    std::vector<StoryFinding> allFindings() const;

private:
    std::string m_scenario;
    std::vector<Family> m_families;
};

} // namespace caseline::test
