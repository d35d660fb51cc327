// DemoScenarios lists the scenario files of resources/demo/ (not the expected findings beside
// them) and finds each one's NAME.expected.json.
#include "DemoScenarios.h"

#include <gtest/gtest.h>

namespace caseline::test {
namespace {

TEST(DemoScenariosTest, ListsTheShippedScenariosWithoutTheirExpectations)
{
    EXPECT_EQ(DemoScenarios::names(),
              (std::vector<std::string>{"furniture.json", "ordinary.json", "reseller.json",
                                        "stilettos.json", "vacuum.json"}));
    for (const DemoScenarios::File &file : DemoScenarios::all()) {
        EXPECT_TRUE(file.document.is_object()) << file.name;
        EXPECT_EQ(file.path.parent_path(), DemoScenarios::directory());
    }
}

TEST(DemoScenariosTest, FindsAScenarioAndItsExpectedFindings)
{
    const DemoScenarios::File *stilettos = DemoScenarios::find("stilettos.json");
    ASSERT_NE(stilettos, nullptr);
    EXPECT_EQ(stilettos->document.value("id", ""), "stilettos");
    EXPECT_EQ(DemoScenarios::expectedFindingsOf(*stilettos),
              DemoScenarios::directory() / "stilettos.expected.json");
    EXPECT_EQ(DemoScenarios::find("stilettos.expected.json"), nullptr);
    EXPECT_EQ(DemoScenarios::find("nowhere.json"), nullptr);
}

TEST(DemoScenariosTest, TellsScenariosFromExpectations)
{
    EXPECT_TRUE(DemoScenarios::isScenario("resources/demo/vacuum.json"));
    EXPECT_FALSE(DemoScenarios::isScenario("resources/demo/vacuum.expected.json"));
    EXPECT_FALSE(DemoScenarios::isScenario("resources/demo/README.md"));
}

} // namespace
} // namespace caseline::test
