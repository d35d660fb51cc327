// Payments API (/payments/v1/refunds): listing and issuing refunds, the "never more than was
// paid" rule and the validation of every field.
#include "BackofficeSuite.h"
#include "BackofficeTestKit.h"
#include "HttpTestClient.h"
#include "TestScenario.h"

#include <gtest/gtest.h>
#include <memory>

using caseline::test::BackofficeSuite;
using caseline::test::HttpResponse;
using caseline::test::HttpTestClient;
using caseline::test::isJson;
using caseline::test::isProblem;
using caseline::test::isValidationProblem;
using caseline::test::stateSnapshot;
using caseline::test::TestScenario;
using caseline::test::withKey;
using nlohmann::json;

namespace {

TestScenario paymentsScenario()
{
    TestScenario scenario("it-payments");
    scenario.addCustomer(TestScenario::customer("CUS-9401", "Chiara Galli",
                                                "chiara.galli@example.it", "+39 345 000 9401"));
    const json twoLines = {TestScenario::line("L1", "SKU-A", 2, 2500),
                           TestScenario::line("L2", "SKU-B", 1, 4990)};
    scenario.addOrder(TestScenario::order("ORD-9401", "CUS-9401", "delivered", twoLines));
    scenario.addRefund({{"id", "REF-9401"},
                        {"orderId", "ORD-9401"},
                        {"amount", 1000},
                        {"currency", "EUR"},
                        {"reason", "late delivery goodwill"},
                        {"lines", json::array()},
                        {"status", "succeeded"},
                        {"createdAt", "2026-10-30T15:00:00Z"},
                        {"issuedBy", "finance"}});
    scenario.addOrder(TestScenario::order("ORD-9402", "CUS-9401", "delivered",
                                          {TestScenario::line("L1", "SKU-C", 1, 5000)}));
    scenario.addOrder(TestScenario::order("ORD-9403", "CUS-9401", "placed",
                                          {TestScenario::line("L1", "SKU-D", 1, 2000)}, 0));
    scenario.addOrder(TestScenario::order("ORD-9404", "CUS-9401", "delivered", twoLines));
    scenario.addOrder(TestScenario::order("ORD-9405", "CUS-9401", "delivered", twoLines));
    scenario.addOrder(TestScenario::order("ORD-9406", "CUS-9401", "delivered", twoLines));
    return scenario;
}

json refund(const std::string &orderId, const json &amount)
{
    return {{"orderId", orderId}, {"amount", amount}, {"currency", "EUR"}, {"reason", "goodwill"}};
}

} // namespace

class BackofficePaymentsTest : public BackofficeSuite
{
protected:
    static void SetUpTestSuite() { server().start(paymentsScenario()); }

    HttpResponse post(const json &body)
    {
        return http->postJson("/payments/v1/refunds", body,
                              withKey(HttpTestClient::uniqueKey("payments")));
    }

    json refunds(const std::string &orderId)
    {
        const HttpResponse response = http->get("/payments/v1/refunds?order=" + orderId);
        EXPECT_TRUE(isJson(response, 200));
        return response.status == 200 ? response.json().at("items") : json::array();
    }
};

TEST_F(BackofficePaymentsTest, ListsAnOrdersRefunds)
{
    const json items = refunds("ORD-9406");
    EXPECT_EQ(items, json::array());

    const json existing = refunds("ORD-9401");
    ASSERT_GE(existing.size(), 1u);
    EXPECT_EQ(existing[0].at("id"), "REF-9401");
    EXPECT_EQ(existing[0].at("amount"), 1000);
    EXPECT_EQ(existing[0].at("issuedBy"), "finance");
    EXPECT_EQ(existing[0].at("createdAt"), "2026-10-30T15:00:00Z");
}

TEST_F(BackofficePaymentsTest, RefundListNeedsAKnownOrder)
{
    EXPECT_TRUE(isProblem(http->get("/payments/v1/refunds?order=ORD-0000"), 404, "not-found"));
    EXPECT_TRUE(isValidationProblem(http->get("/payments/v1/refunds"), "order"));
}

TEST_F(BackofficePaymentsTest, IssuesARefund)
{
    const std::size_t before = refunds("ORD-9401").size();
    json body = refund("ORD-9401", 1500);
    body["lines"] = {{{"lineId", "L1"}, {"quantity", 1}}};
    const HttpResponse response = post(body);
    ASSERT_TRUE(isJson(response, 201));
    const json created = response.json();
    EXPECT_EQ(created.at("id").get<std::string>().rfind("REF-", 0), 0u) << response.body;
    EXPECT_NE(created.at("id"), "REF-9401");
    EXPECT_EQ(created.at("orderId"), "ORD-9401");
    EXPECT_EQ(created.at("amount"), 1500);
    EXPECT_EQ(created.at("currency"), "EUR");
    EXPECT_EQ(created.at("reason"), "goodwill");
    EXPECT_EQ(created.at("lines"), json({{{"lineId", "L1"}, {"quantity", 1}}}));
    EXPECT_EQ(created.at("status"), "succeeded");
    EXPECT_EQ(created.at("createdAt"), TestScenario::kNow);
    EXPECT_EQ(created.at("issuedBy"), "customer-service");

    const json after = refunds("ORD-9401");
    ASSERT_EQ(after.size(), before + 1);
    EXPECT_EQ(after.back(), created);
}

