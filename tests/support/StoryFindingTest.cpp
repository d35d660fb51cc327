// StoryFinding: a finding as a story names it (rule, order, severity, evidence in any order),
// and sameFindings, which says in readable lines what was found, what was expected, what is
// missing and what is unexpected.
#include "StoryFinding.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace caseline::test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

const StoryFinding shipped{"cancelled-but-shipped",
                           "ORD-1001-R1",
                           "critical",
                           {"orders:ORD-1001-R1:history:1", "delivery:SHP-1002:event:3"}};
const StoryFinding label{
    "promised-label-missing", "ORD-1001", "warning", {"notifications:MSG-1003"}};

TEST(StoryFindingTest, ReadsAsOneLine)
{
    EXPECT_EQ(shipped.describe(), "critical cancelled-but-shipped on ORD-1001-R1, evidence: "
                                  "orders:ORD-1001-R1:history:1, delivery:SHP-1002:event:3");
}

TEST(StoryFindingTest, TheOrderOfTheEvidenceDoesNotMatterItsContentDoes)
{
    StoryFinding reordered = shipped;
    std::swap(reordered.evidence[0], reordered.evidence[1]);
    EXPECT_EQ(reordered, shipped);
    StoryFinding other = shipped;
    other.evidence.back() = "delivery:SHP-1002:event:2";
    EXPECT_FALSE(other == shipped);
    StoryFinding milder = shipped;
    milder.severity = "warning";
    EXPECT_FALSE(milder == shipped);
}

TEST(StoryFindingTest, TheSameFindingsInAnotherOrderMatch)
{
    EXPECT_TRUE(sameFindings({shipped, label}, {label, shipped}));
    EXPECT_TRUE(sameFindings({}, {}));
}

TEST(StoryFindingTest, AMismatchListsFoundExpectedMissingAndUnexpected)
{
    StoryFinding late = label;
    late.order = "ORD-1001-R1";
    const ::testing::AssertionResult result = sameFindings({shipped, late}, {shipped, label});
    ASSERT_FALSE(result);
    const std::string text = result.message();
    EXPECT_THAT(text, HasSubstr("the watchdog found 2 findings, the story expects 2"));
    EXPECT_THAT(text, HasSubstr("\n  found:\n    critical cancelled-but-shipped on ORD-1001-R1"));
    EXPECT_THAT(text, HasSubstr("\n  missing (expected, not found):\n    " + label.describe()));
    EXPECT_THAT(text, HasSubstr("\n  unexpected (found, not expected):\n    " + late.describe()));
    // What both have is in the lists of found and expected, not among the differences.
    EXPECT_THAT(text.substr(text.find("\n  missing (")), Not(HasSubstr("cancelled-but-shipped")));
}

TEST(StoryFindingTest, NothingFoundWhereSomethingWasExpectedSaysNone)
{
    const ::testing::AssertionResult result = sameFindings({}, {label});
    ASSERT_FALSE(result);
    EXPECT_THAT(std::string(result.message()), HasSubstr("\n  found: none"));
    EXPECT_THAT(std::string(result.message()),
                HasSubstr("\n  unexpected (found, not expected): none"));
    EXPECT_FALSE(sameFindings({label, label}, {label})) << "a finding raised twice is one too many";
}

} // namespace
} // namespace caseline::test
