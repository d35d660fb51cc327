// CurlTransport's threading against the real reference back-office: connection reuse, many
// callers at once, delivery to a QObject's thread, retry waits that hold up nothing, shutdown
// and cancellation with requests in flight.
#include "BackofficeSuite.h"
#include "HttpTestClient.h"
#include "WaitUntil.h"
#include "backoffice/CurlTransport.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QThread>
#include <chrono>
#include <gtest/gtest.h>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <thread>
#include <vector>

using caseline::CurlTransport;
using caseline::HttpError;
using caseline::HttpRequest;
using caseline::HttpResult;
using caseline::RetryPolicy;
using caseline::test::BackofficeSuite;
using caseline::test::HttpTestClient;
using caseline::test::waitUntil;
using nlohmann::json;
using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

namespace {

bool finishesWithin(const QFuture<HttpResult> &future, Clock::duration limit)
{
    const auto deadline = Clock::now() + limit;
    while (!future.isFinished() && Clock::now() < deadline) {
        std::this_thread::sleep_for(1ms);
    }
    return future.isFinished();
}

HttpResult await(const QFuture<HttpResult> &future)
{
    if (!finishesWithin(future, 30s)) {
        ADD_FAILURE() << "the transport did not answer within 30 s";
        return HttpResult();
    }
    return future.result();
}

// A fixed wait between tries, so timing assertions do not depend on jitter.
RetryPolicy fixedWait(std::chrono::milliseconds wait)
{
    return RetryPolicy(wait, 1.0, wait, RetryPolicy::Jitter::Full, [] { return 1.0; });
}

} // namespace

class CurlTransportConcurrencyTest : public BackofficeSuite
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

    HttpTestClient admin{server().baseUrl()};
};

TEST_F(CurlTransportConcurrencyTest, SequentialRequestsReuseOneConnection)
{
    CurlTransport transport;
    for (int i = 0; i < 20; ++i) {
        const HttpResult result = await(transport.send(get("/orders/v1/orders/ORD-1001")));
        ASSERT_TRUE(result.ok()) << i;
    }
    EXPECT_EQ(transport.connectionsOpened(), 1);
}

TEST_F(CurlTransportConcurrencyTest, FiftyRequestsFromSeveralThreadsAllComplete)
{
    // Slow answers make the requests overlap, so the per-host connection limit comes into play.
    addFault({{"route", "/orders/v1/orders/"}, {"delayMs", 50}});
    CurlTransport transport;
    std::mutex mutex;
    std::vector<QFuture<HttpResult>> futures;
    std::vector<std::thread> callers;
    for (int thread = 0; thread < 5; ++thread) {
        callers.emplace_back([&, thread] {
            for (int i = 0; i < 10; ++i) {
                const int order = 4001 + (thread * 10 + i) % 30; // demo orders ORD-4001..4030
                const std::string id = "ORD-" + std::to_string(order);
                QFuture<HttpResult> future = transport.send(get("/orders/v1/orders/" + id));
                const std::lock_guard lock(mutex);
                futures.push_back(future);
            }
        });
    }
    for (auto &caller : callers) {
        caller.join();
    }
    ASSERT_EQ(futures.size(), 50u);
    int succeeded = 0;
    for (const auto &future : futures) {
        const HttpResult result = await(future);
        succeeded += result.ok() && result.response().status == 200 ? 1 : 0;
    }
    EXPECT_EQ(succeeded, 50);
    EXPECT_GE(transport.connectionsOpened(), 2);
    EXPECT_LE(transport.connectionsOpened(), CurlTransport::Options().maxHostConnections);
}

