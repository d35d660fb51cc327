#pragma once

#include "StoreBackend.h"
#include "store/StoreAddress.h"

#include <string>

namespace caseline::test {

// A case store of an earlier schema, as that release's own code left it
// (tests/models/store/legacy/, made by LegacyStoreMaker.cpp there), copied into a fresh store
// of the given kind for the upgrade tests: an SQLite file in `directory`, or a new database on
// the test server loaded from the plain SQL dump with psql. Throws std::runtime_error with the
// reason when it cannot be loaded.
StoreAddress legacyStore(StoreBackend backend, const std::string &directory,
                         const std::string &name = "store-v7");

} // namespace caseline::test
