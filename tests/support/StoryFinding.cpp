#include "StoryFinding.h"

#include <algorithm>
#include <tuple>

namespace caseline::test {

namespace {

StoryFinding normalized(StoryFinding finding)
{
    std::sort(finding.evidence.begin(), finding.evidence.end());
    return finding;
}

bool before(const StoryFinding &a, const StoryFinding &b)
{
    return std::tie(a.rule, a.order, a.severity, a.evidence) <
           std::tie(b.rule, b.order, b.severity, b.evidence);
}

std::vector<StoryFinding> sorted(const std::vector<StoryFinding> &findings)
{
    std::vector<StoryFinding> result;
    for (const StoryFinding &finding : findings) {
        result.push_back(normalized(finding));
    }
    std::sort(result.begin(), result.end(), before);
    return result;
}

void list(::testing::AssertionResult &result, const char *title,
          const std::vector<StoryFinding> &findings)
{
    result << "\n  " << title << ":";
    if (findings.empty()) {
        result << " none";
    }
    for (const StoryFinding &finding : findings) {
        result << "\n    " << finding.describe();
    }
}

} // namespace

std::string StoryFinding::describe() const
{
    std::string text = severity + " " + rule + " on " + order + ", evidence:";
    if (evidence.empty()) {
        text += " none";
    }
    for (std::size_t i = 0; i < evidence.size(); ++i) {
        text += (i == 0 ? " " : ", ") + evidence[i];
    }
    return text;
}

bool operator==(const StoryFinding &a, const StoryFinding &b)
{
    const StoryFinding left = normalized(a);
    const StoryFinding right = normalized(b);
    return std::tie(left.rule, left.order, left.severity, left.evidence) ==
           std::tie(right.rule, right.order, right.severity, right.evidence);
}

::testing::AssertionResult sameFindings(const std::vector<StoryFinding> &found,
                                        const std::vector<StoryFinding> &expected)
{
    const std::vector<StoryFinding> actual = sorted(found);
    const std::vector<StoryFinding> wanted = sorted(expected);
    if (actual == wanted) {
        return ::testing::AssertionSuccess();
    }
    std::vector<StoryFinding> missing;
    std::set_difference(wanted.begin(), wanted.end(), actual.begin(), actual.end(),
                        std::back_inserter(missing), before);
    std::vector<StoryFinding> unexpected;
    std::set_difference(actual.begin(), actual.end(), wanted.begin(), wanted.end(),
                        std::back_inserter(unexpected), before);
    ::testing::AssertionResult result = ::testing::AssertionFailure();
    result << "the watchdog found " << actual.size() << " findings, the story expects "
           << wanted.size();
    list(result, "found", actual);
    list(result, "expected", wanted);
    list(result, "missing (expected, not found)", missing);
    list(result, "unexpected (found, not expected)", unexpected);
    return result;
}

} // namespace caseline::test
