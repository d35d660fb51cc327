#include "backoffice/HttpError.h"

#include <gtest/gtest.h>

using caseline::HttpError;

namespace {

HttpError failure(HttpError::Kind kind, const std::string &url, long status = 0)
{
    HttpError error;
    error.kind = kind;
    error.url = url;
    error.status = status;
    return error;
}

} // namespace

TEST(HttpError, TransientKindsAndStatusesAreRetryable)
{
    EXPECT_TRUE(failure(HttpError::Kind::Timeout, {}).retryable());
    EXPECT_TRUE(failure(HttpError::Kind::Connection, {}).retryable());
    for (long status : {429L, 500L, 502L, 503L, 504L}) {
        EXPECT_TRUE(failure(HttpError::Kind::HttpStatus, {}, status).retryable()) << status;
    }
    for (long status : {400L, 401L, 404L, 409L, 422L, 501L}) {
        EXPECT_FALSE(failure(HttpError::Kind::HttpStatus, {}, status).retryable()) << status;
    }
    EXPECT_FALSE(failure(HttpError::Kind::Tls, {}).retryable());
    EXPECT_FALSE(failure(HttpError::Kind::MalformedPayload, {}).retryable());
    EXPECT_FALSE(failure(HttpError::Kind::Cancelled, {}).retryable());
}

TEST(HttpError, TimeoutNamesTheServerTheLimitAndTheAttempts)
{
    HttpError timeout = failure(HttpError::Kind::Timeout,
                                "http://127.0.0.1:8480/payments/v1/refunds?order=ORD-1001");
    timeout.timeoutMs = 10000;
    timeout.attempts = 3;
    EXPECT_EQ(timeout.message(),
              "The server at 127.0.0.1:8480 did not answer within 10 s (3 attempts).");
    timeout.timeoutMs = 2500;
    timeout.attempts = 1;
    EXPECT_EQ(timeout.message(), "The server at 127.0.0.1:8480 did not answer within 2.5 s.");
    timeout.timeoutMs = 300;
    EXPECT_EQ(timeout.message(), "The server at 127.0.0.1:8480 did not answer within 300 ms.");
    timeout.timeoutMs = 0;
    EXPECT_EQ(timeout.message(), "The server at 127.0.0.1:8480 did not answer in time.");
}

TEST(HttpError, StatusMessagesPreferTheProblemDetail)
{
    HttpError conflict = failure(HttpError::Kind::HttpStatus,
                                 "https://payments.example.com/payments/v1/refunds", 409);
    conflict.problemTitle = "Refused by a business rule";
    conflict.problemDetail = "refund would exceed the 49.90 EUR paid";
    EXPECT_EQ(conflict.message(), "The server at payments.example.com refused the request (409): "
                                  "refund would exceed the 49.90 EUR paid.");
    conflict.problemDetail.clear();
    EXPECT_EQ(conflict.message(), "The server at payments.example.com refused the request (409): "
                                  "Refused by a business rule.");

    HttpError unavailable =
        failure(HttpError::Kind::HttpStatus, "http://10.0.0.5:9000/orders/v1/orders/ORD-1", 503);
    unavailable.attempts = 3;
    EXPECT_EQ(unavailable.message(),
              "The server at 10.0.0.5:9000 had an internal problem (503, 3 attempts).");

    const HttpError missing =
        failure(HttpError::Kind::HttpStatus, "http://10.0.0.5:9000/orders/v1/orders/X", 404);
    EXPECT_EQ(missing.message(), "The server at 10.0.0.5:9000 does not know the requested item "
                                 "(404).");
    const HttpError denied =
        failure(HttpError::Kind::HttpStatus, "http://10.0.0.5:9000/orders/v1/orders/X", 401);
    EXPECT_EQ(denied.message(),
              "The server at 10.0.0.5:9000 refused access (401); the credentials may be wrong.");
}

TEST(HttpError, OtherKindsReadAsOneSentence)
{
    const HttpError tls =
        failure(HttpError::Kind::Tls, "https://delivery.example.com/delivery/v1/shipments");
    EXPECT_EQ(tls.message(), "The server at delivery.example.com could not prove its identity, "
                             "so the secure connection was refused.");

    HttpError malformed =
        failure(HttpError::Kind::MalformedPayload, "http://127.0.0.1:8480/orders/v1/orders/ORD-1");
    malformed.field = "lines[0].quantity";
    EXPECT_EQ(malformed.message(), "The answer from the server at 127.0.0.1:8480 could not be "
                                   "understood (field lines[0].quantity).");

    HttpError dropped = failure(HttpError::Kind::Connection, "http://127.0.0.1:8480/x");
    dropped.attempts = 2;
    EXPECT_EQ(dropped.message(),
              "The server at 127.0.0.1:8480 could not be reached or cut the connection "
              "(2 attempts).");

    EXPECT_EQ(failure(HttpError::Kind::Connection, {}).message(),
              "The server could not be reached or cut the connection.");
    EXPECT_EQ(failure(HttpError::Kind::Cancelled, "http://127.0.0.1:8480/x").message(),
              "The request to the server at 127.0.0.1:8480 was cancelled.");
}
