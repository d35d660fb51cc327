#include "itemmodels/TimelineFilterModel.h"

#include "StilettosTimeline.h"
#include "itemmodels/TimelineModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace caseline;
using namespace caseline::test;

namespace {

QStringList systems(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row) {
        result.append(model.index(row, 0).data(TimelineModel::SystemRole).toString());
    }
    return result;
}

struct TimelineFilter : ::testing::Test
{
    TimelineFilter()
    {
        itemModelApplication();
        filter.setSourceModel(&timeline);
        timeline.setCaseHistory(giulia::caseHistory());
        timeline.setOrderTimeline(giulia::original());
    }

    TimelineModel timeline;
    TimelineFilterModel filter;
    QAbstractItemModelTester sourceTester{&timeline,
                                          QAbstractItemModelTester::FailureReportingMode::Fatal};
    QAbstractItemModelTester proxyTester{&filter,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal};
};

} // namespace

TEST_F(TimelineFilter, ShowsEverythingUntilToldOtherwise)
{
    EXPECT_EQ(filter.rowCount(), timeline.rowCount());
    EXPECT_TRUE(filter.isSystemVisible("delivery"));
    EXPECT_EQ(filter.index(0, TimelineModel::WhatColumn).data().toString(),
              "Escalated to Warehouse (due 20 Oct 2026 09:20): Stop the cancelled replacement");
}

TEST_F(TimelineFilter, HidesChosenSystemsAndKeepsTheirChildrenWithTheRest)
{
    QSignalSpy changed(&filter, &TimelineFilterModel::filterChanged);
    filter.setSystemVisible("delivery", false);
    filter.setSystemVisible("case", false);
    EXPECT_EQ(changed.count(), 2);
    EXPECT_FALSE(filter.isSystemVisible("delivery"));
    EXPECT_EQ(systems(filter),
              QStringList({"returns", "notifications", "payments", "orders", "orders", "orders"}));

    // A visible event still expands into its detail and references.
    const QModelIndex cancelled = filter.index(3, 0);
    ASSERT_EQ(cancelled.data(TimelineModel::KeyRole).toString(),
              QString::fromStdString(giulia::replacementCancelled().ref));
    ASSERT_EQ(filter.rowCount(cancelled), 2);
    EXPECT_EQ(filter.index(0, TimelineModel::WhatColumn, cancelled).data().toString(),
              "Replacement cancelled by finance: original order ORD-1001 refunded in full");

    filter.setSystemVisible("delivery", false); // already hidden: no news
    EXPECT_EQ(changed.count(), 2);
    filter.setSystemVisible("delivery", true);
    EXPECT_EQ(changed.count(), 3);
    EXPECT_EQ(systems(filter).count("delivery"), 2);
}

TEST_F(TimelineFilter, MatchesTextInSummaryOrDetailIgnoringCase)
{
    QSignalSpy changed(&filter, &TimelineFilterModel::filterChanged);
    filter.setTextFilter("REFUNDED");
    EXPECT_EQ(changed.count(), 1);
    // "refunded in full" is in the cancellation's detail only.
    ASSERT_EQ(filter.rowCount(), 1);
    EXPECT_EQ(filter.index(0, 0).data(TimelineModel::KeyRole).toString(),
              QString::fromStdString(giulia::replacementCancelled().ref));

    filter.setTextFilter("refund");
    // + "Refund REF-1001 of 49.90 EUR by finance" and the call's "wants the refund to stand".
    EXPECT_EQ(filter.rowCount(), 3);

    filter.setTextFilter("label");
    EXPECT_EQ(systems(filter), QStringList({"case", "returns"}));
    filter.setSystemVisible("case", false);
    EXPECT_EQ(systems(filter), QStringList({"returns"}));

    filter.setTextFilter("label"); // unchanged: no news
    EXPECT_EQ(changed.count(), 4);
    filter.setTextFilter("");
    filter.setSystemVisible("case", true);
    EXPECT_EQ(filter.rowCount(), timeline.rowCount());
}

TEST_F(TimelineFilter, FollowsRefreshesOfTheTimeline)
{
    filter.setSystemVisible("notifications", false);
    const int shown = filter.rowCount();
    QSignalSpy inserted(&filter, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&filter, &QAbstractItemModel::modelReset);

    timeline.setOrderTimeline(giulia::replacement()); // adds a message, hidden here
    EXPECT_EQ(filter.rowCount(), shown);
    EXPECT_EQ(inserted.count(), 0);

    OrderTimeline refreshed = giulia::original();
    refreshed.events.push_back(timelineEvent("2026-10-20T08:00:00Z", "delivery", "shipment.created",
                                             "Return pickup booked with BRT",
                                             TimelineRefs::shipment("SHP-1003"), {"RMA-1001"}));
    timeline.setOrderTimeline(refreshed);
    EXPECT_EQ(filter.rowCount(), shown + 1);
    ASSERT_EQ(inserted.count(), 1);
    EXPECT_TRUE(rowRange(inserted).topLevel);
    EXPECT_EQ(filter.index(0, TimelineModel::WhatColumn).data().toString(),
              "Return pickup booked with BRT");
    EXPECT_EQ(reset.count(), 0);

    timeline.clear();
    EXPECT_EQ(filter.rowCount(), 0);
}
