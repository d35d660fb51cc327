#include "StoreTestFixture.h"
#include "store/CaseRepository.h"
#include "store/StoreError.h"

#include <QSqlQuery>

namespace caseline::test {
namespace {

// Starts from an empty store instead of the fixture's migrated one.
class SchemaMigrationsTest : public StoreTest
{
protected:
    void SetUp() override
    {
        address = std::make_unique<StoreAddress>(freshStore(GetParam(), directory.path().string()));
        db = std::make_unique<CaseDatabase>(*address);
    }

    int count(const char *table)
    {
        return db->scalar(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table)).toInt();
    }
};

TEST_P(SchemaMigrationsTest, BringsAnEmptyStoreToTheLatestVersion)
{
    EXPECT_EQ(SchemaMigrations::currentVersion(*db), 0);
    SchemaMigrations::migrate(*db);
    EXPECT_EQ(SchemaMigrations::currentVersion(*db), SchemaMigrations::latestVersion());
    EXPECT_EQ(count("departments"), 6);
    // Running again at the next start changes nothing.
    SchemaMigrations::migrate(*db);
    EXPECT_EQ(count("schema_version"), static_cast<int>(SchemaMigrations::steps().size()));
}

TEST_P(SchemaMigrationsTest, UpgradesFromEveryEarlierVersionKeepingTheData)
{
    for (const SchemaMigrations::Step &earlier : SchemaMigrations::steps()) {
        const int from = earlier.version;
        if (from == SchemaMigrations::latestVersion()) {
            continue;
        }
        SCOPED_TRACE("from version " + std::to_string(from));
        address = std::make_unique<StoreAddress>(freshStore(GetParam(), directory.path().string()));
        db = std::make_unique<CaseDatabase>(*address);
        SchemaMigrations::migrate(*db, from);
        ASSERT_EQ(SchemaMigrations::currentVersion(*db), from);
        // A case as version 1 stored it (every later version still has these columns).
        db->run(QStringLiteral("INSERT INTO cases (customer_id, customer_language, subject, "
                               "status, priority, channel, department, created_at, updated_at) "
                               "VALUES ('CUS-1', 'de', 'Paket fehlt', 'open', 'high', 'email', "
                               "'customer-service', '2026-11-01T08:00:00Z', "
                               "'2026-11-01T08:00:00Z')"));

        SchemaMigrations::migrate(*db);

        EXPECT_EQ(SchemaMigrations::currentVersion(*db), SchemaMigrations::latestVersion());
        CaseRepository cases(*db, clock);
        const std::vector<SupportCase> all = cases.list({});
        ASSERT_EQ(all.size(), 1u);
        EXPECT_EQ(all[0].subject, "Paket fehlt");
        EXPECT_EQ(all[0].priority, CasePriority::High);
        EXPECT_EQ(all[0].version, 1);
        // The upgraded store works for everything the latest version offers.
        SupportCase updated = all[0];
        updated.department = "finance"; // the departments of version 2
        EXPECT_EQ(cases.update(updated, "test").version, 2);
    }
}

TEST_P(SchemaMigrationsTest, RefusesAStoreNewerThanItKnows)
{
    SchemaMigrations::migrate(*db);
    db->run(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"),
            {SchemaMigrations::latestVersion() + 1});
    try {
        SchemaMigrations::migrate(*db);
        ADD_FAILURE() << "accepted a newer store";
    } catch (const StoreError &error) {
        EXPECT_EQ(error.kind(), StoreError::Kind::Invalid);
        EXPECT_NE(std::string(error.what()).find("update Caseline"), std::string::npos);
    }
}

TEST_P(SchemaMigrationsTest, AFailedStepLeavesThePreviousVersion)
{
    SchemaMigrations::migrate(*db, 1);
    // Something in the way of step 2: its table exists already.
    db->runFixed(QStringLiteral("CREATE TABLE departments (name TEXT)"));
    EXPECT_THROW(SchemaMigrations::migrate(*db), StoreError);
    EXPECT_EQ(SchemaMigrations::currentVersion(*db), 1);
    EXPECT_EQ(count("departments"), 0); // step 2's inserts were rolled back
}

CASELINE_ON_BOTH_STORES(SchemaMigrationsTest);

} // namespace
} // namespace caseline::test
