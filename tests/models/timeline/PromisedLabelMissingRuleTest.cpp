#include "timeline/PromisedLabelMissingRule.h"

#include "TimelineTestFacts.h"

#include <gtest/gtest.h>

using namespace caseline;
using namespace caseline::test;
using namespace std::chrono_literals;

namespace {

const std::string promiseTime = "2026-10-15T09:52:00Z";

// A delivered order and one message, sent at promiseTime, with the given wording.
OrderFacts promised(const std::string &templateId, const std::string &body)
{
    OrderFacts facts = plainOrder(OrderStatus::Delivered, ShipmentStatus::Delivered);
    facts.messages = {message("MSG-1", "ORD-1", promiseTime, templateId, "About your order", body)};
    return facts;
}

QDateTime hoursAfterPromise(int hours)
{
    return at(promiseTime).addSecs(hours * 3600);
}

} // namespace

TEST(PromisedLabelMissingRule, FlagsTheStilettosLabelThatNeverCame)
{
    const std::vector<Alert> alerts = PromisedLabelMissingRule().evaluate(stilettos(), asOf());
    ASSERT_EQ(alerts.size(), 1u);
    const Alert &alert = alerts.front();
    EXPECT_EQ(alert.rule, "promised-label-missing");
    EXPECT_EQ(alert.severity, AlertSeverity::Warning);
    EXPECT_EQ(alert.orderId, "ORD-1001");
    EXPECT_EQ(alert.evidence, std::vector<std::string>{"notifications:MSG-1003"});
    EXPECT_TRUE(mentions(alert.message,
                         "MSG-1003 (about ORD-1001-R1) promised the customer a return label"));
    EXPECT_TRUE(mentions(alert.message, "5 days later (allowed: 24 h)"));
    EXPECT_TRUE(
        mentions(alert.message, "no return with a label exists for ORD-1001 or its replacements"));
    EXPECT_EQ(alert.suggestedActions.front(), "issue-return-label");
}

TEST(PromisedLabelMissingRule, WaitsForTheGracePeriodFromTheInjectedNow)
{
    const OrderFacts facts = promised("replacement-confirmation", "You will get a return label.");
    const PromisedLabelMissingRule rule;
    EXPECT_TRUE(rule.evaluate(facts, hoursAfterPromise(23)).empty());
    EXPECT_EQ(rule.evaluate(facts, hoursAfterPromise(24)).size(), 1u);
}

TEST(PromisedLabelMissingRule, TakesItsGracePeriodFromTheConstructor)
{
    const OrderFacts facts = promised("replacement-confirmation", "You will get a return label.");
    const PromisedLabelMissingRule rule(72h);
    EXPECT_TRUE(rule.evaluate(facts, hoursAfterPromise(71)).empty());
    EXPECT_EQ(rule.evaluate(facts, hoursAfterPromise(73)).size(), 1u);
}

TEST(PromisedLabelMissingRule, RecognisesPromisesInFiveLanguagesAndByTemplate)
{
    const std::vector<std::pair<std::string, std::string>> promises = {
        {"note", "We'll e-mail you a RETURN LABEL tomorrow."},
        {"note", "Riceverai un'etichetta per il reso."},
        {"note", "Sie erhalten ein Rücksendeetikett per E-Mail."},
        {"note", "Sie erhalten ein Ruecksende-Etikett."},
        {"note", "Te enviaremos la etiqueta de devolución."},
        {"note", "Vous recevrez une étiquette de retour."},
        {"return-label-promised", "Details follow."},
    };
    for (const auto &[templateId, body] : promises) {
        EXPECT_EQ(PromisedLabelMissingRule().evaluate(promised(templateId, body), asOf()).size(),
                  1u)
            << body;
    }
}

TEST(PromisedLabelMissingRule, IgnoresMessagesThatPromiseNoLabel)
{
    const OrderFacts facts = promised("shipping-confirmation", "Your parcel is on its way.");
    EXPECT_TRUE(PromisedLabelMissingRule().evaluate(facts, asOf()).empty());
}

TEST(PromisedLabelMissingRule, IsSatisfiedByASentLabelAnywhereInTheFamily)
{
    OrderFacts facts = stilettos();
    facts.returns = {
        returnOf("RET-1", "ORD-1001", {{"L1", 1}}, "label_sent", "2026-10-15T10:00:00Z")};
    EXPECT_TRUE(PromisedLabelMissingRule().evaluate(facts, asOf()).empty());
}

TEST(PromisedLabelMissingRule, IsSatisfiedByAMessageCarryingTheLabelOfAnAuthorizedReturn)
{
    OrderFacts facts = promised("replacement-confirmation", "You will get a return label.");
    facts.returns = {returnOf("RET-1", "ORD-1", {{"L1", 1}}, "authorized", "2026-10-15T11:00:00Z")};
    facts.messages.push_back(message("MSG-2", "ORD-1", "2026-10-15T11:02:00Z", "return-authorized",
                                     "Return RET-1 authorised", "Print the attached file."));
    EXPECT_TRUE(PromisedLabelMissingRule().evaluate(facts, asOf()).empty());
}

TEST(PromisedLabelMissingRule, FlagsALabelThatExistsButWasNeverSent)
{
    OrderFacts facts = promised("replacement-confirmation", "You will get a return label.");
    facts.returns = {returnOf("RET-1", "ORD-1", {{"L1", 1}}, "authorized", "2026-10-15T11:00:00Z")};
    const std::vector<Alert> alerts = PromisedLabelMissingRule().evaluate(facts, asOf());
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_TRUE(mentions(alerts.front().message, "the label of RET-1 exists but was never sent"));
    EXPECT_TRUE(contains(alerts.front().evidence, "returns:RET-1"));
    EXPECT_EQ(alerts.front().suggestedActions.front(), "send-message");
}

TEST(PromisedLabelMissingRule, DoesNotCountAReturnWithoutALabel)
{
    OrderFacts facts = promised("replacement-confirmation", "You will get a return label.");
    facts.returns = {
        returnOf("RET-1", "ORD-1", {{"L1", 1}}, "authorized", "2026-10-15T11:00:00Z", false)};
    EXPECT_EQ(PromisedLabelMissingRule().evaluate(facts, asOf()).size(), 1u);
}

TEST(PromisedLabelMissingRule, AttributesAMessageWithoutOrderByTheIdsItNames)
{
    OrderFacts facts = plainOrder(OrderStatus::Delivered, ShipmentStatus::Delivered);
    facts.messages = {message("MSG-1", std::nullopt, promiseTime, "note", "Your order ORD-1",
                              "A return label is on its way."),
                      message("MSG-2", std::nullopt, promiseTime, "note", "Your order ORD-12",
                              "A return label is on its way.")};
    const std::vector<Alert> alerts = PromisedLabelMissingRule().evaluate(facts, asOf());
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts.front().evidence, std::vector<std::string>{"notifications:MSG-1"});
}
