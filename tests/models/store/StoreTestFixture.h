#pragma once

#include "ManualClock.h"
#include "StoreBackend.h"
#include "TempDirectory.h"
#include "store/CaseDatabase.h"
#include "store/SchemaMigrations.h"

#include <gtest/gtest.h>
#include <memory>

namespace caseline::test {

// Every store test runs once on SQLite and once on PostgreSQL, each on a fresh, migrated store.
class StoreTest : public ::testing::TestWithParam<StoreBackend>
{
protected:
    void SetUp() override
    {
        address = std::make_unique<StoreAddress>(freshStore(GetParam(), directory.path().string()));
        db = std::make_unique<CaseDatabase>(*address);
        SchemaMigrations::migrate(*db);
    }

    // A second connection to the same store, as another console would have.
    std::unique_ptr<CaseDatabase> secondConnection() const
    {
        return std::make_unique<CaseDatabase>(*address);
    }

    TempDirectory directory;
    ManualClock clock;
    std::unique_ptr<StoreAddress> address;
    std::unique_ptr<CaseDatabase> db;
};

inline std::string backendName(const ::testing::TestParamInfo<StoreBackend> &info)
{
    return toString(info.param);
}

#define CASELINE_ON_BOTH_STORES(fixture)                                                           \
    INSTANTIATE_TEST_SUITE_P(Stores, fixture,                                                      \
                             ::testing::Values(caseline::test::StoreBackend::Sqlite,               \
                                               caseline::test::StoreBackend::Postgresql),          \
                             caseline::test::backendName)

} // namespace caseline::test
