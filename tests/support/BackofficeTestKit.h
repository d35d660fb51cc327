#pragma once

#include "HttpTestClient.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

// Small helpers shared by the back-office integration tests (free functions, no state).
namespace caseline::test {

// {"Idempotency-Key": key}
HttpTestClient::Headers withKey(const std::string &key);

// A 2xx/3xx... response with the given status, a JSON content type and a JSON body.
::testing::AssertionResult isJson(const HttpResponse &response, long status);

// An application/problem+json response with the given status and slug
// ("urn:caseline:problem:<slug>"), "status" matching, and — when field is not empty — naming
// that field ("lines[0]*": a field starting with "lines[0]").
::testing::AssertionResult isProblem(const HttpResponse &response, long status,
                                     const std::string &slug, const std::string &field = {});

// A validation problem: status 400 or 422 (the spec allows both), slug "validation".
::testing::AssertionResult isValidationProblem(const HttpResponse &response,
                                               const std::string &field = {});

// GET /admin/ledger → entries.
nlohmann::json ledgerEntries(HttpTestClient &client);
std::size_t countLedgerEntries(const nlohmann::json &entries, const std::string &idempotencyKey);

// Reads the whole change feed from `after` (following "next" until no event is left).
nlohmann::json allEvents(HttpTestClient &client, const std::string &after = {});
// The cursor after the last event at this moment.
std::string currentCursor(HttpTestClient &client);

// The server's observable state: the ledger, the change-feed cursor and the bodies of the
// given GET paths. Two equal snapshots mean nothing was written in between.
nlohmann::json stateSnapshot(HttpTestClient &client, const std::vector<std::string> &paths);

} // namespace caseline::test
