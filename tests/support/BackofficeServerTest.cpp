// BackofficeServer and BackofficeSuite, the one fixture of the reference back-office: it starts
// caseline-backoffice, waits until it listens, hands out its URL and configuration, says why
// when it cannot start, restarts it with the same arguments, and stops it.
#include "BackofficeServer.h"

#include "BackofficeSuite.h"
#include "HttpTestClient.h"
#include "TestScenario.h"

#include <cstdlib>
#include <filesystem>
#include <gtest/gtest-spi.h>
#include <gtest/gtest.h>

namespace caseline::test {
namespace {

TestScenario oneCustomer()
{
    TestScenario scenario("support-server");
    scenario.addCustomer(
        TestScenario::customer("CUS-9001", "Ada Neri", "ada.neri@example.it", "+39 300 000 9001"));
    return scenario;
}

TEST(BackofficeServerTest, ServesAScenarioAtTheUrlAndConfigurationItHandsOut)
{
    BackofficeServer server;
    ASSERT_TRUE(server.start(oneCustomer())) << server.error();
    EXPECT_TRUE(server.running());
    HttpTestClient http(server.baseUrl());
    const HttpResponse health = http.get("/health");
    ASSERT_EQ(health.status, 200) << health.describe();
    EXPECT_EQ(health.json().at("now"), TestScenario::kNow) << "the clock is frozen by default";
    EXPECT_EQ(http.get("/orders/v1/customers/CUS-9001").status, 200);

    // The configuration points every system at this server, and no token of the test's
    // environment leaks into it.
    ::setenv("CASELINE_BACKOFFICE_TOKEN", "from-the-environment", 1);
    const BackofficeConfig config = server.config();
    ::unsetenv("CASELINE_BACKOFFICE_TOKEN");
    for (const BackofficeSystem system : allBackofficeSystems) {
        const SystemEndpoint &endpoint = config.endpoint(system);
        EXPECT_EQ(endpoint.baseUrl.rfind(server.baseUrl() + "/", 0), 0u) << endpoint.baseUrl;
        EXPECT_TRUE(endpoint.token.empty()) << toString(system);
    }
}

TEST(BackofficeServerTest, AFailedStartIsReportedInTheServersWords)
{
    BackofficeServer server;
    bool started = true;
    EXPECT_NONFATAL_FAILURE(started = server.start({"--latency", "soon"}),
                            "caseline-backoffice did not start");
    EXPECT_FALSE(started);
    EXPECT_FALSE(server.running());
    EXPECT_NE(server.error().find("--latency: expected milliseconds"), std::string::npos)
        << server.error();
}

TEST(BackofficeServerTest, RestartsWithTheSameArgumentsAndKeepsItsDirectory)
{
    BackofficeServer server;
    const std::string kept = server.directory().write("kept.txt", "still here");
    ASSERT_TRUE(server.start({"--demo", "--clock", TestScenario::kNow})) << server.error();
    HttpTestClient http(server.baseUrl());
    ASSERT_EQ(http.postJson("/admin/clock", {{"advance", 3600}}).status, 200);
    const pid_t first = server.process().pid();

    server.process().kill();
    EXPECT_FALSE(server.running());
    ASSERT_TRUE(server.restart()) << server.error();
    EXPECT_NE(server.process().pid(), first);
    http.setBaseUrl(server.baseUrl());
    EXPECT_EQ(http.get("/health").json().at("now"), TestScenario::kNow) << "started anew";
    EXPECT_EQ(http.get("/orders/v1/orders/ORD-1001").status, 200) << "with --demo again";
    EXPECT_TRUE(std::filesystem::exists(kept));
}

TEST(BackofficeServerTest, StopsAndTakesItsDirectoryAlong)
{
    BackofficeServer server({"--demo"});
    ASSERT_TRUE(server.running()) << server.error();
    const std::string url = server.baseUrl();
    const std::filesystem::path directory = server.directory().path();
    ASSERT_TRUE(std::filesystem::exists(directory));
    server.stop();
    EXPECT_FALSE(server.running());
    EXPECT_FALSE(HttpTestClient(url, 2000).get("/health").ok()) << "nothing answers at " << url;
    EXPECT_FALSE(std::filesystem::exists(directory));
}

class BackofficeSuiteTest : public BackofficeSuite
{
protected:
    static void SetUpTestSuite() { server().start({"--demo", "--clock", TestScenario::kNow}); }
};

TEST_F(BackofficeSuiteTest, EveryTestGetsAClientOfTheSuitesServer)
{
    ASSERT_TRUE(http);
    EXPECT_EQ(http->baseUrl(), server().baseUrl());
    EXPECT_EQ(http->get("/orders/v1/orders/ORD-1001").status, 200);
}

// A suite that forgot to start its server: each test fails at once, saying so.
class SuiteWithoutServer : public BackofficeSuite
{
public:
    static void setUpOneTest()
    {
        server().stop();
        SuiteWithoutServer test;
        test.SetUp();
    }

private:
    void TestBody() override {}
};

TEST(BackofficeSuiteWithoutServerTest, FailsEachTestSayingNoServerWasStarted)
{
    EXPECT_FATAL_FAILURE(SuiteWithoutServer::setUpOneTest(), "SetUpTestSuite starts one");
}

} // namespace
} // namespace caseline::test
