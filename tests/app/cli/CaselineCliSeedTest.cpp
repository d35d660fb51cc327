// caseline-cli dev seed against a real case store (SQLite file and PostgreSQL): it writes the
// cases asked for and says so; counts out of range are usage errors that write nothing.
#include "CliRun.h"
#include "StoreBackend.h"
#include "TempDirectory.h"
#include "store/CaseDatabase.h"
#include "store/SchemaMigrations.h"

#include <gtest/gtest.h>

namespace caseline::test {
namespace {

class CaselineCliSeedTest : public ::testing::TestWithParam<StoreBackend>
{
protected:
    void SetUp() override
    {
        address = std::make_unique<StoreAddress>(freshStore(GetParam(), directory.path().string()));
        store = address->driver() == StoreAddress::Driver::Sqlite
                    ? address->path().toStdString()
                    : "postgresql://" + address->user().toStdString() + "@" +
                          address->host().toStdString() + ":" + std::to_string(address->port()) +
                          "/" + address->database().toStdString();
    }

    CliRun seed(const std::string &count)
    {
        return CliRun::run({"--db", store, "dev", "seed", "--cases", count});
    }

    long long cases()
    {
        CaseDatabase db(*address);
        SchemaMigrations::migrate(db);
        return db.scalar(QStringLiteral("SELECT COUNT(*) FROM cases")).toLongLong();
    }

    TempDirectory directory;
    std::unique_ptr<StoreAddress> address;
    std::string store;
};

TEST_P(CaselineCliSeedTest, SeedsTheCasesAskedFor)
{
    const CliRun run = seed("250");
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.out.find("Seeded 250 cases in "), std::string::npos) << run.out;
    EXPECT_EQ(cases(), 250);
    ASSERT_EQ(seed("50").exitCode, 0);
    EXPECT_EQ(cases(), 300);
}

TEST_P(CaselineCliSeedTest, RefusesCountsOutOfRangeAndWritesNothing)
{
    for (const char *count : {"0", "5000001", "many", "-3"}) {
        const CliRun run = seed(count);
        EXPECT_EQ(run.exitCode, 2) << count << ": " << run.out << run.err;
        EXPECT_NE(run.err.find("--cases"), std::string::npos) << count << ": " << run.err;
    }
    const CliRun missing = CliRun::run({"--db", store, "dev", "seed"});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_EQ(cases(), 0);
    const CliRun help = CliRun::run({"--help"});
    EXPECT_NE(help.out.find("dev seed --cases N"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Stores, CaselineCliSeedTest,
                         ::testing::Values(StoreBackend::Sqlite, StoreBackend::Postgresql),
                         [](const ::testing::TestParamInfo<StoreBackend> &info) {
                             return toString(info.param);
                         });

} // namespace
} // namespace caseline::test
