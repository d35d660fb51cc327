#include "ReplacementDialog.h"

#include "DemoOrders.h"
#include "DialogTesting.h"

#include <QComboBox>
#include <QPushButton>
#include <QTableWidget>
#include <gtest/gtest.h>

using namespace caseline;
using namespace caseline::testing;

TEST(ReplacementDialog, SendsTheOverallsAgain)
{
    application();
    const OrderFacts facts = stilettoFacts();
    ReplacementDialog dialog(facts.orders.front(), facts, demoNow());
    std::vector<PlannedAction> plans;
    QObject::connect(&dialog, &ActionDialog::actionRequested,
                     [&](const PlannedAction &plan) { plans.push_back(plan); });
    ASSERT_EQ(dialog.lineTable()->rowCount(), 1);

    dialog.reasonBox()->setCurrentText(QStringLiteral("Wrong item delivered"));
    mouseClick(dialog.sendButton());
    EXPECT_EQ(dialog.messageText(), QStringLiteral("Tick at least one line to send again."));
    EXPECT_FALSE(dialog.checkLine(QStringLiteral("L1"), 2));
    ASSERT_TRUE(dialog.checkLine(QStringLiteral("L1"), 1));
    saveScreenshot(&dialog, QStringLiteral("replacement"));
    mouseClick(dialog.sendButton());

    ASSERT_EQ(plans.size(), 1u);
    EXPECT_EQ(plans.front().path, "/orders/ORD-1001/replacement");
    EXPECT_EQ(plans.front().body, (nlohmann::json{{"lines", {{{"lineId", "L1"}, {"quantity", 1}}}},
                                                  {"reason", "Wrong item delivered"}}));
    EXPECT_TRUE(dialog.messageText().isEmpty());
}

TEST(ReplacementDialog, RefusesWithoutReasonAndForLinesTheOrderDoesNotHave)
{
    application();
    OrderFacts facts = stilettoFacts();
    ReplacementDialog dialog(facts.orders.front(), facts, demoNow());
    std::vector<PlannedAction> plans;
    QObject::connect(&dialog, &ActionDialog::actionRequested,
                     [&](const PlannedAction &plan) { plans.push_back(plan); });
    ASSERT_TRUE(dialog.checkLine(QStringLiteral("L1"), 1));
    mouseClick(dialog.sendButton());
    EXPECT_EQ(dialog.messageText(), QStringLiteral("The reason must be 1 to 500 characters"));

    // Order management now reports the order without that line: the facts win.
    facts.orders.front().lines.clear();
    ReplacementDialog stale(stilettoFacts().orders.front(), facts, demoNow());
    QObject::connect(&stale, &ActionDialog::actionRequested,
                     [&](const PlannedAction &plan) { plans.push_back(plan); });
    ASSERT_TRUE(stale.checkLine(QStringLiteral("L1"), 1));
    stale.reasonBox()->setCurrentText(QStringLiteral("Damaged"));
    mouseClick(stale.sendButton());
    EXPECT_EQ(stale.messageText(), QStringLiteral("ORD-1001 has no line L1"));
    EXPECT_TRUE(plans.empty());
}
