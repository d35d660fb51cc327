// CurlTransport against the real reference back-office: answers, error kinds, retries under
// injected faults (/admin/faults) and idempotent writes checked in /admin/ledger.
#include "backoffice/CurlTransport.h"

#include "BackofficeServer.h"
#include "BackofficeSuite.h"
#include "BackofficeTestKit.h"
#include "HttpTestClient.h"

#include <arpa/inet.h>
#include <chrono>
#include <gtest/gtest.h>
#include <memory>
#include <netinet/in.h>
#include <nlohmann/json.hpp>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using caseline::CurlTransport;
using caseline::HttpError;
using caseline::HttpRequest;
using caseline::HttpResult;
using caseline::test::BackofficeServer;
using caseline::test::BackofficeSuite;
using caseline::test::countLedgerEntries;
using caseline::test::HttpTestClient;
using caseline::test::ledgerEntries;
using nlohmann::json;
using namespace std::chrono_literals;

namespace {

// Waits in the test thread (never in product code) with a limit, so a hang fails the test.
HttpResult await(QFuture<HttpResult> future)
{
    const auto deadline = std::chrono::steady_clock::now() + 30s;
    while (!future.isFinished() && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(2ms);
    }
    if (!future.isFinished()) {
        ADD_FAILURE() << "the transport did not answer within 30 s";
        return HttpResult();
    }
    return future.result();
}

std::string describe(const HttpResult &result)
{
    if (result.ok()) {
        return std::to_string(result.response().status) + " " + result.response().body;
    }
    return "error " + std::to_string(int(result.error().kind)) + " " + result.error().technical;
}

// A loopback port nobody listens on: bound, then released.
int closedPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    ::bind(fd, reinterpret_cast<sockaddr *>(&address), length);
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length);
    ::close(fd);
    return ntohs(address.sin_port);
}

json refund(const std::string &orderId, long long amount)
{
    return {{"orderId", orderId}, {"amount", amount}, {"currency", "EUR"}, {"reason", "test"}};
}

} // namespace

class CurlTransportTest : public BackofficeSuite
{
protected:
    static void SetUpTestSuite() { server().start({"--demo"}); }

    void SetUp() override
    {
        BackofficeSuite::SetUp();
        if (!HasFatalFailure()) {
            ASSERT_EQ(admin.del("/admin/faults").status, 204);
        }
    }

    void addFault(const json &fault)
    {
        const auto response = admin.postJson("/admin/faults", fault);
        ASSERT_EQ(response.status, 201) << response.describe();
    }

    static HttpRequest get(const std::string &path)
    {
        HttpRequest request;
        request.url = server().baseUrl() + path;
        return request;
    }

    static HttpRequest post(const std::string &path, const json &body, const std::string &key)
    {
        HttpRequest request;
        request.method = "POST";
        request.url = server().baseUrl() + path;
        request.body = body.dump();
        request.idempotencyKey = key;
        return request;
    }

    HttpTestClient admin{server().baseUrl()};
    CurlTransport transport;
};

TEST_F(CurlTransportTest, GetReturnsStatusContentTypeHeadersAndBody)
{
    const HttpResult result = await(transport.send(get("/orders/v1/orders/ORD-1001")));
    ASSERT_TRUE(result.ok()) << describe(result);
    EXPECT_EQ(result.response().status, 200);
    EXPECT_EQ(result.response().contentType, "application/json");
    EXPECT_EQ(result.response().headers.at("content-type"), "application/json");
    EXPECT_EQ(result.response().attempts, 1);
    EXPECT_EQ(json::parse(result.response().body).at("id"), "ORD-1001");
}

TEST_F(CurlTransportTest, SlowAnswerBeyondTheTotalTimeoutIsATimeout)
{
    addFault({{"route", "/orders/v1/orders/ORD-4001"}, {"delayMs", 3000}});
    HttpRequest request = get("/orders/v1/orders/ORD-4001");
    request.totalTimeout = 300ms;
    request.maxAttempts = 2;
    const auto start = std::chrono::steady_clock::now();
    const HttpResult result = await(transport.send(request));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, HttpError::Kind::Timeout) << result.error().technical;
    EXPECT_EQ(result.error().attempts, 2);
    EXPECT_EQ(result.error().timeoutMs, 300);
    EXPECT_LT(std::chrono::steady_clock::now() - start, 2s);
    EXPECT_EQ(result.error().message(),
              "The server at 127.0.0.1:" + std::to_string(server().process().port()) +
                  " did not answer within 300 ms (2 attempts).");
}

