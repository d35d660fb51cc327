#include "EscalateDialog.h"

#include "DemoOrders.h"
#include "DialogTesting.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <gtest/gtest.h>

using namespace caseline;
using namespace caseline::testing;

namespace {

struct EscalationRequest
{
    QString department;
    QString reason;
    CasePriority priority;
    QDateTime due;
};

} // namespace

TEST(EscalateDialog, DueTimeFollowsTheDepartmentsSla)
{
    application();
    EscalateDialog dialog(departments(), QStringLiteral("finance"), demoNow());
    EXPECT_EQ(dialog.departmentBox()->currentData().toString(), QStringLiteral("finance"));
    EXPECT_EQ(dialog.departmentBox()->currentText(),
              QStringLiteral("Finance (answers within 48 h)"));
    EXPECT_EQ(dialog.dueEdit()->dateTime(), utc(10, 22, 12));

    dialog.departmentBox()->setCurrentIndex(
        dialog.departmentBox()->findData(QStringLiteral("store-bologna")));
    EXPECT_EQ(dialog.dueEdit()->dateTime(), utc(10, 20, 16));
    dialog.departmentBox()->setCurrentIndex(
        dialog.departmentBox()->findData(QStringLiteral("logistics")));
    EXPECT_EQ(dialog.dueEdit()->dateTime(), utc(10, 21, 12));
    EXPECT_EQ(dialog.priorityBox()->currentData().toString(), QStringLiteral("normal"));
    saveScreenshot(&dialog, QStringLiteral("escalate"));
}

TEST(EscalateDialog, NeedsAReasonAndAFutureDueTime)
{
    application();
    EscalateDialog dialog(departments(), QStringLiteral("logistics"), demoNow());
    std::vector<EscalationRequest> escalations;
    QObject::connect(&dialog, &EscalateDialog::escalationRequested,
                     [&](const QString &department, const QString &reason, CasePriority priority,
                         const QDateTime &due) {
                         escalations.push_back({department, reason, priority, due});
                     });
    mouseClick(dialog.sendButton());
    EXPECT_EQ(dialog.messageText(),
              QStringLiteral("Say why the case goes to Logistics (answers within 24 h)."));

    dialog.reasonEdit()->setPlainText(
        QStringLiteral("Carrier offers office hours only; ask RutaSur for an evening slot"));
    dialog.dueEdit()->setDateTime(utc(10, 20, 11));
    mouseClick(dialog.sendButton());
    EXPECT_EQ(dialog.messageText(), QStringLiteral("The due time must be in the future."));
    EXPECT_TRUE(escalations.empty());

    dialog.dueEdit()->setDateTime(utc(10, 21, 9));
    dialog.priorityBox()->setCurrentIndex(dialog.priorityBox()->findData(QStringLiteral("high")));
    mouseClick(dialog.sendButton());
    ASSERT_EQ(escalations.size(), 1u);
    EXPECT_EQ(escalations.front().department, QStringLiteral("logistics"));
    EXPECT_EQ(escalations.front().priority, CasePriority::High);
    EXPECT_EQ(escalations.front().due, utc(10, 21, 9));
    EXPECT_TRUE(escalations.front().reason.startsWith(QStringLiteral("Carrier offers")));
}
