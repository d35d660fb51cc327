#include "store/Outbox.h"

#include "StoreTestFixture.h"
#include "store/CaseRepository.h"
#include "store/StoreError.h"
#include "store/StoreTransaction.h"

namespace caseline::test {
namespace {

using namespace std::chrono_literals;

class OutboxTest : public StoreTest
{
protected:
    long long enqueue(const std::string &key)
    {
        OutboxEntry entry;
        entry.action = "refund";
        entry.system = "payments";
        entry.path = "/refunds";
        entry.body = R"({"orderId":"ORD-1","amount":100,"currency":"EUR","reason":"x"})";
        entry.idempotencyKey = key;
        entry.actor = "anna";
        StoreTransaction transaction(*db);
        const long long id = Outbox(*db).enqueue(entry, clock.now());
        transaction.commit();
        return id;
    }
};

TEST_P(OutboxTest, AClaimedEntryIsReservedForItsLease)
{
    const long long id = enqueue("k-1");
    Outbox outbox(*db);
    const auto claimed = outbox.claimDue(clock.now(), 30s, 10);
    ASSERT_EQ(claimed.size(), 1u);
    EXPECT_EQ(claimed[0].id, id);
    EXPECT_EQ(claimed[0].attempts, 1);
    EXPECT_EQ(claimed[0].idempotencyKey, "k-1");

    // Another sender (another connection) finds nothing due while the lease runs.
    auto other = secondConnection();
    EXPECT_TRUE(Outbox(*other).claimDue(clock.now().addSecs(29), 30s, 10).empty());
    // The sender died: after the lease the entry is due again, with the same key.
    const auto again = Outbox(*other).claimDue(clock.now().addSecs(31), 30s, 10);
    ASSERT_EQ(again.size(), 1u);
    EXPECT_EQ(again[0].attempts, 2);
    EXPECT_EQ(again[0].idempotencyKey, "k-1");
}

TEST_P(OutboxTest, RecordsDeliveryRetryAndFailure)
{
    const long long delivered = enqueue("k-1");
    const long long retried = enqueue("k-2");
    const long long failed = enqueue("k-3");
    Outbox outbox(*db);
    ASSERT_EQ(outbox.claimDue(clock.now(), 30s, 10).size(), 3u);

    outbox.markDelivered(delivered, R"({"id":"REF-1"})", clock.now());
    outbox.markRetry(retried, "payments did not answer", clock.now().addSecs(5), clock.now());
    outbox.markFailed(failed, "refused: more than was paid", clock.now());

    EXPECT_EQ(outbox.find(delivered)->state, OutboxEntry::State::Delivered);
    EXPECT_EQ(outbox.find(delivered)->result, R"({"id":"REF-1"})");
    EXPECT_EQ(outbox.find(retried)->lastError, "payments did not answer");
    EXPECT_TRUE(outbox.claimDue(clock.now().addSecs(4), 30s, 10).empty());
    EXPECT_EQ(outbox.claimDue(clock.now().addSecs(5), 30s, 10).size(), 1u);
    EXPECT_EQ(outbox.count(OutboxEntry::State::Failed), 1);
    EXPECT_EQ(outbox.unfinished().size(), 2u); // the retried and the failed one

    outbox.retry(failed, clock.now());
    EXPECT_EQ(outbox.find(failed)->state, OutboxEntry::State::Pending);
    EXPECT_THROW(outbox.retry(delivered, clock.now()), StoreError);
    // "Try now" on an entry waiting for its next try: due at once, like the failed one.
    outbox.retry(retried, clock.now());
    EXPECT_EQ(outbox.claimDue(clock.now(), 30s, 10).size(), 2u);
}

TEST_P(OutboxTest, AKeyIsUsedOnce)
{
    enqueue("k-1");
    EXPECT_THROW(enqueue("k-1"), StoreError);
    EXPECT_EQ(Outbox(*db).unfinished().size(), 1u);
}

TEST_P(OutboxTest, TwoSendersNeverClaimTheSameEntry)
{
    for (int i = 0; i < 20; ++i) {
        enqueue("k-" + std::to_string(i));
    }
    auto other = secondConnection();
    const auto first = Outbox(*db).claimDue(clock.now(), 30s, 12);
    const auto second = Outbox(*other).claimDue(clock.now(), 30s, 12);
    std::set<long long> ids;
    for (const auto *batch : {&first, &second}) {
        for (const OutboxEntry &entry : *batch) {
            EXPECT_TRUE(ids.insert(entry.id).second) << "claimed twice: " << entry.id;
        }
    }
    EXPECT_EQ(ids.size(), 20u);
}

CASELINE_ON_BOTH_STORES(OutboxTest);

} // namespace
} // namespace caseline::test
