#include "BackofficeSuite.h"

namespace caseline::test {

BackofficeServer &BackofficeSuite::server()
{
    // One server at a time: GoogleTest runs one suite after the other.
    static BackofficeServer instance;
    return instance;
}

void BackofficeSuite::TearDownTestSuite()
{
    server().stop();
}

void BackofficeSuite::SetUp()
{
    ASSERT_TRUE(server().running())
        << (server().error().empty() ? "no back-office: the suite's SetUpTestSuite starts one"
                                     : server().error());
    http = std::make_unique<HttpTestClient>(server().baseUrl());
}

} // namespace caseline::test
