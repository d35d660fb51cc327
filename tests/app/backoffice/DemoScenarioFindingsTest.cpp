// The demo scenarios are the acceptance test of the watchdog. Each scenario file is loaded by the
// real reference back-office (its ScenarioLoader) and served over HTTP; the real
// TimelineAssembler fetches every order family through the reference connectors and the real
// ConflictWatchdog judges it. What it finds must be what the story beside the scenario expects
// (resources/demo/NAME.expected.json): the stories their contradictions, the ordinary orders none.
#include "BackofficeServer.h"
#include "DemoScenarios.h"
#include "ExpectedFindings.h"
#include "ManualClock.h"
#include "StoryFinding.h"
#include "WaitUntil.h"
#include "backoffice/BackofficeConnectors.h"
#include "backoffice/CurlTransport.h"
#include "domain/Rfc3339.h"
#include "timeline/ConflictWatchdog.h"
#include "timeline/TimelineAssembler.h"
#include "timeline/TimelineCache.h"

#include <QCoreApplication>
#include <algorithm>
#include <filesystem>
#include <gtest/gtest.h>
#include <optional>
#include <set>

namespace caseline::test {
namespace {

// The one place that reads the watchdog's findings: a story names rule, order, severity and
// evidence, never the wording.
StoryFinding storyFinding(const Alert &alert)
{
    return {alert.rule, alert.orderId, toString(alert.severity), alert.evidence};
}

template<typename Findings>
std::vector<StoryFinding> storyFindings(const Findings &found)
{
    std::vector<StoryFinding> findings;
    for (const auto &finding : found) {
        findings.push_back(storyFinding(finding));
    }
    return findings;
}

// The real watchdog with every rule Caseline ships, as the assembler runs it.
std::vector<StoryFinding> judge(const OrderFacts &facts, const QDateTime &now)
{
    return storyFindings(ConflictWatchdog::withDefaultRules().evaluate(facts, now));
}

std::set<std::string> orderIds(const OrderFacts &facts)
{
    std::set<std::string> ids;
    for (const Order &order : facts.orders) {
        ids.insert(order.id);
    }
    return ids;
}

std::string sourcesOf(const OrderTimeline &timeline)
{
    std::string text;
    for (const SourceStatus &source : timeline.sources) {
        text += "\n  " + toString(source.system) + ": " +
                (source.state == SourceStatus::State::Ok ? "ok" : source.error);
    }
    return text;
}

class DemoScenarioFindingsTest : public ::testing::TestWithParam<std::string>
{
protected:
    void SetUp() override
    {
        scenario = DemoScenarios::find(GetParam());
        ASSERT_NE(scenario, nullptr) << GetParam();
        ASSERT_TRUE(scenario->document.is_object()) << scenario->name << " is not JSON";
        try {
            expected = ExpectedFindings::fromFile(DemoScenarios::expectedFindingsOf(*scenario));
        } catch (const std::exception &error) {
            FAIL() << error.what();
        }
        EXPECT_EQ(expected.scenario(), scenario->document.value("id", ""));
        const std::string asOfText = scenario->document.value("asOf", "");
        const std::optional<QDateTime> parsed = Rfc3339::parse(asOfText);
        ASSERT_TRUE(parsed) << scenario->name << " has no asOf";
        asOf = *parsed;
        // With its clock frozen at the scenario's asOf, the back-office serves every time as the
        // file has it, and the watchdog judges at that moment.
        ASSERT_TRUE(server.start({"--scenario", scenario->path.string(), "--clock", asOfText}))
            << server.error();
        clock.set(asOf);
        config.emplace(server.config());
        connectors.emplace(BackofficeConnectors::reference(*config, transport));
        assembler.emplace(*connectors, clock, cache);
        for (const ExpectedFindings::Family &family : expected.families()) {
            timelines.push_back(assemble(family.order));
        }
    }

    OrderTimeline assemble(const std::string &orderId)
    {
        QFuture<OrderTimeline> future = assembler->assemble(orderId);
        EXPECT_TRUE(waitUntil([&] { return future.isFinished(); }, "the timeline of " + orderId));
        return future.isFinished() ? future.result() : OrderTimeline{};
    }

