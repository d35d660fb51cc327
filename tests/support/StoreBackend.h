#pragma once

#include "store/StoreAddress.h"

#include <string>

namespace caseline::test {

// Store tests run on both drivers: an SQLite file in a temporary directory, and a fresh
// database on the throwaway PostgreSQL server the test process starts (PostgresTestServer).
enum class StoreBackend
{
    Sqlite,
    Postgresql
};

std::string toString(StoreBackend backend);

// A new, empty store of that kind; the SQLite file lives in `directory`.
StoreAddress freshStore(StoreBackend backend, const std::string &directory);

} // namespace caseline::test
