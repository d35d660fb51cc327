#pragma once

#include "BackofficeServer.h"
#include "HttpTestClient.h"

#include <gtest/gtest.h>
#include <memory>

namespace caseline::test {

// A test suite whose tests share one reference back-office. The suite starts it in its own
// SetUpTestSuite:
//     static void SetUpTestSuite() { server().start(ordersScenario()); }
// the base stops it after the suite, and gives every test `http`, a client of it — or fails the
// test at once, saying why, when the server did not come up. A suite that overrides SetUp()
// calls BackofficeSuite::SetUp() first and returns on HasFatalFailure().
class BackofficeSuite : public ::testing::Test
{
protected:
    static BackofficeServer &server();
    static void TearDownTestSuite();

    void SetUp() override;

    std::unique_ptr<HttpTestClient> http;
};

} // namespace caseline::test
