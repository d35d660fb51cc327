#include "timeline/ConflictWatchdog.h"

#include "TimelineTestFacts.h"

#include <gtest/gtest.h>

using namespace caseline;
using namespace caseline::test;
using namespace std::chrono_literals;

namespace {

// A rule that always reports one info alert, to show that adding a rule is one line.
class AlwaysRule : public ConflictRule
{
public:
    std::string id() const override { return "always"; }
    std::vector<Alert> evaluate(const OrderFacts &, const QDateTime &) const override
    {
        Alert alert;
        alert.rule = id();
        alert.severity = AlertSeverity::Info;
        return {alert};
    }
};

} // namespace

TEST(ConflictWatchdog, ShipsTheSevenRules)
{
    std::vector<std::string> ids = ConflictWatchdog::withDefaultRules().ruleIds();
    std::sort(ids.begin(), ids.end());
    EXPECT_EQ(ids, (std::vector<std::string>{"cancelled-but-shipped", "contradicting-messages",
                                             "duplicate-compensation", "escalation-overdue",
                                             "missed-delivery-window", "promised-label-missing",
                                             "refund-while-shipping"}));
}

TEST(ConflictWatchdog, SortsAlertsBySeverityThenRule)
{
    const std::vector<Alert> alerts =
        ConflictWatchdog::withDefaultRules().evaluate(stilettos(), asOf());
    std::vector<std::string> rules;
    for (const Alert &alert : alerts) {
        rules.push_back(alert.rule);
    }
    EXPECT_EQ(rules, (std::vector<std::string>{"cancelled-but-shipped", "duplicate-compensation",
                                               "refund-while-shipping", "contradicting-messages",
                                               "promised-label-missing"}));
    EXPECT_EQ(alerts.front().severity, AlertSeverity::Critical);
    EXPECT_EQ(alerts.back().severity, AlertSeverity::Warning);
}

TEST(ConflictWatchdog, PassesTheLabelGraceToItsRule)
{
    const QDateTime fourDaysAfterPromise = at("2026-10-19T10:00:00Z");
    EXPECT_EQ(
        countRule(ConflictWatchdog::withDefaultRules().evaluate(stilettos(), fourDaysAfterPromise),
                  "promised-label-missing"),
        1u);
    EXPECT_EQ(countRule(ConflictWatchdog::withDefaultRules(7 * 24h).evaluate(stilettos(),
                                                                             fourDaysAfterPromise),
                        "promised-label-missing"),
              0u);
}

TEST(ConflictWatchdog, RunsAddedRulesAndPutsInfoLast)
{
    ConflictWatchdog watchdog = ConflictWatchdog::withDefaultRules();
    watchdog.add(std::make_unique<AlwaysRule>());
    const std::vector<Alert> alerts = watchdog.evaluate(stilettos(), asOf());
    ASSERT_FALSE(alerts.empty());
    EXPECT_EQ(alerts.back().rule, "always");
}

TEST(ConflictWatchdog, StaysSilentOnAnOrdinaryOrderAndOnNoFacts)
{
    const ConflictWatchdog watchdog = ConflictWatchdog::withDefaultRules();
    EXPECT_TRUE(watchdog.evaluate(OrderFacts{}, asOf()).empty());
    EXPECT_TRUE(
        watchdog.evaluate(plainOrder(OrderStatus::Delivered, ShipmentStatus::Delivered), asOf())
            .empty());
}

TEST(ConflictWatchdog, DoesNotJudgeAbsenceInASystemThatCouldNotBeRead)
{
    // Returns unreadable: "no return label exists" and "no return under way" cannot be known.
    OrderFacts facts = stilettos();
    facts.returns.clear();
    std::vector<std::string> notJudged;
    const std::vector<Alert> alerts = ConflictWatchdog::withDefaultRules().evaluate(
        facts, asOf(), {BackofficeSystem::Returns}, &notJudged);
    EXPECT_EQ(countRule(alerts, "promised-label-missing"), 0u);
    EXPECT_EQ(countRule(alerts, "refund-while-shipping"), 0u);
    // Rules built on what systems did say still run.
    EXPECT_EQ(countRule(alerts, "cancelled-but-shipped"), 1u);
    EXPECT_EQ(countRule(alerts, "contradicting-messages"), 1u);
    std::sort(notJudged.begin(), notJudged.end());
    EXPECT_EQ(notJudged,
              (std::vector<std::string>{"promised-label-missing", "refund-while-shipping"}));

    notJudged.clear();
    const std::vector<Alert> all =
        ConflictWatchdog::withDefaultRules().evaluate(facts, asOf(), {}, &notJudged);
    EXPECT_EQ(countRule(all, "promised-label-missing"), 1u);
    EXPECT_TRUE(notJudged.empty());
}