TEST_F(CurlTransportConcurrencyTest, ResultsReachAQObjectThreadThroughAWatcher)
{
    int argc = 1;
    char name[] = "CurlTransportConcurrencyTest";
    char *argv[] = {name, nullptr};
    QCoreApplication application(argc, argv);
    addFault({{"route", "/orders/v1/orders/ORD-1001"}, {"delayMs", 500}});

    CurlTransport transport;
    QObject receiver;
    QFutureWatcher<HttpResult> watcher;
    QThread *deliveredOn = nullptr;
    std::optional<HttpResult> delivered;
    QObject::connect(&watcher, &QFutureWatcher<HttpResult>::finished, &receiver, [&] {
        deliveredOn = QThread::currentThread();
        delivered = watcher.result();
    });
    QThread *continuedOn = nullptr;
    const auto start = Clock::now();
    const QFuture<HttpResult> future = transport.send(get("/orders/v1/orders/ORD-1001"));
    // send() returned long before the server's 500 ms delay ran out.
    EXPECT_LT(Clock::now() - start, 250ms);
    EXPECT_FALSE(future.isFinished());
    watcher.setFuture(future);
    QFuture<void> continuation = transport.send(get("/orders/v1/orders/ORD-4001"))
                                     .then(&receiver, [&](const HttpResult &result) {
                                         EXPECT_TRUE(result.ok());
                                         continuedOn = QThread::currentThread();
                                     });

    // The test spins the event loop; product code returns to its own.
    EXPECT_TRUE(waitUntil([&] { return delivered && continuedOn; },
                          "the answer and the continuation on the receiver's thread"));
    ASSERT_TRUE(delivered.has_value());
    EXPECT_TRUE(delivered->ok());
    EXPECT_EQ(deliveredOn, application.thread());
    EXPECT_EQ(continuedOn, application.thread());
}

TEST_F(CurlTransportConcurrencyTest, RetryWaitDoesNotHoldUpOtherRequests)
{
    addFault({{"route", "/orders/v1/orders/ORD-4010"}, {"status", 503}, {"count", 2}});
    CurlTransport::Options options;
    options.retryPolicy = fixedWait(1000ms);
    CurlTransport transport(options);

    const auto start = Clock::now();
    const QFuture<HttpResult> retried = transport.send(get("/orders/v1/orders/ORD-4010"));
    std::this_thread::sleep_for(100ms); // the first try has failed; the worker is waiting
    const auto sent = Clock::now();
    const HttpResult quick = await(transport.send(get("/orders/v1/orders/ORD-4011")));
    EXPECT_TRUE(quick.ok());
    EXPECT_LT(Clock::now() - sent, 600ms);
    EXPECT_FALSE(retried.isFinished());

    const HttpResult result = await(retried);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.response().attempts, 3);
    EXPECT_GE(Clock::now() - start, 2000ms);
}

TEST_F(CurlTransportConcurrencyTest, DestructorCancelsRequestsInFlightWithoutHanging)
{
    addFault({{"route", "/orders/v1/orders/ORD-1001"}, {"delayMs", 5000}});
    addFault({{"route", "/orders/v1/orders/ORD-4012"}, {"status", 503}});
    CurlTransport::Options options;
    options.retryPolicy = fixedWait(5000ms);
    auto transport = std::make_unique<CurlTransport>(options);
    std::vector<QFuture<HttpResult>> futures;
    for (int i = 0; i < 10; ++i) {
        futures.push_back(transport->send(get("/orders/v1/orders/ORD-1001")));
    }
    futures.push_back(transport->send(get("/orders/v1/orders/ORD-4012"))); // will wait to retry
    std::this_thread::sleep_for(200ms);

    const auto start = Clock::now();
    transport.reset();
    EXPECT_LT(Clock::now() - start, 1s);
    for (const auto &future : futures) {
        ASSERT_TRUE(future.isFinished());
        const HttpResult result = future.result();
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.error().kind, HttpError::Kind::Cancelled);
    }
    EXPECT_EQ(futures.back().result().error().attempts, 1);
}

TEST_F(CurlTransportConcurrencyTest, CancelledFutureReleasesItsConnection)
{
    addFault({{"route", "/orders/v1/orders/ORD-1001"}, {"delayMs", 5000}});
    CurlTransport::Options options;
    options.maxHostConnections = 1; // the next request needs the connection the slow one holds
    CurlTransport transport(options);
    QFuture<HttpResult> slow = transport.send(get("/orders/v1/orders/ORD-1001"));
    std::this_thread::sleep_for(100ms);
    slow.cancel();

    const auto start = Clock::now();
    const HttpResult next = await(transport.send(get("/orders/v1/orders/ORD-4001")));
    EXPECT_TRUE(next.ok());
    EXPECT_LT(Clock::now() - start, 2s);
    EXPECT_TRUE(slow.isCanceled());
}
