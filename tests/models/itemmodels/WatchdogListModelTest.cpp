#include "itemmodels/WatchdogListModel.h"

#include "ItemModelTestKit.h"
#include "itemmodels/CsvExport.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace caseline;
using namespace caseline::test;

namespace {

WatchdogFinding finding(long long caseId, const std::string &rule, const std::string &severity,
                        const std::string &order, const std::string &summary)
{
    WatchdogFinding f;
    f.supportCase.id = caseId;
    f.supportCase.customerId = "CUS-1003";
    f.supportCase.subject = "Boots cancelled but shipped";
    f.ruleId = rule;
    f.severity = severity;
    f.orderId = order;
    f.summary = summary;
    f.foundAt = utc("2026-12-01T09:15:00Z");
    return f;
}

struct WatchdogList : ::testing::Test
{
    WatchdogList() { itemModelApplication(); }

    QString text(int row, int column) const { return model.index(row, column).data().toString(); }

    WatchdogListModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

} // namespace

TEST_F(WatchdogList, OneRowPerCaseRuleAndOrder)
{
    model.setRows({finding(12, "cancelled-but-shipped", "critical", "ORD-1001-R1",
                           "Cancelled on 14 Oct, shipped on 15 Oct."),
                   finding(12, "promised-label-missing", "warning", "ORD-1001",
                           "A return label was promised and none was issued."),
                   finding(12, "promised-label-missing", "warning", "ORD-1001",
                           "A duplicate reported twice shows once.")});
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(text(0, WatchdogListModel::ReferenceColumn), "CASE-12");
    EXPECT_EQ(text(0, WatchdogListModel::CustomerColumn), "CUS-1003");
    EXPECT_EQ(text(0, WatchdogListModel::OrderColumn), "ORD-1001-R1");
    EXPECT_EQ(text(0, WatchdogListModel::RuleColumn), "cancelled but shipped");
    EXPECT_EQ(text(0, WatchdogListModel::SeverityColumn), "Critical");
    EXPECT_EQ(text(1, WatchdogListModel::SeverityColumn), "Warning");
    EXPECT_EQ(text(0, WatchdogListModel::SummaryColumn), "Cancelled on 14 Oct, shipped on 15 Oct.");
    EXPECT_EQ(text(0, WatchdogListModel::FoundColumn), "01 Dec 09:15");
    const QModelIndex top = model.index(0, 0);
    EXPECT_EQ(top.data(WatchdogListModel::CaseIdRole).toLongLong(), 12);
    EXPECT_EQ(top.data(WatchdogListModel::SeverityRole).toString(), "critical");
    EXPECT_EQ(top.data(WatchdogListModel::RuleRole).toString(), "cancelled-but-shipped");
    EXPECT_EQ(top.data(WatchdogListModel::OrderIdRole).toString(), "ORD-1001-R1");
    EXPECT_EQ(top.data(WatchdogListModel::FoundAtRole).toDateTime(), utc("2026-12-01T09:15:00Z"));
    EXPECT_EQ(model.index(0, WatchdogListModel::RuleColumn).data(CsvExport::ExportRole).toString(),
              "cancelled-but-shipped");
    EXPECT_TRUE(top.data(Qt::ToolTipRole).toString().contains("Boots cancelled but shipped"));
}

TEST_F(WatchdogList, ChangedFindingsUpdateInPlace)
{
    const auto label = finding(12, "promised-label-missing", "warning", "ORD-1001", "Promised.");
    model.setRows(
        {finding(12, "cancelled-but-shipped", "critical", "ORD-1001-R1", "Shipped."), label});
    const QPersistentModelIndex kept = model.index(1, 0);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    auto escalated = label;
    escalated.severity = "critical";
    model.setRows({escalated, finding(30, "refunded-but-shipped", "critical", "ORD-3001",
                                      "Refunded and shipped.")});
    EXPECT_EQ(removed.count(), 1);
    EXPECT_EQ(inserted.count(), 1);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(reset.count(), 0);
    EXPECT_EQ(kept.row(), 0);
    EXPECT_EQ(kept.data(WatchdogListModel::SeverityRole).toString(), "critical");
    EXPECT_EQ(text(1, WatchdogListModel::ReferenceColumn), "CASE-30");
}