    int argc = 1;
    char name[25] = "DemoScenarioFindingsTest";
    char *argv[2] = {name, nullptr};
    QCoreApplication application{argc, argv};
    const DemoScenarios::File *scenario = nullptr;
    ExpectedFindings expected;
    QDateTime asOf;
    BackofficeServer server;
    ManualClock clock;
    CurlTransport transport;
    std::optional<BackofficeConfig> config;
    std::optional<BackofficeConnectors> connectors;
    TimelineCache cache;
    std::optional<TimelineAssembler> assembler;
    std::vector<OrderTimeline> timelines; // one per expected family, in the file's order
};

TEST_P(DemoScenarioFindingsTest, TheWatchdogFindsWhatTheStoryTells)
{
    for (std::size_t i = 0; i < timelines.size(); ++i) {
        const ExpectedFindings::Family &family = expected.families()[i];
        const OrderTimeline &timeline = timelines[i];
        ASSERT_TRUE(timeline.found) << family.order << " is not served";
        EXPECT_FALSE(timeline.anySourceFailed()) << family.order << sourcesOf(timeline);
        EXPECT_TRUE(timeline.notJudged.empty()) << family.order;
        EXPECT_EQ(orderIds(timeline.facts),
                  std::set<std::string>(family.members.begin(), family.members.end()))
            << "the family of " << family.order;
        EXPECT_TRUE(sameFindings(storyFindings(timeline.alerts), family.findings))
            << "judging the family of " << family.order << " in " << scenario->name;
    }
}

// The back-office shifts a scenario by whole days so that its asOf falls on today: a console
// judging with the wall clock sees the data at any moment of [asOf, asOf + 24 h).
TEST_P(DemoScenarioFindingsTest, TheFindingsHoldAtEveryHourOfTheDemoDay)
{
    std::vector<qint64> offsets;
    for (qint64 minutes = 30; minutes < 24 * 60; minutes += 30) {
        offsets.push_back(minutes * 60);
    }
    offsets.push_back(24 * 3600 - 1);
    for (const qint64 offset : offsets) {
        for (std::size_t i = 0; i < timelines.size(); ++i) {
            const ExpectedFindings::Family &family = expected.families()[i];
            EXPECT_TRUE(
                sameFindings(judge(timelines[i].facts, asOf.addSecs(offset)), family.findings))
                << "judging the family of " << family.order << " at asOf + " << offset / 60
                << " min";
        }
    }
}

TEST_P(DemoScenarioFindingsTest, EveryOrderIsJudgedInItsFamily)
{
    std::set<std::string> inScenario;
    for (const nlohmann::json &order : scenario->document.value("orders", nlohmann::json())) {
        inScenario.insert(order.value("id", ""));
    }
    std::set<std::string> judged;
    for (const ExpectedFindings::Family &family : expected.families()) {
        judged.insert(family.members.begin(), family.members.end());
    }
    EXPECT_EQ(judged, inScenario) << "every order of " << scenario->name
                                  << " belongs to exactly one family of its expected findings";
}

// A customer view merges all their orders: one family's facts must not raise or hide another's.
TEST_P(DemoScenarioFindingsTest, FamiliesJudgedTogetherDoNotLeakIntoEachOther)
{
    OrderFacts all;
    for (const OrderTimeline &timeline : timelines) {
        all.add(timeline.facts);
    }
    EXPECT_TRUE(sameFindings(judge(all, asOf), expected.allFindings()));
}

INSTANTIATE_TEST_SUITE_P(DemoScenarios, DemoScenarioFindingsTest,
                         ::testing::ValuesIn(DemoScenarios::names()),
                         [](const ::testing::TestParamInfo<std::string> &info) {
                             return std::filesystem::path(info.param).stem().string();
                         });

TEST(DemoScenarioExpectations, EveryScenarioHasItsExpectedFindingsAndNoneIsLeftOver)
{
    ASSERT_GE(DemoScenarios::all().size(), 5u) << DemoScenarios::directory();
    std::set<std::string> wanted;
    for (const DemoScenarios::File &file : DemoScenarios::all()) {
        const std::filesystem::path path = DemoScenarios::expectedFindingsOf(file);
        EXPECT_TRUE(std::filesystem::exists(path)) << file.name << " has no " << path.filename();
        wanted.insert(path.filename().string());
    }
    for (const auto &entry : std::filesystem::directory_iterator(DemoScenarios::directory())) {
        const std::string name = entry.path().filename().string();
        if (name.ends_with(".expected.json")) {
            EXPECT_TRUE(wanted.contains(name)) << name << " belongs to no scenario";
        }
    }
}

} // namespace
} // namespace caseline::test
