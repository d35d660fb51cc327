#pragma once

#include <gtest/gtest.h>
#include <ostream>
#include <string>
#include <vector>

namespace caseline::test {

// A finding of the watchdog as a story's expectations name it: the rule, the order it is about,
// how severe, and the timeline events that prove it (TimelineEvent refs; their order does not
// matter). Nothing of the wording: a story expects contradictions, not sentences.
struct StoryFinding
{
    std::string rule;
    std::string order;
    std::string severity; // "info", "warning" or "critical"
    std::vector<std::string> evidence;

    // "critical cancelled-but-shipped on ORD-1001-R1, evidence: delivery:SHP-1002:event:1, ..."
    std::string describe() const;

    friend bool operator==(const StoryFinding &a, const StoryFinding &b);
    // GoogleTest prints a finding as its line.
    friend void PrintTo(const StoryFinding &finding, std::ostream *out)
    {
        *out << finding.describe();
    }
};

// Whether the watchdog found exactly what was expected, in any order. When not, the failure
// lists what was found and what was expected, then what is missing and what is unexpected.
::testing::AssertionResult sameFindings(const std::vector<StoryFinding> &found,
                                        const std::vector<StoryFinding> &expected);

} // namespace caseline::test
