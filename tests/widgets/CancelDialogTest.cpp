#include "CancelDialog.h"

#include "DemoOrders.h"
#include "DialogTesting.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <gtest/gtest.h>

using namespace caseline;
using namespace caseline::testing;

TEST(CancelDialog, WarnsThatTheVacuumHasLeftAndRefusesToCancel)
{
    application();
    const OrderFacts facts = vacuumFacts();
    CancelDialog dialog(facts.orders.front(), facts, demoNow());
    std::vector<PlannedAction> plans;
    QObject::connect(&dialog, &ActionDialog::actionRequested,
                     [&](const PlannedAction &plan) { plans.push_back(plan); });
    EXPECT_TRUE(
        dialog.warningText().contains(QStringLiteral("SHP-2001 (RutaSur Envíos, in transit)")));
    saveScreenshot(&dialog, QStringLiteral("cancel-warning"));

    mouseClick(dialog.sendButton());
    EXPECT_EQ(dialog.messageText(), QStringLiteral("The reason must be 1 to 500 characters"));
    dialog.reasonBox()->setCurrentText(QStringLiteral("Delivery date does not suit"));
    mouseClick(dialog.sendButton());
    EXPECT_EQ(dialog.messageText(),
              QStringLiteral("ORD-2001 is dispatched; only an order not yet dispatched can be "
                             "cancelled"));
    EXPECT_TRUE(plans.empty());
}

TEST(CancelDialog, CancelsAnOrderStillInTheWarehouse)
{
    application();
    OrderFacts facts = vacuumFacts();
    facts.orders.front().status = OrderStatus::Placed;
    facts.shipments.clear();
    CancelDialog dialog(facts.orders.front(), facts, demoNow());
    std::vector<PlannedAction> plans;
    QObject::connect(&dialog, &ActionDialog::actionRequested,
                     [&](const PlannedAction &plan) { plans.push_back(plan); });
    EXPECT_TRUE(dialog.warningText().isEmpty());
    showActive(&dialog);
    dialog.reasonBox()->setFocus();
    typeText(dialog.reasonBox()->lineEdit(), QStringLiteral("Ordered twice"));
    keyClick(dialog.reasonBox()->lineEdit(), Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(plans.size(), 1u);
    EXPECT_EQ(plans.front().system, "orders");
    EXPECT_EQ(plans.front().path, "/orders/ORD-2001/cancel");
    EXPECT_EQ(plans.front().body, (nlohmann::json{{"reason", "Ordered twice"}}));
    saveScreenshot(&dialog, QStringLiteral("cancel-placed"));
}