TEST_F(BackofficePaymentsTest, KeepsWhoIssuedItAndAllowsNoLines)
{
    json body = refund("ORD-9405", 100);
    body["issuedBy"] = "finance";
    const HttpResponse response = post(body);
    ASSERT_TRUE(isJson(response, 201));
    EXPECT_EQ(response.json().at("issuedBy"), "finance");
    EXPECT_EQ(response.json().at("lines"), json::array());
}

TEST_F(BackofficePaymentsTest, NeverRefundsMoreThanWasPaid)
{
    ASSERT_TRUE(isJson(post(refund("ORD-9402", 3000)), 201));

    const std::vector<std::string> paths = {"/payments/v1/refunds?order=ORD-9402",
                                            "/orders/v1/orders/ORD-9402"};
    json before = stateSnapshot(*http, paths);
    const HttpResponse tooMuch = post(refund("ORD-9402", 2001));
    ASSERT_TRUE(isProblem(tooMuch, 409, "conflict"));
    const std::string detail = tooMuch.json().value("detail", "");
    EXPECT_NE(detail.find("exceed"), std::string::npos) << detail;
    EXPECT_NE(detail.find("50.00 EUR"), std::string::npos) << detail;
    EXPECT_EQ(stateSnapshot(*http, paths), before);

    // Exactly the rest is fine; then nothing more is.
    ASSERT_TRUE(isJson(post(refund("ORD-9402", 2000)), 201));
    before = stateSnapshot(*http, paths);
    EXPECT_TRUE(isProblem(post(refund("ORD-9402", 1)), 409, "conflict"));
    EXPECT_EQ(stateSnapshot(*http, paths), before);
}

TEST_F(BackofficePaymentsTest, NothingToRefundOnAnUnpaidOrder)
{
    const json before = stateSnapshot(*http, {"/payments/v1/refunds?order=ORD-9403"});
    EXPECT_TRUE(isProblem(post(refund("ORD-9403", 1)), 409, "conflict"));
    EXPECT_EQ(stateSnapshot(*http, {"/payments/v1/refunds?order=ORD-9403"}), before);
}

TEST_F(BackofficePaymentsTest, RefusesInvalidAmounts)
{
    const json before = stateSnapshot(*http, {"/payments/v1/refunds?order=ORD-9404"});
    for (const json &amount : {json(0), json(-5), json("100"), json(12.5), json(true),
                               json(nullptr), json::array({100}), json({{"value", 100}})}) {
        EXPECT_TRUE(isProblem(post(refund("ORD-9404", amount)), 422, "validation", "amount"))
            << "amount " << amount.dump();
    }
    json missing = refund("ORD-9404", 1);
    missing.erase("amount");
    EXPECT_TRUE(isProblem(post(missing), 422, "validation", "amount"));
    EXPECT_EQ(stateSnapshot(*http, {"/payments/v1/refunds?order=ORD-9404"}), before);
}

TEST_F(BackofficePaymentsTest, RefusesAWrongCurrency)
{
    const json before = stateSnapshot(*http, {"/payments/v1/refunds?order=ORD-9404"});
    for (const json &currency : {json("eur"), json("EURO"), json("E1"), json("USD"), json(978)}) {
        json body = refund("ORD-9404", 100);
        body["currency"] = currency;
        EXPECT_TRUE(isProblem(post(body), 422, "validation", "currency"))
            << "currency " << currency.dump();
    }
    json missing = refund("ORD-9404", 100);
    missing.erase("currency");
    EXPECT_TRUE(isProblem(post(missing), 422, "validation", "currency"));
    EXPECT_EQ(stateSnapshot(*http, {"/payments/v1/refunds?order=ORD-9404"}), before);
}

TEST_F(BackofficePaymentsTest, RefusesUnknownLinesMissingReasonAndBadIssuer)
{
    const json before = stateSnapshot(*http, {"/payments/v1/refunds?order=ORD-9404"});
    json unknownLine = refund("ORD-9404", 100);
    unknownLine["lines"] = {{{"lineId", "L9"}, {"quantity", 1}}};
    EXPECT_TRUE(isProblem(post(unknownLine), 422, "validation", "lines[0].lineId"));

    json noReason = refund("ORD-9404", 100);
    noReason.erase("reason");
    EXPECT_TRUE(isProblem(post(noReason), 422, "validation", "reason"));

    json badIssuer = refund("ORD-9404", 100);
    badIssuer["issuedBy"] = "The Bank!";
    EXPECT_TRUE(isProblem(post(badIssuer), 422, "validation", "issuedBy"));

    json noOrder = refund("ORD-9404", 100);
    noOrder.erase("orderId");
    EXPECT_TRUE(isProblem(post(noOrder), 422, "validation", "orderId"));
    EXPECT_EQ(stateSnapshot(*http, {"/payments/v1/refunds?order=ORD-9404"}), before);
}

TEST_F(BackofficePaymentsTest, RefundForAnUnknownOrderIsNotFound)
{
    const json before = stateSnapshot(*http, {});
    EXPECT_TRUE(isProblem(post(refund("ORD-0000", 100)), 404, "not-found", "orderId"));
    EXPECT_EQ(stateSnapshot(*http, {}), before);
}
