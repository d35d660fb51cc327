#include "itemmodels/CasePageModel.h"

#include "ItemModelTestKit.h"
#include "ManualClock.h"
#include "TempDirectory.h"
#include "store/CaseDatabase.h"
#include "store/CaseQueue.h"
#include "store/CaseSeeder.h"
#include "store/SchemaMigrations.h"
#include "store/StoreError.h"

#include <QAbstractItemModelTester>
#include <QPromise>
#include <gtest/gtest.h>
#include <memory>

namespace caseline::test {
namespace {

// A page request the test answers when it likes (in any order), from a real seeded store.
struct PendingPage
{
    CaseQuery query;
    std::optional<CaseCursor> after;
    int limit = 0;
    std::shared_ptr<QPromise<std::vector<SupportCase>>> promise;
};

class CasePageModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        itemModelApplication();
        db = std::make_unique<CaseDatabase>(StoreAddress::sqliteFile(
            QString::fromStdString((directory.path() / "cases.sqlite").string())));
        SchemaMigrations::migrate(*db);
        CaseSeeder::seed(*db, 1000, clock.now());
        model = std::make_unique<CasePageModel>(
            clock,
            [this](const CaseQuery &query, const std::optional<CaseCursor> &after, int limit) {
                PendingPage page{query, after, limit,
                                 std::make_shared<QPromise<std::vector<SupportCase>>>()};
                page.promise->start();
                pending.push_back(page);
                return page.promise->future();
            },
            [this](const CaseQuery &query) {
                return QtFuture::makeReadyFuture(CaseQueue(*db).count(query, clock.now()));
            });
    }

    // Pages never answered end while the model still lives: Qt 6.4's QFuture::then(context)
    // asserts when a future finishes after its context is gone.
    void TearDown() override
    {
        for (PendingPage &page : pending) {
            if (!page.promise->future().isFinished()) {
                page.promise->finish();
            }
        }
        model.reset();
    }

    // Answers every request and asks for more until the queue's end.
    void answerAll()
    {
        for (std::size_t i = 0; i < pending.size(); ++i) {
            if (!pending[i].promise->future().isFinished()) {
                answer(i);
            }
            if (i + 1 == pending.size() && model->canFetchMore({})) {
                model->fetchMore({}); // as a view scrolling to the end
            }
        }
    }

    void answer(std::size_t which)
    {
        PendingPage &page = pending.at(which);
        page.promise->addResult(
            CaseQueue(*db).page(page.query, clock.now(), page.after, page.limit));
        page.promise->finish();
        settle();
    }

    static void settle()
    {
        for (int i = 0; i < 5; ++i) {
            QCoreApplication::processEvents();
        }
    }

    std::vector<long long> shownIds() const
    {
        std::vector<long long> ids;
        for (int row = 0; row < model->rowCount(); ++row) {
            ids.push_back(model->caseAt(row)->id);
        }
        return ids;
    }

    std::vector<long long> allIds(const CaseQuery &query)
    {
        std::vector<long long> ids;
        for (const SupportCase &item :
             CaseQueue(*db).page(query, clock.now(), std::nullopt, 100000)) {
            ids.push_back(item.id);
        }
        return ids;
    }

    static CaseQuery openQueue()
    {
        CaseQuery query;
        query.openOnly = true;
        return query;
    }

    TempDirectory directory;
    ManualClock clock;
    std::unique_ptr<CaseDatabase> db;
    std::vector<PendingPage> pending;
    std::unique_ptr<CasePageModel> model;
};

TEST_F(CasePageModelTest, PassesTheModelTesterWhileLoadingSortingAndRefreshing)
{
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    model->setQuery(openQueue());
    answerAll();
    EXPECT_EQ(shownIds(), allIds(openQueue()));
    model->sort(CaseQueueModel::CustomerColumn, Qt::AscendingOrder);
    answerAll();
    CaseQuery byCustomer = openQueue();
    byCustomer.sortKey = CaseSortKey::Customer;
    EXPECT_EQ(shownIds(), allIds(byCustomer));
    db->run(QStringLiteral("UPDATE cases SET status = 'closed' WHERE id = ?"),
            {model->caseAt(7)->id});
    db->run(QStringLiteral("UPDATE cases SET customer_id = 'CUS-A' WHERE id = ?"),
            {model->caseAt(300)->id});
    model->refresh({});
    answerAll();
    EXPECT_EQ(shownIds(), allIds(byCustomer));
}

TEST_F(CasePageModelTest, FetchesPageByPageOnlyWhenAskedAndOneAtATime)
{
    QSignalSpy counted(model.get(), &CasePageModel::countChanged);
    EXPECT_FALSE(model->canFetchMore({}));
    model->setQuery(openQueue());
    ASSERT_EQ(pending.size(), 1u);
    EXPECT_FALSE(pending[0].after);
    EXPECT_EQ(pending[0].limit, CasePageModel::pageSize);
    EXPECT_EQ(model->rowCount(), 0); // asynchronous: nothing until the answer
    answer(0);
    EXPECT_EQ(model->rowCount(), 100);
    const std::vector<long long> expected = allIds(openQueue());
    ASSERT_GT(expected.size(), 250u);
    EXPECT_EQ(model->totalCount(), static_cast<long long>(expected.size()));
    ASSERT_EQ(counted.size(), 1);
    EXPECT_EQ(counted.at(0).at(0).toLongLong(), model->totalCount());

    while (model->canFetchMore({})) {
        const std::size_t asked = pending.size();
        model->fetchMore({});
        ASSERT_EQ(pending.size(), asked + 1);
        EXPECT_FALSE(model->canFetchMore({})); // one page at a time
        model->fetchMore({});
        EXPECT_EQ(pending.size(), asked + 1);
        ASSERT_TRUE(pending.back().after);
        EXPECT_EQ(pending.back().after->id, model->caseAt(model->rowCount() - 1)->id);
        answer(asked);
    }
    EXPECT_EQ(shownIds(), expected);
    EXPECT_EQ(model->columnCount(), CaseQueueModel::ColumnCount);
    EXPECT_EQ(model->headerData(CaseQueueModel::SlaDueColumn, Qt::Horizontal).toString(), "Due");
    EXPECT_EQ(model->index(0, 0).data(CaseQueueModel::CaseIdRole).toLongLong(), expected.front());
}

