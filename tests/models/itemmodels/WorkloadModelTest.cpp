#include "itemmodels/WorkloadModel.h"

#include "ItemModelTestKit.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace caseline;
using namespace caseline::test;

namespace {

struct Workload : ::testing::Test
{
    Workload() { itemModelApplication(); }

    QString text(int row, int column) const { return model.index(row, column).data().toString(); }

    WorkloadModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

} // namespace

TEST_F(Workload, OnePersonPerRowAndTheUnassignedCases)
{
    model.setRows({{"", "", 14, 3, 2}, {"marco", "customer-service", 9, 1, 0}});
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(text(0, WorkloadModel::AssigneeColumn), "(unassigned)");
    EXPECT_EQ(model.index(0, 0).data(WorkloadModel::AssigneeRole).toString(), "");
    EXPECT_EQ(text(0, WorkloadModel::OpenColumn), "14");
    EXPECT_EQ(text(0, WorkloadModel::BreachedColumn), "3");
    EXPECT_EQ(text(0, WorkloadModel::AtRiskColumn), "2");
    EXPECT_EQ(text(1, WorkloadModel::AssigneeColumn), "marco");
    EXPECT_EQ(text(1, WorkloadModel::DepartmentColumn), "Customer service");
    EXPECT_EQ(model.index(1, 0).data(WorkloadModel::OpenRole).toLongLong(), 9);
    EXPECT_EQ(model.index(1, 0).data(WorkloadModel::BreachedRole).toLongLong(), 1);
    EXPECT_EQ(model.index(1, 0).data(WorkloadModel::AtRiskRole).toLongLong(), 0);
    EXPECT_EQ(model.headerData(WorkloadModel::BreachedColumn, Qt::Horizontal).toString(),
              "SLA breached");
    EXPECT_EQ(model.index(1, WorkloadModel::OpenColumn).data(Qt::TextAlignmentRole).toInt(),
              int(Qt::AlignRight | Qt::AlignVCenter));
}

TEST_F(Workload, ReorderedLoadsKeepTheirRows)
{
    model.setRows({{"ana", "finance", 9, 0, 0}, {"ben", "warehouse", 5, 0, 1}});
    const QPersistentModelIndex ben = model.index(1, 0);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    model.setRows({{"ben", "warehouse", 12, 2, 1}, {"ana", "finance", 9, 0, 0}});
    EXPECT_EQ(reset.count(), 0);
    EXPECT_EQ(layout.count(), 1);
    EXPECT_EQ(ben.row(), 0);
    EXPECT_EQ(ben.data().toString(), "ben");
    EXPECT_EQ(text(0, WorkloadModel::OpenColumn), "12");
}
