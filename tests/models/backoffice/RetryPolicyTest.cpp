#include "backoffice/RetryPolicy.h"

#include <gtest/gtest.h>

using caseline::HttpError;
using caseline::HttpRequest;
using caseline::RetryPolicy;
using std::chrono::milliseconds;

namespace {

RetryPolicy::RandomSource fixed(double value)
{
    return [value] {
        return value;
    };
}

HttpError failure(HttpError::Kind kind, long status = 0)
{
    HttpError error;
    error.kind = kind;
    error.status = status;
    return error;
}

HttpError statusFailure(long status)
{
    return failure(HttpError::Kind::HttpStatus, status);
}

HttpRequest request(const std::string &method, const std::string &key = {}, int maxAttempts = 3)
{
    HttpRequest request;
    request.method = method;
    request.url = "http://127.0.0.1:8480/orders/v1/orders/ORD-1001";
    request.idempotencyKey = key;
    request.maxAttempts = maxAttempts;
    return request;
}

} // namespace

TEST(RetryPolicy, CeilingDoublesFromTheBaseAndStopsAtTheCap)
{
    const RetryPolicy policy;
    EXPECT_EQ(policy.ceiling(1), milliseconds(100));
    EXPECT_EQ(policy.ceiling(2), milliseconds(200));
    EXPECT_EQ(policy.ceiling(3), milliseconds(400));
    EXPECT_EQ(policy.ceiling(4), milliseconds(800));
    EXPECT_EQ(policy.ceiling(5), milliseconds(1600));
    EXPECT_EQ(policy.ceiling(6), milliseconds(2000));
    EXPECT_EQ(policy.ceiling(7), milliseconds(2000));
    // A huge exponent saturates instead of overflowing.
    EXPECT_EQ(policy.ceiling(5000), milliseconds(2000));
    EXPECT_EQ(policy.ceiling(0), milliseconds(100));
}

TEST(RetryPolicy, FullJitterSpansZeroToTheCeiling)
{
    const RetryPolicy low(RetryPolicy::Jitter::Full, fixed(0.0));
    const RetryPolicy middle(RetryPolicy::Jitter::Full, fixed(0.5));
    const RetryPolicy high(RetryPolicy::Jitter::Full, fixed(0.999999));
    EXPECT_EQ(low.delay(3), milliseconds(0));
    EXPECT_EQ(middle.delay(3), milliseconds(200));
    EXPECT_EQ(high.delay(3), milliseconds(400));
    EXPECT_EQ(high.delay(10), milliseconds(2000));
}

TEST(RetryPolicy, EqualJitterKeepsAtLeastHalfTheCeiling)
{
    const RetryPolicy low(RetryPolicy::Jitter::Equal, fixed(0.0));
    const RetryPolicy high(RetryPolicy::Jitter::Equal, fixed(0.999999));
    EXPECT_EQ(low.delay(1), milliseconds(50));
    EXPECT_EQ(high.delay(1), milliseconds(100));
    EXPECT_EQ(low.delay(4), milliseconds(400));
    EXPECT_EQ(high.delay(4), milliseconds(800));
    EXPECT_EQ(low.delay(20), milliseconds(1000));
    EXPECT_EQ(high.delay(20), milliseconds(2000));
}

TEST(RetryPolicy, DefaultRandomSourceStaysWithinTheJitterBounds)
{
    const RetryPolicy full(RetryPolicy::Jitter::Full, {});
    const RetryPolicy equal;
    for (int failed = 1; failed <= 8; ++failed) {
        for (int i = 0; i < 200; ++i) {
            const auto fullDelay = full.delay(failed);
            EXPECT_GE(fullDelay, milliseconds(0));
            EXPECT_LE(fullDelay, full.ceiling(failed));
            const auto equalDelay = equal.delay(failed);
            EXPECT_GE(equalDelay, equal.ceiling(failed) / 2);
            EXPECT_LE(equalDelay, equal.ceiling(failed));
        }
    }
}

TEST(RetryPolicy, DelaysGrowWithEachFailure)
{
    const RetryPolicy policy(RetryPolicy::Jitter::Equal, fixed(0.5));
    milliseconds previous{0};
    for (int failed = 1; failed <= 5; ++failed) {
        EXPECT_GT(policy.delay(failed), previous) << failed;
        previous = policy.delay(failed);
    }
}

