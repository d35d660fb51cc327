#include "itemmodels/QueueCountsModel.h"

#include "ItemModelTestKit.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace caseline;
using namespace caseline::test;

namespace {

QueueCount count(const std::string &department, CaseStatus status, CasePriority priority,
                 long long cases)
{
    return {department, status, priority, cases};
}

std::vector<QueueCount> monday()
{
    return {
        count("warehouse", CaseStatus::Open, CasePriority::Normal, 7),
        count("warehouse", CaseStatus::Open, CasePriority::Urgent, 2),
        count("warehouse", CaseStatus::WaitingOnDepartment, CasePriority::High, 3),
        count("customer-service", CaseStatus::New, CasePriority::Normal, 11),
        count("customer-service", CaseStatus::Open, CasePriority::Urgent, 1),
        count("customer-service", CaseStatus::WaitingOnCustomer, CasePriority::Low, 4),
        // Not the backlog: never counted.
        count("customer-service", CaseStatus::Resolved, CasePriority::Normal, 50),
    };
}

struct QueueCounts : ::testing::Test
{
    QueueCounts() { itemModelApplication(); }

    QString text(int row, int column) const { return model.index(row, column).data().toString(); }

    QueueCountsModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

} // namespace

TEST_F(QueueCounts, DepartmentsByStatusAndPriorityWithTotals)
{
    model.setRows(monday());
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(text(0, QueueCountsModel::DepartmentColumn), "Customer service");
    EXPECT_EQ(text(1, QueueCountsModel::DepartmentColumn), "Warehouse");
    EXPECT_EQ(text(2, QueueCountsModel::DepartmentColumn), "All departments");
    EXPECT_TRUE(model.index(2, 0).data(QueueCountsModel::TotalRowRole).toBool());
    EXPECT_FALSE(model.index(0, 0).data(QueueCountsModel::TotalRowRole).toBool());
    EXPECT_EQ(model.index(0, 0).data(QueueCountsModel::DepartmentRole).toString(),
              "customer-service");

    EXPECT_EQ(text(0, QueueCountsModel::NewColumn), "11");
    EXPECT_EQ(text(0, QueueCountsModel::OpenColumn), "1");
    EXPECT_EQ(text(0, QueueCountsModel::WaitingOnCustomerColumn), "4");
    EXPECT_EQ(text(0, QueueCountsModel::TotalColumn), "16");
    EXPECT_EQ(text(1, QueueCountsModel::OpenColumn), "9");
    EXPECT_EQ(text(1, QueueCountsModel::WaitingOnDepartmentColumn), "3");
    EXPECT_EQ(text(1, QueueCountsModel::TotalColumn), "12");
    EXPECT_EQ(text(2, QueueCountsModel::TotalColumn), "28");
    EXPECT_EQ(text(2, QueueCountsModel::UrgentColumn), "3");
    EXPECT_EQ(text(2, QueueCountsModel::HighColumn), "3");
    EXPECT_EQ(text(2, QueueCountsModel::NormalColumn), "18");
    EXPECT_EQ(text(2, QueueCountsModel::LowColumn), "4");
    EXPECT_EQ(model.count("", QueueCountsModel::OpenColumn), 10);
    EXPECT_EQ(model.count("warehouse", QueueCountsModel::UrgentColumn), 2);

    EXPECT_EQ(
        model.headerData(QueueCountsModel::WaitingOnCustomerColumn, Qt::Horizontal).toString(),
        "Waiting on customer");
    EXPECT_EQ(model.headerData(QueueCountsModel::UrgentColumn, Qt::Horizontal).toString(),
              "Urgent");
    const QModelIndex open = model.index(1, QueueCountsModel::OpenColumn);
    EXPECT_EQ(open.data(QueueCountsModel::CountRole).toLongLong(), 9);
    EXPECT_EQ(open.data(QueueCountsModel::StatusRole).toString(), "open");
    EXPECT_EQ(open.data(QueueCountsModel::UrgentCountRole).toLongLong(), 2);
    EXPECT_EQ(model.index(1, QueueCountsModel::HighColumn)
                  .data(QueueCountsModel::PriorityRole)
                  .toString(),
              "high");
    // A status cell's tooltip breaks it down by priority.
    const QString tip = open.data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains("Warehouse, Open: 9 case")) << tip.toStdString();
    EXPECT_TRUE(tip.contains("Urgent: 2")) << tip.toStdString();
    EXPECT_TRUE(tip.contains("Normal: 7")) << tip.toStdString();
    EXPECT_FALSE(tip.contains("Low")) << tip.toStdString();
}

TEST_F(QueueCounts, NewFiguresChangeCellsInPlace)
{
    model.setRows(monday());
    const QPersistentModelIndex warehouse = model.index(1, QueueCountsModel::OpenColumn);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    std::vector<QueueCount> later = monday();
    later[0].cases = 5; // warehouse open normal: 7 -> 5
    model.setRows(later);
    EXPECT_EQ(inserted.count(), 0);
    EXPECT_EQ(removed.count(), 0);
    EXPECT_EQ(reset.count(), 0);
    EXPECT_EQ(changed.count(), 2); // the warehouse and the total row
    ASSERT_TRUE(warehouse.isValid());
    EXPECT_EQ(warehouse.row(), 1);
    EXPECT_EQ(warehouse.data().toString(), "7");

    model.setRows(monday()); // unchanged figures: nothing to say
    changed.clear();
    model.setRows(monday());
    EXPECT_EQ(changed.count(), 0);

    // A department appears in its alphabetical place; one that empties goes.
    later = monday();
    later.push_back(count("finance", CaseStatus::Open, CasePriority::High, 2));
    later.erase(later.begin(), later.begin() + 3); // no more warehouse cases
    model.setRows(later);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(text(1, QueueCountsModel::DepartmentColumn), "Finance");
    EXPECT_EQ(text(2, QueueCountsModel::TotalColumn), "18");
    EXPECT_FALSE(warehouse.isValid());
    EXPECT_EQ(reset.count(), 0);
}

TEST_F(QueueCounts, NothingOpenLeavesTheTotalRowAtZero)
{
    model.setRows({});
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(text(0, QueueCountsModel::TotalColumn), "0");
}