TEST_F(CasePageModelTest, SortingAsksTheStoreAgain)
{
    model->setQuery(openQueue());
    answer(0);
    model->sort(CaseQueueModel::PriorityColumn, Qt::DescendingOrder);
    ASSERT_EQ(pending.size(), 2u);
    EXPECT_EQ(pending[1].query.sortKey, CaseSortKey::Priority);
    EXPECT_TRUE(pending[1].query.descending);
    EXPECT_TRUE(pending[1].query.openOnly);
    EXPECT_FALSE(pending[1].after);
    answer(1);
    CaseQuery byPriority = openQueue();
    byPriority.sortKey = CaseSortKey::Priority;
    byPriority.descending = true;
    std::vector<long long> expected = allIds(byPriority);
    expected.resize(100);
    EXPECT_EQ(shownIds(), expected);
    EXPECT_EQ(model->index(0, 0).data(CaseQueueModel::PriorityRole).toString(), "low");
    model->sort(CaseQueueModel::SubjectColumn, Qt::AscendingOrder); // no store order: ignored
    EXPECT_EQ(pending.size(), 2u);
}

TEST_F(CasePageModelTest, AnswersToAReplacedQueryAreDropped)
{
    model->setQuery(openQueue());
    answer(0);
    model->fetchMore({});
    CaseQuery warehouse = openQueue();
    warehouse.department = "warehouse";
    model->setQuery(warehouse); // while the next page of the old query is on its way
    CaseQuery finance = openQueue();
    finance.department = "finance";
    model->setQuery(finance);
    ASSERT_EQ(pending.size(), 4u);
    answer(3);
    std::vector<long long> expected = allIds(finance);
    expected.resize(std::min<std::size_t>(expected.size(), 100));
    EXPECT_EQ(shownIds(), expected);
    answer(1); // the old query's second page
    answer(2); // the warehouse's first page
    EXPECT_EQ(shownIds(), expected);
    EXPECT_EQ(model->totalCount(), static_cast<long long>(allIds(finance).size()));
}

TEST_F(CasePageModelTest, RefreshRereadsTheLoadedRangeInPlace)
{
    model->setQuery(openQueue());
    answer(0);
    model->fetchMore({});
    answer(1);
    ASSERT_EQ(model->rowCount(), 200);
    const long long changed = model->caseAt(150)->id;
    const QPersistentModelIndex selected = model->index(150, CaseQueueModel::SubjectColumn);
    db->run(QStringLiteral("UPDATE cases SET subject = 'Changed elsewhere' WHERE id = ?"),
            {changed});
    QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changes(model.get(), &QAbstractItemModel::dataChanged);
    model->refresh({changed});
    ASSERT_EQ(pending.size(), 3u);
    EXPECT_FALSE(pending[2].after);
    EXPECT_EQ(pending[2].limit, 200);
    answer(2);
    EXPECT_EQ(resets.size(), 0);
    EXPECT_EQ(changes.size(), 1);
    EXPECT_EQ(model->rowCount(), 200);
    ASSERT_TRUE(selected.isValid());
    EXPECT_EQ(selected.data().toString(), "Changed elsewhere");
    EXPECT_EQ(model->caseAt(selected.row())->id, changed);

    // Refreshes while a page is on its way wait for it, then read the grown range.
    model->fetchMore({});
    model->refresh({changed});
    EXPECT_EQ(pending.size(), 4u);
    answer(3);
    ASSERT_EQ(pending.size(), 5u);
    EXPECT_EQ(pending[4].limit, model->rowCount()); // all of them: fewer than three pages
}

TEST_F(CasePageModelTest, ShowsAlertsAndReportsFailures)
{
    model->setQuery(openQueue());
    answer(0);
    const long long id = model->caseAt(3)->id;
    model->setAlertCount(id, 2);
    EXPECT_EQ(model->index(3, 0).data(CaseQueueModel::AlertCountRole).toInt(), 2);
    EXPECT_TRUE(model->index(3, 0).data(CaseQueueModel::NeedsAttentionRole).toBool());

    QSignalSpy failed(model.get(), &CasePageModel::failed);
    model->fetchMore({});
    pending[1].promise->setException(
        std::make_exception_ptr(StoreError(StoreError::Kind::Unavailable, "store down")));
    pending[1].promise->finish();
    settle();
    ASSERT_EQ(failed.size(), 1);
    EXPECT_TRUE(failed.at(0).at(0).toString().contains(QStringLiteral("store down")));
    EXPECT_FALSE(model->canFetchMore({}));
    EXPECT_EQ(model->rowCount(), 100);
}

} // namespace
} // namespace caseline::test
