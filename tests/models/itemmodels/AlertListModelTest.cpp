#include "itemmodels/AlertListModel.h"

#include "ItemModelTestKit.h"
#include "StilettosTimeline.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace caseline;
using namespace caseline::test;

namespace {

Alert alert(const std::string &rule, AlertSeverity severity, const std::string &orderId,
            std::vector<std::string> evidence, std::vector<std::string> actions,
            const std::string &message)
{
    return {rule, severity, message, std::move(evidence), std::move(actions), orderId};
}

// What the watchdog says about ORD-1001 (and its replacement R1, in the same family).
std::vector<Alert> originalAlerts()
{
    return {
        alert("promised-label-missing", AlertSeverity::Warning, "ORD-1001",
              {"notifications:MSG-1003"}, {"issue-return-label", "send-message"},
              "A return label was promised on 15 Oct 2026 and none was issued."),
        alert("duplicate-compensation", AlertSeverity::Info, "ORD-1001",
              {"payments:REF-1001", "orders:ORD-1001-R1:history:0"},
              {"escalate:finance", "add-note"},
              "ORD-1001 was refunded in full while a replacement was ordered."),
        giulia::cancelledButShipped(),
    };
}

QStringList rules(const AlertListModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row) {
        result.append(model.index(row).data(AlertListModel::RuleRole).toString());
    }
    return result;
}

struct AlertList : ::testing::Test
{
    AlertList() { itemModelApplication(); }

    AlertListModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

} // namespace

TEST_F(AlertList, SortsMostSevereFirstAndCarriesEverythingInRoles)
{
    model.setAlerts("ORD-1001", originalAlerts());
    EXPECT_EQ(model.count(), 3);
    EXPECT_EQ(rules(model), QStringList({"cancelled-but-shipped", "promised-label-missing",
                                         "duplicate-compensation"}));

    const QModelIndex top = model.index(0);
    EXPECT_EQ(top.data().toString().toStdString(), giulia::cancelledButShipped().message);
    EXPECT_EQ(top.data(AlertListModel::MessageRole), top.data());
    EXPECT_EQ(top.data(AlertListModel::SeverityRole).toString(), "critical");
    EXPECT_EQ(top.data(AlertListModel::OrderIdRole).toString(), "ORD-1001-R1");
    EXPECT_EQ(top.data(AlertListModel::SuggestedActionsRole).toStringList(),
              QStringList({"escalate:warehouse", "send-message", "add-note"}));
    EXPECT_EQ(top.data(AlertListModel::EvidenceRole).toStringList(),
              QStringList({"orders:ORD-1001-R1:history:1", "delivery:SHP-1002:event:3"}));
    EXPECT_EQ(model.index(1).data(AlertListModel::SeverityRole).toString(), "warning");
    EXPECT_EQ(model.index(2).data(AlertListModel::SeverityRole).toString(), "info");
}

TEST_F(AlertList, SameSeveritySortsByOrder)
{
    model.setAlerts("ORD-2002", {alert("missed-delivery-window", AlertSeverity::Warning, "ORD-2002",
                                       {"delivery:SHP-2002"}, {"reschedule-delivery"},
                                       "The sofa missed its window.")});
    model.setAlerts("ORD-1001", originalAlerts());
    EXPECT_EQ(rules(model), QStringList({"cancelled-but-shipped", "promised-label-missing",
                                         "missed-delivery-window", "duplicate-compensation"}));
}

TEST_F(AlertList, AnAlertReachedThroughTwoOrdersShowsOnce)
{
    model.setAlerts("ORD-1001", originalAlerts());
    model.setAlerts("ORD-1001-R1", {giulia::cancelledButShipped()});
    EXPECT_EQ(model.count(), 3);

    // ORD-1001's refresh no longer reports it; R1 still does.
    std::vector<Alert> withoutIt = originalAlerts();
    withoutIt.pop_back();
    model.setAlerts("ORD-1001", withoutIt);
    EXPECT_EQ(model.count(), 3);
    model.setAlerts("ORD-1001-R1", {});
    EXPECT_EQ(model.count(), 2);
    EXPECT_EQ(rules(model), QStringList({"promised-label-missing", "duplicate-compensation"}));

    model.clear();
    EXPECT_EQ(model.count(), 0);
}

TEST_F(AlertList, RefreshUpdatesInPlace)
{
    model.setAlerts("ORD-1001", originalAlerts());
    QPersistentModelIndex label(model.index(1));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.setAlerts("ORD-1001", originalAlerts());
    EXPECT_EQ(inserted.count() + removed.count() + reset.count() + changed.count(), 0);

    std::vector<Alert> later = originalAlerts();
    later[0].message = "A return label was promised on 15 Oct 2026 and none was issued in 5 days.";
    later.push_back(alert("refund-while-shipping", AlertSeverity::Critical, "ORD-1001",
                          {"payments:REF-1001", "delivery:SHP-1002:event:1"},
                          {"issue-return-label", "escalate:finance", "send-message"},
                          "ORD-1001 was refunded while a parcel was on its way."));
    model.setAlerts("ORD-1001", later);

    EXPECT_EQ(reset.count(), 0);
    EXPECT_EQ(removed.count(), 0);
    ASSERT_EQ(inserted.count(), 1);
    EXPECT_EQ(rowRange(inserted).first, 0); // critical, and ORD-1001 before ORD-1001-R1
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(label.row(), 2);
    EXPECT_TRUE(label.data().toString().contains("in 5 days"));
}

TEST_F(AlertList, AnAlertThatGrowsMoreSevereMovesUpWithoutAReset)
{
    model.setAlerts("ORD-1001", originalAlerts());
    QPersistentModelIndex compensation(model.index(2));
    ASSERT_EQ(compensation.data(AlertListModel::RuleRole).toString(), "duplicate-compensation");

    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    std::vector<Alert> later = originalAlerts();
    later[1].severity = AlertSeverity::Critical;
    model.setAlerts("ORD-1001", later);

    EXPECT_EQ(reset.count(), 0);
    EXPECT_EQ(layout.count(), 1);
    EXPECT_EQ(compensation.row(), 0); // critical, and ORD-1001 sorts before ORD-1001-R1
    EXPECT_EQ(compensation.data(AlertListModel::SeverityRole).toString(), "critical");
    EXPECT_EQ(rules(model), QStringList({"duplicate-compensation", "cancelled-but-shipped",
                                         "promised-label-missing"}));
}

TEST_F(AlertList, NamesSuggestedActionsInWords)
{
    EXPECT_EQ(AlertListModel::actionTitle("issue-return-label"), "Issue return label");
    EXPECT_EQ(AlertListModel::actionTitle("escalate:finance"), "Escalate to Finance");
    EXPECT_EQ(AlertListModel::actionTitle("escalate:customer-service"),
              "Escalate to Customer service");
    EXPECT_EQ(AlertListModel::actionTitle("send-message"), "Message the customer");
    EXPECT_EQ(AlertListModel::actionTitle("add-note"), "Add a note");
    EXPECT_EQ(AlertListModel::actionTitle("cancel-order"), "Cancel the order");
    EXPECT_EQ(AlertListModel::actionTitle("reschedule-delivery"), "Reschedule delivery");
    EXPECT_EQ(AlertListModel::actionTitle("refund-twice"), "refund-twice");
    EXPECT_EQ(AlertListModel::actionTitle("escalate:"), "escalate:");
}
