// ExpectedFindings reads a story's NAME.expected.json: its families with their members and
// findings ("none" for none), and refuses, naming the place, what it cannot trust.
#include "ExpectedFindings.h"

#include "TempDirectory.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace caseline::test {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;

json stilettos()
{
    return json::parse(R"({
      "scenario": "stilettos",
      "story": "the replacement was cancelled, then delivered",
      "families": [
        {"order": "ORD-1001", "members": ["ORD-1001", "ORD-1001-R1"],
         "findings": [
           {"rule": "cancelled-but-shipped", "order": "ORD-1001-R1", "severity": "critical",
            "why": "payments cancelled it, the carrier delivered it",
            "evidence": ["orders:ORD-1001-R1:history:1", "delivery:SHP-1002:event:3"]}]},
        {"order": "ORD-2001", "findings": "none"}
      ]})");
}

// The message of the error reading `document`, or "" when it reads.
std::string refusal(const json &document)
{
    try {
        ExpectedFindings::fromJson(document, "test.expected.json");
    } catch (const std::exception &error) {
        return error.what();
    }
    return {};
}

TEST(ExpectedFindingsTest, ReadsFamiliesMembersAndFindings)
{
    const ExpectedFindings expected = ExpectedFindings::fromJson(stilettos(), "stilettos");
    EXPECT_EQ(expected.scenario(), "stilettos");
    ASSERT_EQ(expected.families().size(), 2u);
    const ExpectedFindings::Family &story = expected.families()[0];
    EXPECT_EQ(story.order, "ORD-1001");
    EXPECT_EQ(story.members, (std::vector<std::string>{"ORD-1001", "ORD-1001-R1"}));
    ASSERT_EQ(story.findings.size(), 1u);
    EXPECT_EQ(story.findings[0],
              (StoryFinding{"cancelled-but-shipped",
                            "ORD-1001-R1",
                            "critical",
                            {"orders:ORD-1001-R1:history:1", "delivery:SHP-1002:event:3"}}));
    const ExpectedFindings::Family &calm = expected.families()[1];
    EXPECT_EQ(calm.members, std::vector<std::string>{"ORD-2001"}) << "the order alone";
    EXPECT_TRUE(calm.findings.empty());
    EXPECT_EQ(expected.allFindings(), story.findings);
}

TEST(ExpectedFindingsTest, ReadsAFile)
{
    TempDirectory directory;
    const std::string path = directory.write("stilettos.expected.json", stilettos().dump(2));
    EXPECT_EQ(ExpectedFindings::fromFile(path).families().size(), 2u);
    EXPECT_THROW(ExpectedFindings::fromFile(directory.file("missing.expected.json")),
                 std::runtime_error);
    const std::string broken = directory.write("broken.expected.json", "{\"scenario\": ");
    EXPECT_THROW(ExpectedFindings::fromFile(broken), std::runtime_error);
}

TEST(ExpectedFindingsTest, RefusesWhatItCannotTrustAndSaysWhere)
{
    json document = stilettos();
    EXPECT_EQ(refusal(document), "");

    document = stilettos();
    document["families"][1]["findings"] = json::array();
    EXPECT_THAT(refusal(document), HasSubstr("families[1].findings: must be a non-empty list"))
        << "no findings are written \"none\"";

    document = stilettos();
    document["families"][0]["findings"][0]["severity"] = "urgent";
    EXPECT_THAT(refusal(document), HasSubstr("families[0].findings[0]: severity \"urgent\""));

    document = stilettos();
    document["families"][0]["findings"][0]["evidence"] = json::array();
    EXPECT_THAT(refusal(document), HasSubstr("families[0].findings[0].evidence"));

    document = stilettos();
    document["families"][0]["findings"][0]["rules"] = "typo";
    EXPECT_THAT(refusal(document), HasSubstr("unknown key \"rules\""));

    document = stilettos();
    document["families"][0].erase("findings");
    EXPECT_THAT(refusal(document), HasSubstr("\"findings\" is missing"));

    document = stilettos();
    document["families"][0]["members"] = {"ORD-1001-R1"};
    EXPECT_THAT(refusal(document), HasSubstr("the members do not include ORD-1001"));

    document = stilettos();
    document["families"][1]["members"] = {"ORD-2001", "ORD-1001-R1"};
    EXPECT_THAT(refusal(document), HasSubstr("ORD-1001-R1 is in two families"));

    document = stilettos();
    document.erase("scenario");
    EXPECT_THAT(refusal(document), HasSubstr("test.expected.json: the document: \"scenario\""));
}

} // namespace
} // namespace caseline::test
