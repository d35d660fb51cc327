#include "timeline/EscalationOverdueRule.h"

#include "TimelineTestFacts.h"

#include <gtest/gtest.h>

using namespace caseline;
using namespace caseline::test;

namespace {

Escalation toFinance(Escalation::State state, const std::string &due)
{
    Escalation escalation;
    escalation.id = 7;
    escalation.caseId = 12;
    escalation.department = "finance";
    escalation.reason = "refund and replacement both issued";
    escalation.state = state;
    escalation.openedBy = "anna";
    escalation.openedAt = at("2026-10-18T09:00:00Z");
    escalation.dueAt = at(due);
    return escalation;
}

OrderFacts withEscalation(const Escalation &escalation)
{
    OrderFacts facts;
    facts.escalations = {escalation};
    return facts;
}

} // namespace

TEST(EscalationOverdueRule, FlagsAnOpenEscalationPastItsDueTime)
{
    const auto alerts = EscalationOverdueRule().evaluate(
        withEscalation(toFinance(Escalation::State::Open, "2026-10-20T09:00:00Z")), asOf());
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].rule, "escalation-overdue");
    EXPECT_EQ(alerts[0].severity, AlertSeverity::Warning); // 3 h late
    EXPECT_TRUE(mentions(alerts[0].message, "finance")) << alerts[0].message;
    EXPECT_TRUE(mentions(alerts[0].message, "3 h")) << alerts[0].message;
    EXPECT_EQ(alerts[0].evidence, std::vector<std::string>{"case:escalation:7"});
    EXPECT_TRUE(contains(alerts[0].suggestedActions, "escalate:supervisors"));
    EXPECT_EQ(alerts[0].orderId, "CASE-12");
}

TEST(EscalationOverdueRule, AnAcceptedEscalationIsStillOwedAndGrowsCritical)
{
    const auto alerts = EscalationOverdueRule().evaluate(
        withEscalation(toFinance(Escalation::State::Accepted, "2026-10-18T10:00:00Z")), asOf());
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].severity, AlertSeverity::Critical); // two days late
}

TEST(EscalationOverdueRule, StaysSilentBeforeTheDueTimeAndOnceAnswered)
{
    EXPECT_TRUE(
        EscalationOverdueRule()
            .evaluate(withEscalation(toFinance(Escalation::State::Open, "2026-10-20T12:00:01Z")),
                      asOf())
            .empty());
    for (auto state : {Escalation::State::Resolved, Escalation::State::Returned}) {
        EXPECT_TRUE(EscalationOverdueRule()
                        .evaluate(withEscalation(toFinance(state, "2026-10-10T09:00:00Z")), asOf())
                        .empty());
    }
}