TEST_F(CurlTransportTest, DroppedConnectionIsAConnectionError)
{
    addFault({{"route", "/orders/v1/orders/ORD-4002"}, {"drop", true}});
    HttpRequest request = get("/orders/v1/orders/ORD-4002");
    request.maxAttempts = 2;
    const HttpResult result = await(transport.send(request));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, HttpError::Kind::Connection) << result.error().technical;
    EXPECT_EQ(result.error().attempts, 2);
    EXPECT_TRUE(result.error().retryable());
}

TEST_F(CurlTransportTest, RefusedConnectionIsAConnectionError)
{
    HttpRequest request;
    request.url = "http://127.0.0.1:" + std::to_string(closedPort()) + "/health";
    request.maxAttempts = 1;
    const HttpResult result = await(transport.send(request));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, HttpError::Kind::Connection) << result.error().technical;
}

TEST_F(CurlTransportTest, ReadSucceedsAfterTwoServiceUnavailableAnswers)
{
    addFault({{"route", "/orders/v1/orders/ORD-4003"}, {"status", 503}, {"count", 2}});
    const HttpResult result = await(transport.send(get("/orders/v1/orders/ORD-4003")));
    ASSERT_TRUE(result.ok()) << describe(result);
    EXPECT_EQ(result.response().status, 200);
    EXPECT_EQ(result.response().attempts, 3);
}

TEST_F(CurlTransportTest, ServiceUnavailableOnEveryTryEndsAsHttpStatusWithAllAttempts)
{
    addFault({{"route", "/orders/v1/orders/ORD-4004"}, {"status", 503}});
    const HttpResult result = await(transport.send(get("/orders/v1/orders/ORD-4004")));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, HttpError::Kind::HttpStatus);
    EXPECT_EQ(result.error().status, 503);
    EXPECT_EQ(result.error().attempts, 3);
    EXPECT_EQ(result.error().problemTitle, "Injected fault");
}

TEST_F(CurlTransportTest, NotFoundIsNotRetried)
{
    const HttpResult result = await(transport.send(get("/orders/v1/orders/ORD-NOPE")));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, HttpError::Kind::HttpStatus);
    EXPECT_EQ(result.error().status, 404);
    EXPECT_EQ(result.error().attempts, 1);
    EXPECT_FALSE(result.error().problemDetail.empty());
}

TEST_F(CurlTransportTest, MalformedBodyArrivesAsIs)
{
    addFault({{"route", "/orders/v1/orders/ORD-4005"}, {"malformed", true}});
    const HttpResult result = await(transport.send(get("/orders/v1/orders/ORD-4005")));
    ASSERT_TRUE(result.ok()) << describe(result);
    EXPECT_EQ(result.response().status, 200);
    EXPECT_EQ(result.response().body, "{\"items\": [{\"id\": \"");
}

TEST_F(CurlTransportTest, KeyedWriteIsRetriedWithTheSameKeyAndAppliedOnce)
{
    addFault({{"route", "/payments/v1/refunds"},
              {"method", "POST"},
              {"when", "after"},
              {"drop", true},
              {"count", 1}});
    const std::string key = HttpTestClient::uniqueKey("transport-refund");
    const HttpResult result =
        await(transport.send(post("/payments/v1/refunds", refund("ORD-4006", 100), key)));
    ASSERT_TRUE(result.ok()) << describe(result);
    EXPECT_EQ(result.response().status, 201);
    EXPECT_EQ(result.response().attempts, 2);
    // The second try got the answer the server had stored for the key.
    EXPECT_EQ(result.response().headers.count("idempotent-replayed"), 1u);
    EXPECT_EQ(countLedgerEntries(ledgerEntries(admin), key), 1u);
}

