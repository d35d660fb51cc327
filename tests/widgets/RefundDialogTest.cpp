#include "RefundDialog.h"

#include "DemoOrders.h"
#include "DialogTesting.h"
#include "OrderLineTable.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <gtest/gtest.h>

using namespace caseline;
using namespace caseline::testing;

TEST(RefundDialog, OffersWhatIsLeftAndRefundsPartOfIt)
{
    application();
    const OrderFacts facts = vacuumFacts();
    RefundDialog dialog(facts.orders.front(), facts, demoNow());
    std::vector<PlannedAction> plans;
    QObject::connect(&dialog, &ActionDialog::actionRequested,
                     [&](const PlannedAction &plan) { plans.push_back(plan); });
    EXPECT_EQ(dialog.leftToRefund(), 32800);
    EXPECT_TRUE(dialog.fullButton()->isChecked());
    EXPECT_DOUBLE_EQ(dialog.amountBox()->value(), 328.0);
    EXPECT_EQ(dialog.amountBox()->suffix(), QStringLiteral(" EUR"));
    saveScreenshot(&dialog, QStringLiteral("refund-full"));

    dialog.amountBox()->setValue(45.5);
    dialog.reasonBox()->setCurrentText(QStringLiteral("Delivery window missed"));
    mouseClick(dialog.sendButton());
    ASSERT_EQ(plans.size(), 1u);
    EXPECT_EQ(plans.front().path, "/refunds");
    EXPECT_EQ(plans.front().amount, 4550);
    EXPECT_EQ(plans.front().body, (nlohmann::json{{"orderId", "ORD-2001"},
                                                  {"amount", 4550},
                                                  {"currency", "EUR"},
                                                  {"reason", "Delivery window missed"},
                                                  {"issuedBy", "customer-service"}}));
}

TEST(RefundDialog, RefundsTheChosenLinesAtTheirPrice)
{
    application();
    const OrderFacts facts = vacuumFacts();
    RefundDialog dialog(facts.orders.front(), facts, demoNow());
    std::vector<PlannedAction> plans;
    QObject::connect(&dialog, &ActionDialog::actionRequested,
                     [&](const PlannedAction &plan) { plans.push_back(plan); });
    mouseClick(dialog.linesButton());
    ASSERT_TRUE(dialog.linesButton()->isChecked());
    EXPECT_TRUE(dialog.amountBox()->isReadOnly());

    mouseClick(dialog.sendButton());
    EXPECT_EQ(dialog.messageText(), QStringLiteral("Tick the lines to refund."));

    ASSERT_TRUE(dialog.lineTable()->checkLine(QStringLiteral("L2"), 1));
    EXPECT_EQ(dialog.amount(), 1450);
    ASSERT_TRUE(dialog.lineTable()->checkLine(QStringLiteral("L2"), 2));
    EXPECT_EQ(dialog.amount(), 2900);
    EXPECT_DOUBLE_EQ(dialog.amountBox()->value(), 29.0);
    dialog.reasonBox()->setCurrentText(QStringLiteral("Damaged"));
    saveScreenshot(&dialog, QStringLiteral("refund-lines"));
    mouseClick(dialog.sendButton());

    ASSERT_EQ(plans.size(), 1u);
    EXPECT_EQ(plans.front().amount, 2900);
    EXPECT_EQ(plans.front().lines, (std::vector<LineQuantity>{{"L2", 2}}));
    EXPECT_EQ(plans.front().body.at("lines"),
              (nlohmann::json{{{"lineId", "L2"}, {"quantity", 2}}}));
}

TEST(RefundDialog, RefusesMoreThanIsLeftNothingAndNoReason)
{
    application();
    const OrderFacts facts = stilettoFacts(); // finance refunded all of it already
    RefundDialog dialog(facts.orders.front(), facts, demoNow());
    std::vector<PlannedAction> plans;
    QObject::connect(&dialog, &ActionDialog::actionRequested,
                     [&](const PlannedAction &plan) { plans.push_back(plan); });
    EXPECT_EQ(dialog.leftToRefund(), 0);
    EXPECT_DOUBLE_EQ(dialog.amountBox()->value(), 0.0);

    dialog.reasonBox()->setCurrentText(QStringLiteral("Goodwill"));
    mouseClick(dialog.sendButton());
    EXPECT_EQ(dialog.messageText(),
              QStringLiteral("A refund needs an amount of at least 1 minor unit"));

    dialog.amountBox()->setValue(20.0);
    mouseClick(dialog.sendButton());
    EXPECT_EQ(dialog.messageText(),
              QStringLiteral("A refund of 2000 is more than is left of ORD-1001: paid 4990, "
                             "refunded 4990, left 0 (minor units of EUR)"));
    EXPECT_EQ(dialog.messageTone(), ActionDialog::MessageTone::Problem);

    dialog.reasonBox()->setCurrentText(QStringLiteral("   "));
    mouseClick(dialog.sendButton());
    EXPECT_EQ(dialog.messageText(), QStringLiteral("The reason must be 1 to 500 characters"));
    EXPECT_TRUE(plans.empty());
    saveScreenshot(&dialog, QStringLiteral("refund-refused"));
}
