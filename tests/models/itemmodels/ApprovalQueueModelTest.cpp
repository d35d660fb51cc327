#include "itemmodels/ApprovalQueueModel.h"

#include "ItemModelTestKit.h"
#include "itemmodels/CsvExport.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace caseline;
using namespace caseline::test;

namespace {

const QDateTime now = utc("2026-12-01T15:00:00Z");

RefundApproval request(long long id, long long amount, const std::string &currency,
                       const QDateTime &at)
{
    RefundApproval approval;
    approval.id = id;
    approval.caseId = 40 + id;
    approval.orderId = "ORD-50" + std::to_string(id);
    approval.amount = amount;
    approval.currency = currency;
    approval.reason = "Sofa, damaged on delivery";
    approval.requestedBy = "giulia";
    approval.requestedAt = at;
    return approval;
}

struct ApprovalQueue : ::testing::Test
{
    ApprovalQueue() { itemModelApplication(); }

    QString text(int row, int column) const { return model.index(row, column).data().toString(); }

    ApprovalQueueModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

} // namespace

TEST_F(ApprovalQueue, ShowsAmountsAndHowLongEachHasWaited)
{
    model.setRows({request(1, 124900, "eur", now.addSecs(-(26 * 3600 + 60))),
                   request(2, 45000, "JPY", now.addSecs(-1800))},
                  now);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(text(0, ApprovalQueueModel::RequestColumn), "#1");
    EXPECT_EQ(text(0, ApprovalQueueModel::CaseColumn), "CASE-41");
    EXPECT_EQ(text(0, ApprovalQueueModel::OrderColumn), "ORD-501");
    EXPECT_EQ(text(0, ApprovalQueueModel::AmountColumn), QString::fromUtf8("1249.00\u00a0EUR"));
    EXPECT_EQ(text(1, ApprovalQueueModel::AmountColumn), QString::fromUtf8("45000\u00a0JPY"));
    EXPECT_EQ(text(0, ApprovalQueueModel::ReasonColumn), "Sofa, damaged on delivery");
    EXPECT_EQ(text(0, ApprovalQueueModel::RequestedByColumn), "giulia");
    EXPECT_EQ(text(0, ApprovalQueueModel::WaitingSinceColumn), "30 Nov 12:59 (1 d 2 h)");
    EXPECT_EQ(text(1, ApprovalQueueModel::WaitingSinceColumn), "01 Dec 14:30 (30 min)");
    const QModelIndex first = model.index(0, 0);
    EXPECT_EQ(first.data(ApprovalQueueModel::ApprovalIdRole).toLongLong(), 1);
    EXPECT_EQ(first.data(ApprovalQueueModel::CaseIdRole).toLongLong(), 41);
    EXPECT_EQ(first.data(ApprovalQueueModel::AmountMinorRole).toLongLong(), 124900);
    EXPECT_EQ(first.data(ApprovalQueueModel::CurrencyRole).toString(), "eur");
    EXPECT_EQ(first.data(ApprovalQueueModel::WaitingSecondsRole).toLongLong(), 26 * 3600 + 60);
    EXPECT_EQ(model.index(0, ApprovalQueueModel::WaitingSinceColumn)
                  .data(CsvExport::ExportRole)
                  .toString(),
              "2026-11-30T12:59:00Z");
}

TEST_F(ApprovalQueue, DecidedRequestsLeaveAndTheRestStay)
{
    model.setRows(
        {request(1, 100, "EUR", now), request(2, 200, "EUR", now), request(3, 300, "EUR", now)},
        now);
    const QPersistentModelIndex third = model.index(2, 0);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setRows({request(1, 100, "EUR", now), request(3, 300, "EUR", now)}, now);
    EXPECT_EQ(removed.count(), 1);
    EXPECT_EQ(rowRange(removed).first, 1);
    EXPECT_EQ(reset.count(), 0);
    EXPECT_EQ(third.row(), 1);
}
