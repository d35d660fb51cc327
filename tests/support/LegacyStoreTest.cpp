// The stores of earlier schemas load as that release left them, on both kinds of store.

#include "LegacyStore.h"

#include "TempDirectory.h"
#include "store/CaseDatabase.h"
#include "store/SchemaMigrations.h"

#include <gtest/gtest.h>

using namespace caseline;
using namespace caseline::test;

namespace {

class LegacyStoreTest : public ::testing::TestWithParam<StoreBackend>
{
protected:
    TempDirectory directory;
};

long long rows(CaseDatabase &db, const char *table)
{
    return db.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table)).toLongLong();
}

} // namespace

TEST_P(LegacyStoreTest, StoreV7LoadsWithEverythingTheOldCodeWrote)
{
    CaseDatabase db(legacyStore(GetParam(), directory.path().string()));
    EXPECT_EQ(SchemaMigrations::currentVersion(db), 7);
    EXPECT_EQ(rows(db, "cases"), 4);
    EXPECT_EQ(rows(db, "case_entries"), 33);
    EXPECT_EQ(rows(db, "outbox"), 10);
    EXPECT_EQ(
        db.scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'pending'")).toInt(),
        8);
    EXPECT_EQ(rows(db, "refund_approvals"), 3);
    EXPECT_EQ(rows(db, "case_alerts"), 2);
    EXPECT_EQ(rows(db, "escalations"), 2);
    EXPECT_EQ(rows(db, "audit_log"), 36);
}

INSTANTIATE_TEST_SUITE_P(Stores, LegacyStoreTest,
                         ::testing::Values(StoreBackend::Sqlite, StoreBackend::Postgresql),
                         [](const auto &info) { return toString(info.param); });
