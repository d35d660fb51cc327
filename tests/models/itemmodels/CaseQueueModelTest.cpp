#include "itemmodels/CaseQueueModel.h"

#include "ItemModelTestKit.h"
#include "ManualClock.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace caseline;
using namespace caseline::test;

namespace {

using SlaState = CaseQueueModel::SlaState;

SupportCase supportCase(long long id, const std::string &subject, const std::string &created,
                        const std::string &due, CaseStatus status = CaseStatus::Open)
{
    SupportCase result;
    result.id = id;
    result.customerId = "CUS-" + std::to_string(id);
    result.customerLanguage = "it";
    result.subject = subject;
    result.status = status;
    result.department = "customer-service";
    result.createdAt = utc(created);
    result.updatedAt = result.createdAt;
    if (!due.empty()) {
        result.slaDue = utc(due);
    }
    result.version = 1;
    return result;
}

// Giulia's case: the cancelled replacement that arrived anyway (seeds 000/001).
SupportCase stilettos()
{
    SupportCase result = supportCase(7, "Wrong item delivered, replacement cancelled yet shipped",
                                     "2026-11-02T09:00:00Z", "2026-11-02T15:00:00Z");
    result.customerId = "CUS-1";
    result.priority = CasePriority::High;
    result.links = {{"order", "ORD-1001"}, {"order", "ORD-1001-R1"}, {"shipment", "SHP-1002"}};
    return result;
}

SlaState slaAt(const CaseQueueModel &model, int row)
{
    return static_cast<SlaState>(model.index(row, 0).data(CaseQueueModel::SlaStateRole).toInt());
}

struct CaseQueue : ::testing::Test
{
    CaseQueue() { itemModelApplication(); }