TEST(RetryPolicy, CustomSettingsAreHonoured)
{
    const RetryPolicy policy(milliseconds(10), 3.0, milliseconds(100), RetryPolicy::Jitter::Full,
                             fixed(0.999999));
    EXPECT_EQ(policy.ceiling(1), milliseconds(10));
    EXPECT_EQ(policy.ceiling(2), milliseconds(30));
    EXPECT_EQ(policy.ceiling(3), milliseconds(90));
    EXPECT_EQ(policy.ceiling(4), milliseconds(100));
    EXPECT_EQ(policy.delay(2), milliseconds(30));
}

TEST(RetryPolicy, OutOfRangeRandomValuesAreClamped)
{
    const RetryPolicy tooHigh(RetryPolicy::Jitter::Full, fixed(7.0));
    const RetryPolicy negative(RetryPolicy::Jitter::Full, fixed(-1.0));
    EXPECT_EQ(tooHigh.delay(1), milliseconds(100));
    EXPECT_EQ(negative.delay(1), milliseconds(0));
}

TEST(RetryPolicy, ReadsAreRetriedOnTransientFailures)
{
    const RetryPolicy policy;
    const HttpRequest get = request("GET");
    EXPECT_TRUE(policy.shouldRetry(get, failure(HttpError::Kind::Timeout), 1));
    EXPECT_TRUE(policy.shouldRetry(get, failure(HttpError::Kind::Connection), 1));
    for (long status : {429L, 500L, 502L, 503L, 504L}) {
        EXPECT_TRUE(policy.shouldRetry(get, statusFailure(status), 1)) << status;
    }
}

TEST(RetryPolicy, ClientErrorsOtherThan429AreNeverRetried)
{
    const RetryPolicy policy;
    for (const HttpRequest &sent : {request("GET"), request("POST", "key-1")}) {
        for (long status : {400L, 401L, 403L, 404L, 405L, 409L, 413L, 415L, 422L}) {
            EXPECT_FALSE(policy.shouldRetry(sent, statusFailure(status), 1)) << status;
        }
        EXPECT_FALSE(policy.shouldRetry(sent, statusFailure(501), 1));
        EXPECT_FALSE(policy.shouldRetry(sent, statusFailure(505), 1));
    }
}

TEST(RetryPolicy, TlsMalformedAndCancelledAreNotRetried)
{
    const RetryPolicy policy;
    const HttpRequest get = request("GET");
    EXPECT_FALSE(policy.shouldRetry(get, failure(HttpError::Kind::Tls), 1));
    EXPECT_FALSE(policy.shouldRetry(get, failure(HttpError::Kind::MalformedPayload), 1));
    EXPECT_FALSE(policy.shouldRetry(get, failure(HttpError::Kind::Cancelled), 1));
}

TEST(RetryPolicy, WritesAreRetriedOnlyWithAnIdempotencyKey)
{
    const RetryPolicy policy;
    for (const std::string method : {"POST", "PUT", "PATCH", "DELETE"}) {
        EXPECT_FALSE(policy.shouldRetry(request(method), failure(HttpError::Kind::Timeout), 1))
            << method;
        EXPECT_FALSE(policy.shouldRetry(request(method), statusFailure(503), 1)) << method;
        EXPECT_TRUE(
            policy.shouldRetry(request(method, "key-1"), failure(HttpError::Kind::Timeout), 1))
            << method;
        EXPECT_TRUE(policy.shouldRetry(request(method, "key-1"), statusFailure(503), 1)) << method;
    }
}

TEST(RetryPolicy, StopsWhenTheAttemptsAreUsedUp)
{
    const RetryPolicy policy;
    const HttpError timeout = failure(HttpError::Kind::Timeout);
    EXPECT_TRUE(policy.shouldRetry(request("GET", {}, 3), timeout, 2));
    EXPECT_FALSE(policy.shouldRetry(request("GET", {}, 3), timeout, 3));
    EXPECT_FALSE(policy.shouldRetry(request("GET", {}, 1), timeout, 1));
    EXPECT_FALSE(policy.shouldRetry(request("POST", "key-1", 2), timeout, 2));
}

TEST(RetryPolicy, ReadMethods)
{
    EXPECT_TRUE(RetryPolicy::isRead("GET"));
    EXPECT_TRUE(RetryPolicy::isRead("HEAD"));
    EXPECT_FALSE(RetryPolicy::isRead("POST"));
    EXPECT_FALSE(RetryPolicy::isRead("DELETE"));
}