TEST_F(CurlTransportTest, WriteWithoutKeyIsNeverRetried)
{
    // Warm the connection cache first: libcurl would silently resend a request on a reused
    // connection that turns out dead, which the transport must prevent for key-less writes.
    ASSERT_TRUE(await(transport.send(get("/health"))).ok());
    addFault({{"route", "/payments/v1/refunds"}, {"method", "POST"}, {"drop", true}, {"count", 2}});
    const HttpResult dropped =
        await(transport.send(post("/payments/v1/refunds", refund("ORD-4006", 100), {})));
    ASSERT_FALSE(dropped.ok());
    EXPECT_EQ(dropped.error().kind, HttpError::Kind::Connection);
    EXPECT_EQ(dropped.error().attempts, 1);
    // Exactly one request reached the server: one of the two drops is left.
    const json faults = admin.get("/admin/faults").json().at("items");
    ASSERT_EQ(faults.size(), 1u);
    EXPECT_EQ(faults[0].at("count"), 1);

    ASSERT_EQ(admin.del("/admin/faults").status, 204);
    addFault({{"route", "/payments/v1/refunds"}, {"method", "POST"}, {"status", 503}});
    const HttpResult refused =
        await(transport.send(post("/payments/v1/refunds", refund("ORD-4006", 100), {})));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().status, 503);
    EXPECT_EQ(refused.error().attempts, 1);
}

TEST_F(CurlTransportTest, ConflictCarriesTheProblemBody)
{
    const std::string key = HttpTestClient::uniqueKey("transport-conflict");
    const HttpResult result =
        await(transport.send(post("/payments/v1/refunds", refund("ORD-4006", 99999999), key)));
    ASSERT_FALSE(result.ok());
    const HttpError &error = result.error();
    EXPECT_EQ(error.kind, HttpError::Kind::HttpStatus);
    EXPECT_EQ(error.status, 409);
    EXPECT_EQ(error.attempts, 1);
    EXPECT_EQ(error.problemTitle, "Refused by a business rule");
    EXPECT_NE(error.problemDetail.find("refund would exceed"), std::string::npos);
    EXPECT_NE(error.message().find(error.problemDetail), std::string::npos) << error.message();
    EXPECT_NE(error.technical.find("urn:caseline:problem:conflict"), std::string::npos);
}

TEST_F(CurlTransportTest, ValidationProblemNamesTheField)
{
    const HttpResult result = await(transport.send(post(
        "/payments/v1/refunds", refund("ORD-4006", -5), HttpTestClient::uniqueKey("negative"))));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().status, 422);
    EXPECT_EQ(result.error().field, "amount");
}

TEST_F(CurlTransportTest, HttpsToAPlainServerIsATlsErrorAndNotRetried)
{
    HttpRequest request;
    request.url = "https://127.0.0.1:" + std::to_string(server().process().port()) + "/health";
    const HttpResult result = await(transport.send(request));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, HttpError::Kind::Tls) << result.error().technical;
    EXPECT_EQ(result.error().attempts, 1);
}

TEST_F(CurlTransportTest, CaBundleOptionIsUsed)
{
    CurlTransport::Options options;
    options.caBundle = "/nonexistent/caseline-ca.pem";
    CurlTransport strict(options);
    HttpRequest request;
    request.url = "https://127.0.0.1:" + std::to_string(server().process().port()) + "/health";
    const HttpResult result = await(strict.send(request));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, HttpError::Kind::Tls);
    EXPECT_NE(result.error().technical.find("caseline-ca.pem"), std::string::npos)
        << result.error().technical;
}

TEST_F(CurlTransportTest, BearerTokenIsSent)
{
    BackofficeServer guarded({"--demo", "--token", "s3cret-token"});
    ASSERT_TRUE(guarded.running()) << guarded.error();
    HttpRequest request;
    request.url = guarded.baseUrl() + "/orders/v1/orders/ORD-1001";
    const HttpResult anonymous = await(transport.send(request));
    ASSERT_FALSE(anonymous.ok());
    EXPECT_EQ(anonymous.error().status, 401);
    EXPECT_EQ(anonymous.error().message().find("s3cret"), std::string::npos);

    request.bearerToken = "s3cret-token";
    const HttpResult authorised = await(transport.send(request));
    ASSERT_TRUE(authorised.ok()) << describe(authorised);
    EXPECT_EQ(authorised.response().status, 200);
}

TEST_F(CurlTransportTest, CustomMethodWithoutBodyIsSent)
{
    HttpRequest request = get("/admin/faults");
    request.method = "DELETE";
    const HttpResult result = await(transport.send(request));
    ASSERT_TRUE(result.ok()) << describe(result);
    EXPECT_EQ(result.response().status, 204);
}
