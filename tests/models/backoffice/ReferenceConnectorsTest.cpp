#include "FakeHttpClient.h"
#include "backoffice/BackofficeConfig.h"
#include "backoffice/BackofficeConnectors.h"

#include <gtest/gtest.h>

namespace caseline {
namespace {

using test::FakeHttpClient;

std::optional<std::string> noEnvironment(const std::string &)
{
    return std::nullopt;
}

template<typename T>
T resultOf(QFuture<T> future)
{
    future.waitForFinished();
    return future.result();
}

class ReferenceConnectorsTest : public ::testing::Test
{
protected:
    ReferenceConnectorsTest()
        : config(BackofficeConfig::fromJson(
              nlohmann::json::parse(R"({"backoffice": "http://backoffice.test/",
                 "systems": {"payments": {"url": "https://pay.example.com/api/v2",
                                          "token": "secret-pay", "connectTimeoutMs": 1500,
                                          "totalTimeoutMs": 4000, "maxAttempts": 2}}})"),
              noEnvironment))
        , connectors(BackofficeConnectors::reference(config, http))
    {
    }

    FakeHttpClient http;
    BackofficeConfig config;
    BackofficeConnectors connectors;
};

TEST_F(ReferenceConnectorsTest, BuildsTheReferenceUrlsAndEncodesQueries)
{
    http.setResponder([](const HttpRequest &) { return FakeHttpClient::json(R"({"items":[]})"); });
    resultOf(connectors.orders->searchCustomers("+39 333 & co"));
    resultOf(connectors.orders->ordersOfCustomer("C-1"));
    resultOf(connectors.delivery->shipmentsOfOrder("ORD 1/2"));
    resultOf(connectors.notifications->messagesOfCustomer("C-1"));
    resultOf(connectors.changeFeed->changesAfter("17", std::chrono::seconds(5)));

    const std::vector<HttpRequest> requests = http.requests();
    ASSERT_EQ(requests.size(), 5u);
    EXPECT_EQ(requests[0].url,
              "http://backoffice.test/orders/v1/customers?q=%2B39%20333%20%26%20co");
    EXPECT_EQ(requests[1].url, "http://backoffice.test/orders/v1/orders?customer=C-1");
    EXPECT_EQ(requests[2].url, "http://backoffice.test/delivery/v1/shipments?order=ORD%201%2F2");
    EXPECT_EQ(requests[3].url, "http://backoffice.test/notifications/v1/messages?customer=C-1");
    EXPECT_EQ(requests[4].url, "http://backoffice.test/events/v1?wait=5&after=17");
    // The long poll may take its wait on top of the usual limit.
    EXPECT_EQ(requests[4].totalTimeout, std::chrono::milliseconds(15000));
    for (const HttpRequest &request : requests) {
        EXPECT_EQ(request.method, "GET");
        EXPECT_TRUE(request.bearerToken.empty());
    }
}

TEST_F(ReferenceConnectorsTest, SendsEachSystemsOwnTokenAndTimeouts)
{
    http.setResponder([](const HttpRequest &) { return FakeHttpClient::json(R"({"items":[]})"); });
    const auto refunds = resultOf(connectors.payments->refundsOfOrder("ORD-1"));
    ASSERT_TRUE(refunds.ok());
    EXPECT_TRUE(refunds.value().empty());

    const HttpRequest request = http.requests().at(0);
    EXPECT_EQ(request.url, "https://pay.example.com/api/v2/refunds?order=ORD-1");
    EXPECT_EQ(request.bearerToken, "secret-pay");
    EXPECT_EQ(request.connectTimeout, std::chrono::milliseconds(1500));
    EXPECT_EQ(request.totalTimeout, std::chrono::milliseconds(4000));
    EXPECT_EQ(request.maxAttempts, 2);
}

TEST_F(ReferenceConnectorsTest, MapsAnAnswerIntoDomainTypes)
{
    http.route("/orders/v1/customers/C-7", FakeHttpClient::json(R"({
        "id": "C-7", "name": "Giulia Rossi", "email": "giulia@example.com", "phone": "+39 333",
        "language": "it", "preferredChannel": "email", "loyaltyTier": "gold",
        "address": {"line1": "Via Roma 1", "city": "Milano", "postalCode": "20100",
                    "country": "IT"}})"));
    const auto customer = resultOf(connectors.orders->customer("C-7"));
    ASSERT_TRUE(customer.ok()) << customer.error().message();
    EXPECT_EQ(customer.value().name, "Giulia Rossi");
    EXPECT_EQ(customer.value().address.city, "Milano");
}

TEST_F(ReferenceConnectorsTest, AnUnknownItemIsNotFound)
{
    const auto order = resultOf(connectors.orders->order("ORD-404"));
    ASSERT_FALSE(order.ok());
    EXPECT_TRUE(order.notFound());
}

TEST_F(ReferenceConnectorsTest, AMalformedAnswerIsAnErrorNamingTheField)
{
    http.route("/returns/v1/returns?order=ORD-1",
               FakeHttpClient::json(R"({"items":[{"id":"RET-1","orderId":"ORD-1"}]})"));
    const auto returns = resultOf(connectors.returns->returnsOfOrder("ORD-1"));
    ASSERT_FALSE(returns.ok());
    EXPECT_EQ(returns.error().kind, HttpError::Kind::MalformedPayload);
    EXPECT_EQ(returns.error().field.rfind("items[0].", 0), 0u) << returns.error().field;
    EXPECT_NE(returns.error().message().find("backoffice.test"), std::string::npos)
        << returns.error().message();
}

TEST_F(ReferenceConnectorsTest, AnAnswerThatIsNotJsonIsMalformed)
{
    http.route("/delivery/v1/shipments/SHP-1/options", FakeHttpClient::json("<html>oops</html>"));
    const auto options = resultOf(connectors.delivery->deliveryOptions("SHP-1"));
    ASSERT_FALSE(options.ok());
    EXPECT_EQ(options.error().kind, HttpError::Kind::MalformedPayload);
    EXPECT_TRUE(options.error().field.empty());
}

TEST_F(ReferenceConnectorsTest, ATransportFailurePassesThrough)
{
    http.route("/delivery/v1/shipments/SHP-1", FakeHttpClient::failure(HttpError::Kind::Timeout));
    const auto shipment = resultOf(connectors.delivery->shipment("SHP-1"));
    ASSERT_FALSE(shipment.ok());
    EXPECT_EQ(shipment.error().kind, HttpError::Kind::Timeout);
    EXPECT_FALSE(shipment.notFound());
}

} // namespace
} // namespace caseline
