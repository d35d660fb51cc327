#include "workspace/StoreChangeWatcher.h"

#include "CliRun.h"
#include "ManualClock.h"
#include "PostgresTestServer.h"
#include "StoreBackend.h"
#include "TempDirectory.h"
#include "WaitUntil.h"
#include "itemmodels/CaseQueueModel.h"
#include "store/CaseRepository.h"
#include "workspace/CaseStoreThread.h"

#include <QCoreApplication>
#include <QTimer>
#include <chrono>
#include <functional>
#include <gtest/gtest.h>
#include <set>

namespace caseline::test {
namespace {

using namespace std::chrono_literals;

// Two consoles on one store: each has its own store thread (its own connection). What one
// changes, the other's watcher reports, and the other's queue model shows.
class StoreChangeWatcherTest : public ::testing::TestWithParam<StoreBackend>
{
protected:
    StoreChangeWatcherTest()
        : application(argc, argv)
        , url(GetParam() == StoreBackend::Postgresql ? PostgresTestServer::freshDatabaseUrl()
                                                     : directory.file("cases.sqlite"))
        , address(StoreAddress::parse(url))
        , mine(address)
        , theirs(address)
        , watcher(mine, clock)
    {
        QObject::connect(&watcher, &StoreChangeWatcher::casesChanged,
                         [this](const QList<qlonglong> &ids) {
                             changed.insert(ids.begin(), ids.end());
                             ++announcements;
                         });
        QObject::connect(&watcher, &StoreChangeWatcher::problem,
                         [this](const QString &reason) { problems.push_back(reason); });
    }

    ~StoreChangeWatcherTest() override
    {
        theirs.shutdown();
        mine.shutdown();
    }

    template<typename Result>
    static Result wait(QFuture<Result> future)
    {
        EXPECT_TRUE(waitUntil([&] { return future.isFinished(); }, "the store's answer"));
        return future.result();
    }

    SupportCase createThroughTheirs(const std::string &subject)
    {
        return wait(theirs.run([this, subject](CaseDatabase &db) {
            SupportCase draft;
            draft.customerId = "CUS-1003";
            draft.customerLanguage = "it";
            draft.subject = subject;
            draft.department = "customer-service";
            return CaseRepository(db, clock).create(draft, "marco");
        }));
    }

    void startWatching()
    {
        QObject::connect(&watcher, &StoreChangeWatcher::started, [this] { started = true; });
        watcher.start();
        ASSERT_TRUE(waitUntil([&] { return started || !problems.isEmpty(); },
                              "the watcher to start or fail"));
        ASSERT_TRUE(problems.isEmpty()) << problems.front().toStdString();
    }

    int argc = 0;
    char **argv = nullptr;
    QCoreApplication application;
    TempDirectory directory;
    ManualClock clock;
    std::string url;
    StoreAddress address;
    CaseStoreThread mine;
    CaseStoreThread theirs;
    StoreChangeWatcher watcher;
    std::set<qlonglong> changed;
    int announcements = 0;
    bool started = false;
    QStringList problems;
};

TEST_P(StoreChangeWatcherTest, AChangeByAnotherConnectionReachesThisConsolesQueue)
{
    const SupportCase before = createThroughTheirs("Divano consegnato senza piedini");
    startWatching();
    EXPECT_EQ(watcher.mode(), GetParam() == StoreBackend::Postgresql
                                  ? StoreChangeWatcher::Mode::Notifications
                                  : StoreChangeWatcher::Mode::FileWatch);

    // This console's queue, refreshed from its own connection whenever the watcher says so.
    CaseQueueModel queue(clock);
    QObject::connect(&watcher, &StoreChangeWatcher::casesChanged, [&] {
        mine.run([this](CaseDatabase &db) { return CaseRepository(db, clock).list({}); })
            .then(&queue, [&queue](std::vector<SupportCase> cases) { queue.setCases(cases); });
    });
    queue.setCases(
        wait(mine.run([this](CaseDatabase &db) { return CaseRepository(db, clock).list({}); })));
    ASSERT_EQ(queue.rowCount(), 1);
    const QModelIndex status = queue.index(0, 0);
    EXPECT_EQ(queue.data(status, CaseQueueModel::StatusRole).toString(), QStringLiteral("new"));

    SupportCase resolved = before;
    resolved.status = CaseStatus::Resolved;
    wait(theirs.run([this, resolved](CaseDatabase &db) {
        return CaseRepository(db, clock).update(resolved, "marco");
    }));

    ASSERT_TRUE(waitUntil([&] { return changed.contains(before.id); }, "the change of the case"));
    ASSERT_TRUE(waitUntil(
        [&] {
            return queue.data(queue.index(0, 0), CaseQueueModel::StatusRole).toString() ==
                   QStringLiteral("resolved");
        },
        "the queue to show the resolved case"));
    EXPECT_TRUE(problems.isEmpty());
}

TEST_P(StoreChangeWatcherTest, ABurstOfChangesArrivesTogetherAndNothingBeforeTheStartIsReported)
{
    const SupportCase early = createThroughTheirs("Tacchi rotti");
    startWatching();
    std::vector<long long> ids;
    for (int i = 0; i < 5; ++i) {
        ids.push_back(createThroughTheirs("Caso " + std::to_string(i)).id);
    }
    ASSERT_TRUE(waitUntil([&] { return changed.size() == ids.size(); }, "all five new cases"));
    for (long long id : ids) {
        EXPECT_TRUE(changed.contains(id));
    }
    EXPECT_FALSE(changed.contains(early.id));
    EXPECT_LT(announcements, 5); // gathered, not one signal per write
}

TEST_P(StoreChangeWatcherTest, AnotherProgramsChangeIsSeen)
{
    const SupportCase item = createThroughTheirs("Staubsauger ohne Rücksendeetikett");
    startWatching();
    const CliRun run = CliRun::run(
        {"--db", url, "--as", "lena", "case", "update", item.reference(), "--priority", "urgent"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_TRUE(
        waitUntil([&] { return changed.contains(item.id); }, "the change another program made"));
}

INSTANTIATE_TEST_SUITE_P(Stores, StoreChangeWatcherTest,
                         ::testing::Values(StoreBackend::Sqlite, StoreBackend::Postgresql),
                         [](const ::testing::TestParamInfo<StoreBackend> &info) {
                             return toString(info.param);
                         });

} // namespace
} // namespace caseline::test
