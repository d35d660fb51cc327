#include "itemmodels/SlaCaseListModel.h"

#include "ItemModelTestKit.h"
#include "itemmodels/CaseQueueModel.h"
#include "itemmodels/CsvExport.h"
#include "itemmodels/DurationWords.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace caseline;
using namespace caseline::test;

namespace {

const QDateTime now = utc("2026-12-01T15:00:00Z");

SupportCase overdueCase(long long id, const QDateTime &due, const std::string &assignee)
{
    SupportCase c;
    c.id = id;
    c.customerId = "CUS-" + std::to_string(1000 + id);
    c.subject = "Sofa delivered damaged";
    c.status = CaseStatus::Open;
    c.priority = CasePriority::Urgent;
    c.department = "customer-service";
    c.assignee = assignee;
    c.createdAt = due.addDays(-1);
    c.slaDue = due;
    return c;
}

struct SlaCaseList : ::testing::Test
{
    SlaCaseList() { itemModelApplication(); }

    QString text(int row, int column) const { return model.index(row, column).data().toString(); }

    SlaCaseListModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

} // namespace

TEST(DurationWords, SaysTwoUnitsAtMost)
{
    EXPECT_EQ(DurationWords::span(20), "less than a minute");
    EXPECT_EQ(DurationWords::span(45 * 60), "45 min");
    EXPECT_EQ(DurationWords::span(3 * 3600), "3 h");
    EXPECT_EQ(DurationWords::span(3 * 3600 + 20 * 60 + 59), "3 h 20 min");
    EXPECT_EQ(DurationWords::span(-(2 * 86400 + 4 * 3600 + 5 * 60)), "2 d 4 h");
    EXPECT_EQ(DurationWords::timeLeft(-(3 * 3600 + 20 * 60)), "overdue by 3 h 20 min");
    EXPECT_EQ(DurationWords::timeLeft(2 * 3600 + 10 * 60), "2 h 10 min left");
}

TEST_F(SlaCaseList, TimeLeftCountsFromTheSnapshot)
{
    model.setRows({overdueCase(42, now.addSecs(-(3 * 3600 + 20 * 60)), "marco"),
                   overdueCase(7, now.addSecs(2 * 3600 + 10 * 60), "")},
                  now);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(text(0, SlaCaseListModel::ReferenceColumn), "CASE-42");
    EXPECT_EQ(text(0, SlaCaseListModel::CustomerColumn), "CUS-1042");
    EXPECT_EQ(text(0, SlaCaseListModel::DepartmentColumn), "Customer service");
    EXPECT_EQ(text(0, SlaCaseListModel::AssigneeColumn), "marco");
    EXPECT_EQ(text(1, SlaCaseListModel::AssigneeColumn), "(unassigned)");
    EXPECT_EQ(text(0, SlaCaseListModel::StatusColumn), "Open");
    EXPECT_EQ(text(0, SlaCaseListModel::PriorityColumn), "Urgent");
    EXPECT_EQ(text(0, SlaCaseListModel::DueColumn), "01 Dec 11:40");
    EXPECT_EQ(text(0, SlaCaseListModel::TimeLeftColumn), "overdue by 3 h 20 min");
    EXPECT_EQ(text(1, SlaCaseListModel::TimeLeftColumn), "2 h 10 min left");

    const QModelIndex first = model.index(0, 0);
    EXPECT_EQ(first.data(SlaCaseListModel::CaseIdRole).toLongLong(), 42);
    EXPECT_EQ(first.data(SlaCaseListModel::TimeLeftSecondsRole).toLongLong(), -12000);
    EXPECT_EQ(
        static_cast<CaseQueueModel::SlaState>(first.data(SlaCaseListModel::SlaStateRole).toInt()),
        CaseQueueModel::SlaState::Breached);
    EXPECT_EQ(static_cast<CaseQueueModel::SlaState>(
                  model.index(1, 0).data(SlaCaseListModel::SlaStateRole).toInt()),
              CaseQueueModel::SlaState::AtRisk);
    EXPECT_EQ(first.data(SlaCaseListModel::PriorityRole).toString(), "urgent");
    EXPECT_EQ(model.index(1, 0).data(SlaCaseListModel::AssigneeRole).toString(), "");
    EXPECT_EQ(model.caseIdAt(1), 7);
    EXPECT_EQ(model.caseIdAt(2), 0);
    // A spreadsheet gets the moment and the minutes, not the words.
    EXPECT_EQ(model.index(0, SlaCaseListModel::DueColumn).data(CsvExport::ExportRole).toString(),
              "2026-12-01T11:40:00Z");
    EXPECT_EQ(
        model.index(0, SlaCaseListModel::TimeLeftColumn).data(CsvExport::ExportRole).toString(),
        "-200");
}

TEST_F(SlaCaseList, ANewSnapshotUpdatesRowsInPlace)
{
    const std::vector<SupportCase> cases = {overdueCase(1, now.addSecs(-600), "ana"),
                                            overdueCase(2, now.addSecs(-300), "ben"),
                                            overdueCase(3, now.addSecs(-60), "cleo")};
    model.setRows(cases, now);
    const QPersistentModelIndex second = model.index(1, SlaCaseListModel::TimeLeftColumn);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.setRows(cases, now.addSecs(60)); // a minute later: every time left moves
    EXPECT_EQ(changed.count(), 3);
    EXPECT_EQ(second.data().toString(), "overdue by 6 min");
    EXPECT_EQ(inserted.count() + removed.count() + reset.count(), 0);

    // Case 1 resolved, case 4 newly breached, case 3 now most overdue.
    model.setRows({overdueCase(3, now.addSecs(-4000), "cleo"),
                   overdueCase(2, now.addSecs(-300), "ben"),
                   overdueCase(4, now.addSecs(-10), "dan")},
                  now.addSecs(60));
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.caseIdAt(0), 3);
    EXPECT_EQ(model.caseIdAt(1), 2);
    EXPECT_EQ(model.caseIdAt(2), 4);
    EXPECT_EQ(second.row(), 1); // the selection of case 2 would follow it
    EXPECT_EQ(second.data(SlaCaseListModel::CaseIdRole).toLongLong(), 2);
    EXPECT_EQ(reset.count(), 0);
}
