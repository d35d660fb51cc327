#include "itemmodels/SourceStatusModel.h"

#include "ItemModelTestKit.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace caseline;
using namespace caseline::test;

namespace {

enum Row
{
    Orders,
    Delivery,
    Payments,
    Returns,
    Notifications
};

SourceStatus source(BackofficeSystem system, SourceStatus::State state, const std::string &at,
                    const std::string &error = {})
{
    return {system, state, utc(at), error};
}

std::vector<SourceStatus> allFresh(const std::string &at)
{
    std::vector<SourceStatus> sources;
    for (BackofficeSystem system : allBackofficeSystems) {
        sources.push_back(source(system, SourceStatus::State::Ok, at));
    }
    return sources;
}

struct SourceStatuses : ::testing::Test
{
    SourceStatuses() { itemModelApplication(); }

    QString state(int row) const
    {
        return model.index(row).data(SourceStatusModel::StateRole).toString();
    }
    QString tip(int row) const { return model.index(row).data(Qt::ToolTipRole).toString(); }

    SourceStatusModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

} // namespace

TEST_F(SourceStatuses, AlwaysFiveSystemsInTheirOrderStartingUnknown)
{
    ASSERT_EQ(model.rowCount(), 5);
    const QStringList systems{"orders", "delivery", "payments", "returns", "notifications"};
    const QStringList titles{"Orders", "Delivery", "Payments", "Returns", "Messages"};
    for (int row = 0; row < 5; ++row) {
        EXPECT_EQ(model.index(row).data(SourceStatusModel::SystemRole).toString(), systems[row]);
        EXPECT_EQ(model.index(row).data().toString(), titles[row]);
        EXPECT_EQ(state(row), "unknown");
        EXPECT_FALSE(model.index(row).data(SourceStatusModel::PendingRole).toBool());
    }
    EXPECT_EQ(tip(Returns), "Returns: not fetched yet");
}

TEST_F(SourceStatuses, EachSystemShowsTheWorstStateAcrossTheCasesOrders)
{
    model.setSources("ORD-1001", allFresh("2026-10-20T14:05:00Z"));
    EXPECT_EQ(state(Payments), "ok");
    EXPECT_EQ(tip(Payments), "Payments: up to date (fetched 14:05)");

    std::vector<SourceStatus> replacement = allFresh("2026-10-20T14:05:00Z");
    replacement[Payments] = source(BackofficeSystem::Payments, SourceStatus::State::Stale,
                                   "2026-10-20T14:02:00Z", "connection refused");
    replacement[Returns] = source(BackofficeSystem::Returns, SourceStatus::State::Error,
                                  "2026-10-20T14:05:00Z", "returns answered 503");
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setSources("ORD-1001-R1", replacement);
    EXPECT_GE(changed.count(), 1);

    EXPECT_EQ(state(Orders), "ok");
    EXPECT_EQ(state(Payments), "stale");
    EXPECT_EQ(model.index(Payments).data(SourceStatusModel::FetchedAtRole).toDateTime(),
              utc("2026-10-20T14:02:00Z"));
    EXPECT_EQ(model.index(Payments).data(SourceStatusModel::ErrorRole).toString(),
              "connection refused");
    EXPECT_EQ(tip(Payments), "Payments: stale since 14:02 — connection refused");
    EXPECT_EQ(state(Returns), "error");
    EXPECT_EQ(tip(Returns), "Returns: error — returns answered 503");

    // A third order's payments data is stale too, and older: the oldest speaks.
    std::vector<SourceStatus> sofa = allFresh("2026-10-20T14:05:00Z");
    sofa[Payments] = source(BackofficeSystem::Payments, SourceStatus::State::Stale,
                            "2026-10-19T18:30:00Z", "timeout");
    model.setSources("ORD-2002", sofa);
    EXPECT_EQ(model.index(Payments).data(SourceStatusModel::FetchedAtRole).toDateTime(),
              utc("2026-10-19T18:30:00Z"));
    EXPECT_EQ(tip(Payments), "Payments: stale since 19 Oct 18:30 — timeout");

    // An error beats stale whatever the order reporting it.
    sofa[Payments] = source(BackofficeSystem::Payments, SourceStatus::State::Error,
                            "2026-10-20T14:05:00Z", "payments answered 500");
    model.setSources("ORD-2002", sofa);
    EXPECT_EQ(state(Payments), "error");
    EXPECT_EQ(tip(Payments), "Payments: error — payments answered 500");

    model.removeOrder("ORD-2002");
    model.removeOrder("ORD-1001-R1");
    EXPECT_EQ(state(Payments), "ok");
    EXPECT_EQ(state(Returns), "ok");

    // A refresh that says the same changes nothing.
    changed.clear();
    model.setSources("ORD-1001", allFresh("2026-10-20T14:05:00Z"));
    model.removeOrder("ORD-404");
    EXPECT_EQ(changed.count(), 0);
}

TEST_F(SourceStatuses, SystemsNoOrderReportedStayUnknown)
{
    model.setSources("ORD-1001", {source(BackofficeSystem::Delivery, SourceStatus::State::Ok,
                                         "2026-10-20T14:05:00Z")});
    EXPECT_EQ(state(Delivery), "ok");
    EXPECT_EQ(state(Orders), "unknown");
    EXPECT_EQ(state(Notifications), "unknown");
}

TEST_F(SourceStatuses, PendingRefreshMarksEveryRowUntilCleared)
{
    model.setSources("ORD-1001", allFresh("2026-10-20T14:05:00Z"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setPending(true);
    ASSERT_EQ(changed.count(), 1);
    for (int row = 0; row < 5; ++row) {
        EXPECT_TRUE(model.index(row).data(SourceStatusModel::PendingRole).toBool());
    }
    EXPECT_EQ(tip(Orders), "Orders: up to date (fetched 14:05) (refreshing…)");
    model.setPending(true);
    EXPECT_EQ(changed.count(), 1);

    model.clear();
    for (int row = 0; row < 5; ++row) {
        EXPECT_EQ(state(row), "unknown");
        EXPECT_FALSE(model.index(row).data(SourceStatusModel::PendingRole).toBool());
        EXPECT_FALSE(
            model.index(row).data(SourceStatusModel::FetchedAtRole).toDateTime().isValid());
    }
    EXPECT_EQ(model.rowCount(), 5);
}