    ManualClock clock{"2026-11-02T10:00:00Z"};
    CaseQueueModel model{clock};
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

} // namespace

TEST_F(CaseQueue, ShowsEachColumnInPlainWordsAndMeaningInRoles)
{
    model.setCases({stilettos()});
    ASSERT_EQ(model.rowCount(), 1);
    ASSERT_EQ(model.columnCount(), CaseQueueModel::ColumnCount);

    auto text = [&](int column) {
        return model.index(0, column).data().toString();
    };
    EXPECT_EQ(text(CaseQueueModel::ReferenceColumn), "CASE-7");
    EXPECT_EQ(text(CaseQueueModel::SubjectColumn),
              "Wrong item delivered, replacement cancelled yet shipped");
    EXPECT_EQ(text(CaseQueueModel::CustomerColumn), "CUS-1");
    EXPECT_EQ(text(CaseQueueModel::StatusColumn), "Open");
    EXPECT_EQ(text(CaseQueueModel::PriorityColumn), "High");
    EXPECT_EQ(text(CaseQueueModel::DepartmentColumn), "Customer service");
    EXPECT_EQ(text(CaseQueueModel::AssigneeColumn), "Unassigned");
    EXPECT_EQ(text(CaseQueueModel::SlaDueColumn), "02 Nov 15:00");

    const QModelIndex row = model.index(0, CaseQueueModel::SubjectColumn);
    EXPECT_EQ(row.data(CaseQueueModel::CaseIdRole).toLongLong(), 7);
    EXPECT_EQ(row.data(CaseQueueModel::StatusRole).toString(), "open");
    EXPECT_EQ(row.data(CaseQueueModel::PriorityRole).toString(), "high");
    EXPECT_EQ(row.data(CaseQueueModel::SlaDueRole).toDateTime(), utc("2026-11-02T15:00:00Z"));
    EXPECT_EQ(row.data(CaseQueueModel::CustomerIdRole).toString(), "CUS-1");
    EXPECT_EQ(row.data(CaseQueueModel::LinkedOrdersRole).toStringList(),
              QStringList({"ORD-1001", "ORD-1001-R1"}));
    EXPECT_EQ(row.data(CaseQueueModel::AlertCountRole).toInt(), 0);
    EXPECT_EQ(slaAt(model, 0), SlaState::Ok); // 5 h left of a 6 h SLA
    EXPECT_FALSE(row.data(CaseQueueModel::NeedsAttentionRole).toBool());
    EXPECT_TRUE(row.data(Qt::ToolTipRole).toString().contains("CASE-7"));
    EXPECT_TRUE(row.data(Qt::ToolTipRole).toString().contains("Due 02 Nov 15:00"));

    EXPECT_EQ(model.headerData(CaseQueueModel::ReferenceColumn, Qt::Horizontal).toString(), "Case");
    EXPECT_EQ(model.headerData(CaseQueueModel::SlaDueColumn, Qt::Horizontal).toString(), "Due");
    EXPECT_EQ(model.headerData(CaseQueueModel::AssigneeColumn, Qt::Horizontal).toString(),
              "Assignee");
}

TEST_F(CaseQueue, JudgesSlaAgainstTheClockAndReevaluatesOnRefresh)
{
    // The clock reads 2 Nov 10:00.
    model.setCases({
        supportCase(1, "due in 90 min", "2026-11-02T08:00:00Z", "2026-11-02T11:30:00Z"),
        supportCase(2, "due in 8 h of a 9 h SLA", "2026-11-02T09:00:00Z", "2026-11-02T18:00:00Z"),
        supportCase(3, "overdue", "2026-11-01T09:00:00Z", "2026-11-02T09:00:00Z"),
        supportCase(4, "overdue but resolved", "2026-11-01T09:00:00Z", "2026-11-02T09:00:00Z",
                    CaseStatus::Resolved),
        supportCase(5, "no SLA", "2026-11-01T09:00:00Z", ""),
        // Four days long: a quarter (24 h) warns earlier than two hours would.
        supportCase(6, "due in 24 h of 4 days", "2026-10-30T10:00:00Z", "2026-11-03T10:00:00Z"),
        supportCase(7, "overdue but closed", "2026-11-01T09:00:00Z", "2026-11-02T09:00:00Z",
                    CaseStatus::Closed),
    });
    EXPECT_EQ(slaAt(model, 0), SlaState::AtRisk);
    EXPECT_EQ(slaAt(model, 1), SlaState::Ok);
    EXPECT_EQ(slaAt(model, 2), SlaState::Breached);
    EXPECT_EQ(slaAt(model, 3), SlaState::None);
    EXPECT_EQ(slaAt(model, 4), SlaState::None);
    EXPECT_EQ(slaAt(model, 5), SlaState::AtRisk);
    EXPECT_EQ(slaAt(model, 6), SlaState::None);
    EXPECT_TRUE(model.index(0, 0).data(CaseQueueModel::NeedsAttentionRole).toBool());
    EXPECT_FALSE(model.index(1, 0).data(CaseQueueModel::NeedsAttentionRole).toBool());
    EXPECT_TRUE(model.index(2, 0).data(CaseQueueModel::NeedsAttentionRole).toBool());
    EXPECT_FALSE(model.index(3, 0).data(CaseQueueModel::NeedsAttentionRole).toBool());
    EXPECT_TRUE(model.index(2, 0).data(Qt::ToolTipRole).toString().contains("overdue"));
    EXPECT_TRUE(model.index(0, 0).data(Qt::ToolTipRole).toString().contains("at risk"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.refreshSla();
    EXPECT_EQ(changed.count(), 0); // nothing moved while the clock stood still

    clock.set(utc("2026-11-02T15:50:00Z"));
    model.refreshSla();
    EXPECT_EQ(slaAt(model, 0), SlaState::Breached); // 11:30 has passed
    EXPECT_EQ(slaAt(model, 1), SlaState::AtRisk);   // 2 h 10 min left, within a quarter of 9 h
    EXPECT_EQ(slaAt(model, 2), SlaState::Breached);
    EXPECT_EQ(slaAt(model, 5), SlaState::AtRisk);
    ASSERT_EQ(changed.count(), 2);
    EXPECT_EQ(changed.at(0).at(0).value<QModelIndex>().row(), 0);
    EXPECT_EQ(changed.at(1).at(0).value<QModelIndex>().row(), 1);
    EXPECT_TRUE(model.index(1, 0).data(CaseQueueModel::NeedsAttentionRole).toBool());
}

TEST_F(CaseQueue, AlertCountsMakeACaseNeedAttention)
{
    model.setAlertCount(8, 1); // known before the case arrives in the queue
    model.setCases({stilettos(), supportCase(8, "late sofa", "2026-11-02T09:00:00Z", "")});
    EXPECT_EQ(model.index(1, 0).data(CaseQueueModel::AlertCountRole).toInt(), 1);
    EXPECT_TRUE(model.index(1, 0).data(CaseQueueModel::NeedsAttentionRole).toBool());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setAlertCount(7, 2);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).value<QModelIndex>().row(), 0);
    EXPECT_EQ(model.index(0, 0).data(CaseQueueModel::AlertCountRole).toInt(), 2);
    EXPECT_TRUE(model.index(0, 0).data(CaseQueueModel::NeedsAttentionRole).toBool());
    EXPECT_TRUE(model.index(0, 0).data(Qt::ToolTipRole).toString().contains("2 alerts"));

    model.setAlertCount(7, 2);
    EXPECT_EQ(changed.count(), 1); // same count: no signal
    model.setAlertCount(7, 0);
    EXPECT_FALSE(model.index(0, 0).data(CaseQueueModel::NeedsAttentionRole).toBool());

    // A refresh keeps the counts the model was told.
    model.setCases({supportCase(8, "late sofa", "2026-11-02T09:00:00Z", ""), stilettos()});
    EXPECT_EQ(model.index(0, 0).data(CaseQueueModel::AlertCountRole).toInt(), 1);
}

TEST_F(CaseQueue, RefreshMergesByCaseIdSoSelectionSurvives)
{
    model.setCases({stilettos(), supportCase(8, "late sofa", "2026-11-02T09:00:00Z", ""),
                    supportCase(9, "no return label", "2026-11-02T09:00:00Z", "")});
    QPersistentModelIndex selected(model.index(1, CaseQueueModel::SubjectColumn));
    QPersistentModelIndex first(model.index(0, 0));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    SupportCase sofa =
        supportCase(8, "late sofa, delivery cancelled the day before", "2026-11-02T09:00:00Z", "");
    sofa.version = 2;
    model.setCases({stilettos(), sofa,
                    supportCase(10, "redirect to post office", "2026-11-02T09:30:00Z", "")});
    EXPECT_EQ(reset.count(), 0);
    EXPECT_EQ(layout.count(), 0);
    ASSERT_EQ(removed.count(), 1);
    EXPECT_EQ(rowRange(removed).first, 2);
    EXPECT_EQ(rowRange(removed).last, 2);
    ASSERT_EQ(inserted.count(), 1);
    EXPECT_EQ(rowRange(inserted).first, 2);
    ASSERT_EQ(changed.count(), 1); // only the sofa changed
    EXPECT_EQ(changed.at(0).at(0).value<QModelIndex>().row(), 1);

    ASSERT_TRUE(selected.isValid());
    EXPECT_EQ(selected.row(), 1);
    EXPECT_EQ(selected.data().toString(), "late sofa, delivery cancelled the day before");
    EXPECT_EQ(model.rowOf(10), 2);
    EXPECT_EQ(model.rowOf(9), -1);

    // A new order of the same cases moves the selection with its case, without a reset.
    model.setCases({supportCase(10, "redirect to post office", "2026-11-02T09:30:00Z", ""), sofa,
                    stilettos()});
    EXPECT_EQ(reset.count(), 0);
    EXPECT_EQ(layout.count(), 1);
    EXPECT_EQ(selected.row(), 1);
    EXPECT_EQ(first.row(), 2);
    EXPECT_EQ(first.data().toString(), "CASE-7");
    ASSERT_TRUE(model.caseAt(2).has_value());
    EXPECT_EQ(model.caseAt(2)->id, 7);
    EXPECT_FALSE(model.caseAt(3).has_value());
    EXPECT_FALSE(model.caseAt(-1).has_value());

    // An identical refresh says nothing at all.
    changed.clear();
    model.setCases({supportCase(10, "redirect to post office", "2026-11-02T09:30:00Z", ""), sofa,
                    stilettos()});
    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(inserted.count(), 1);
    EXPECT_EQ(removed.count(), 1);

    model.setCases({});
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(selected.isValid());
    EXPECT_EQ(reset.count(), 0);
}
