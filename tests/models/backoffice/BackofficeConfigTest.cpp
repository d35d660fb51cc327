#include "backoffice/BackofficeConfig.h"

#include "TempDirectory.h"
#include "backoffice/BackofficeConfigError.h"

#include <gtest/gtest.h>
#include <map>

namespace caseline {
namespace {

class BackofficeConfigTest : public ::testing::Test
{
protected:
    BackofficeConfig::Environment environment()
    {
        return [this](const std::string &name) -> std::optional<std::string> {
            const auto found = variables.find(name);
            if (found == variables.end()) {
                return std::nullopt;
            }
            return found->second;
        };
    }

    BackofficeConfig parse(const std::string &text)
    {
        return BackofficeConfig::fromJson(nlohmann::json::parse(text), environment());
    }

    std::string errorOf(const std::string &text)
    {
        try {
            parse(text);
        } catch (const BackofficeConfigError &error) {
            return error.what();
        }
        return "(accepted)";
    }

    std::map<std::string, std::string> variables;
};

TEST_F(BackofficeConfigTest, TheShortcutPointsEverySystemAtTheReferenceLayout)
{
    const BackofficeConfig config =
        BackofficeConfig::forReferenceServer("http://127.0.0.1:8480/", environment());
    EXPECT_EQ(config.endpoint(BackofficeSystem::Orders).baseUrl, "http://127.0.0.1:8480/orders/v1");
    EXPECT_EQ(config.endpoint(BackofficeSystem::Delivery).baseUrl,
              "http://127.0.0.1:8480/delivery/v1");
    EXPECT_EQ(config.endpoint(BackofficeSystem::Payments).baseUrl,
              "http://127.0.0.1:8480/payments/v1");
    EXPECT_EQ(config.endpoint(BackofficeSystem::Returns).baseUrl,
              "http://127.0.0.1:8480/returns/v1");
    EXPECT_EQ(config.endpoint(BackofficeSystem::Notifications).baseUrl,
              "http://127.0.0.1:8480/notifications/v1");
    EXPECT_EQ(config.changeFeed().baseUrl, "http://127.0.0.1:8480/events/v1");
    EXPECT_EQ(config.endpoint(BackofficeSystem::Orders).totalTimeout,
              std::chrono::milliseconds(10000));
}

TEST_F(BackofficeConfigTest, RejectsAShortcutThatIsNotAnHttpUrl)
{
    for (const char *url : {"", "127.0.0.1:8480", "ftp://host/", "http://", "http://host/?a=1"}) {
        EXPECT_THROW(BackofficeConfig::forReferenceServer(url, environment()),
                     BackofficeConfigError)
            << url;
    }
}

TEST_F(BackofficeConfigTest, ReadsPerSystemUrlsTokensAndTimeouts)
{
    variables["OMS_TOKEN"] = "oms-secret";
    const BackofficeConfig config = parse(R"({
        "backoffice": "http://bo.test", "caBundle": "/etc/ca.pem", "totalTimeoutMs": 5000,
        "systems": {
            "orders": {"url": "https://oms.test/api", "tokenEnv": "OMS_TOKEN", "maxAttempts": 5},
            "payments": {"token": "pay-secret", "connectTimeoutMs": 800}
        }})");
    EXPECT_EQ(config.caBundle(), "/etc/ca.pem");
    EXPECT_TRUE(config.store().empty());
    EXPECT_EQ(
        parse(R"({"backoffice": "http://bo.test", "store": "postgresql://a@db/cases"})").store(),
        "postgresql://a@db/cases");
    const SystemEndpoint &orders = config.endpoint(BackofficeSystem::Orders);
    EXPECT_EQ(orders.baseUrl, "https://oms.test/api");
    EXPECT_EQ(orders.token, "oms-secret");
    EXPECT_EQ(orders.maxAttempts, 5);
    EXPECT_EQ(orders.totalTimeout, std::chrono::milliseconds(5000)); // the top-level default
    const SystemEndpoint &payments = config.endpoint(BackofficeSystem::Payments);
    EXPECT_EQ(payments.baseUrl, "http://bo.test/payments/v1");
    EXPECT_EQ(payments.token, "pay-secret");
    EXPECT_EQ(payments.connectTimeout, std::chrono::milliseconds(800));
    EXPECT_TRUE(config.endpoint(BackofficeSystem::Returns).token.empty());
}

TEST_F(BackofficeConfigTest, EnvironmentTokensOverrideTheFile)
{
    variables["CASELINE_PAYMENTS_TOKEN"] = "from-env";
    variables["CASELINE_BACKOFFICE_TOKEN"] = "shared";
    const BackofficeConfig config = parse(R"({"backoffice": "http://bo.test",
        "systems": {"payments": {"token": "from-file"}, "orders": {"token": "oms"}}})");
    EXPECT_EQ(config.endpoint(BackofficeSystem::Payments).token, "from-env");
    EXPECT_EQ(config.endpoint(BackofficeSystem::Orders).token, "oms");
    EXPECT_EQ(config.endpoint(BackofficeSystem::Returns).token, "shared");
    EXPECT_EQ(config.changeFeed().token, "shared");
}

TEST_F(BackofficeConfigTest, EveryErrorNamesTheSetting)
{
    EXPECT_EQ(errorOf(R"([1])"), "the configuration must be a JSON object");
    EXPECT_EQ(errorOf(R"({"backofice": "http://bo.test"})"), "unknown setting 'backofice'");
    EXPECT_EQ(errorOf(R"({"backoffice": "http://bo.test", "systems": {"shipping": {}}})"),
              "unknown setting 'systems.shipping'");
    EXPECT_EQ(errorOf(R"({"backoffice": "http://bo.test",
                          "systems": {"orders": {"timeout": 5}}})"),
              "unknown setting 'systems.orders.timeout'");
    EXPECT_EQ(errorOf(R"({"backoffice": "http://bo.test",
                          "systems": {"returns": {"totalTimeoutMs": "5s"}}})"),
              "systems.returns.totalTimeoutMs must be a positive integer up to 600000");
    EXPECT_EQ(errorOf(R"({"backoffice": "http://bo.test", "maxAttempts": 0})"),
              "maxAttempts must be a positive integer up to 10");
    EXPECT_EQ(errorOf(R"({"systems": {"orders": {"url": "http://oms.test"}}})"),
              "no URL for delivery: set systems.delivery.url or backoffice");
    EXPECT_EQ(errorOf(R"({"backoffice": "http://bo.test",
                          "systems": {"orders": {"tokenEnv": "MISSING_TOKEN"}}})"),
              "systems.orders.tokenEnv names MISSING_TOKEN, which is not set in the environment");
    EXPECT_EQ(errorOf(R"({"backoffice": "http://bo.test", "systems": {"orders": {"url": 7}}})"),
              "systems.orders.url must be a string");
}

TEST_F(BackofficeConfigTest, ReadsAFileAndNamesItInErrors)
{
    test::TempDirectory directory;
    const QString good =
        QString::fromStdString(directory.write("good.json", R"({"backoffice": "http://bo.test"})"));
    const QString bad = QString::fromStdString(directory.write("bad.json", "{not json"));
    EXPECT_EQ(
        BackofficeConfig::fromFile(good, environment()).endpoint(BackofficeSystem::Returns).baseUrl,
        "http://bo.test/returns/v1");
    try {
        BackofficeConfig::fromFile(bad, environment());
        ADD_FAILURE() << "accepted invalid JSON";
    } catch (const BackofficeConfigError &error) {
        EXPECT_NE(std::string(error.what()).find("bad.json is not valid JSON"), std::string::npos);
    }
    EXPECT_THROW(BackofficeConfig::fromFile(good + ".missing", environment()),
                 BackofficeConfigError);
}

} // namespace
} // namespace caseline
