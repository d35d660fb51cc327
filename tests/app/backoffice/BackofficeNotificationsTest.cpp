// Notifications API (/notifications/v1/messages): sending messages and listing them by
// customer or by order.
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

TestScenario notificationsScenario()
{
    TestScenario scenario("it-notifications");
    scenario.addCustomer(TestScenario::customer("CUS-9601", "Luca Ferri", "luca.ferri@example.it",
                                                "+39 347 000 9601"));
    scenario.addCustomer(TestScenario::customer("CUS-9602", "Emma Dubois", "emma@example.fr",
                                                "+33 6 12 34 56 78", "fr", "sms"));
    scenario.addCustomer(TestScenario::customer("CUS-9603", "Ana Ruiz", "ana.ruiz@example.es",
                                                "+34 600 000 9603", "es"));
    const json oneLine = {TestScenario::line("L1", "SKU-A", 1, 1999)};
    scenario.addOrder(TestScenario::order("ORD-9601", "CUS-9601", "delivered", oneLine));
    scenario.addOrder(TestScenario::order("ORD-9602", "CUS-9602", "placed", oneLine));
    scenario.addOrder(TestScenario::order("ORD-9603", "CUS-9603", "placed", oneLine));
    scenario.addMessage({{"id", "MSG-9601"},
                         {"customerId", "CUS-9601"},
                         {"orderId", "ORD-9601"},
                         {"channel", "email"},
                         {"sentAt", "2026-10-28T08:00:00Z"},
                         {"template", "delivery-confirmation"},
                         {"language", "it"},
                         {"subject", "Il tuo ordine è stato consegnato"},
                         {"body", "Ciao Luca, il tuo ordine ORD-9601 è stato consegnato."},
                         {"system", "delivery"}});
    return scenario;
}

json message(const std::string &customerId, const json &orderId)
{
    json body = {{"customerId", customerId},
                 {"channel", "email"},
                 {"language", "it"},
                 {"subject", "Aggiornamento sul tuo ordine"},
                 {"body", "Ciao, ti scriviamo per il tuo ordine."}};
    if (!orderId.is_null()) {
        body["orderId"] = orderId;
    }
    return body;
}

std::vector<std::string> ids(const HttpResponse &response)
{
    std::vector<std::string> result;
    for (const auto &item : json(response.json().at("items"))) {
        result.push_back(item.at("id"));
    }
    return result;
}

} // namespace

class BackofficeNotificationsTest : public BackofficeSuite
{
protected:
    static void SetUpTestSuite() { server().start(notificationsScenario()); }

    HttpResponse post(const json &body)
    {
        return http->postJson("/notifications/v1/messages", body,
                              withKey(HttpTestClient::uniqueKey("notifications")));
    }
};

TEST_F(BackofficeNotificationsTest, ListsMessagesByCustomerAndByOrder)
{
    const HttpResponse byCustomer = http->get("/notifications/v1/messages?customer=CUS-9601");
    ASSERT_TRUE(isJson(byCustomer, 200));
    ASSERT_FALSE(byCustomer.json().at("items").empty());
    const json first = byCustomer.json()["items"][0];
    EXPECT_EQ(first.at("id"), "MSG-9601");
    EXPECT_EQ(first.at("customerId"), "CUS-9601");
    EXPECT_EQ(first.at("orderId"), "ORD-9601");
    EXPECT_EQ(first.at("template"), "delivery-confirmation");
    EXPECT_EQ(first.at("sentAt"), "2026-10-28T08:00:00Z");
    EXPECT_EQ(first.at("system"), "delivery");

    const HttpResponse byOrder = http->get("/notifications/v1/messages?order=ORD-9601");
    ASSERT_TRUE(isJson(byOrder, 200));
    ASSERT_FALSE(byOrder.json().at("items").empty());
    EXPECT_EQ(byOrder.json()["items"][0], first);

    const HttpResponse none = http->get("/notifications/v1/messages?order=ORD-9603");
    ASSERT_TRUE(isJson(none, 200));
    EXPECT_EQ(none.json(), json({{"items", json::array()}}));
}

TEST_F(BackofficeNotificationsTest, ListNeedsExactlyOneKnownFilter)
{
    EXPECT_TRUE(isValidationProblem(http->get("/notifications/v1/messages")));
    EXPECT_TRUE(isValidationProblem(
        http->get("/notifications/v1/messages?customer=CUS-9601&order=ORD-9601")));
    EXPECT_TRUE(
        isProblem(http->get("/notifications/v1/messages?customer=CUS-0000"), 404, "not-found"));
    EXPECT_TRUE(
        isProblem(http->get("/notifications/v1/messages?order=ORD-0000"), 404, "not-found"));
}

TEST_F(BackofficeNotificationsTest, SendsAMessage)
{
    json body = message("CUS-9602", "ORD-9602");
    body["channel"] = "sms";
    body["language"] = "fr";
    body["template"] = "replacement-confirmation";
    const HttpResponse response = post(body);
    ASSERT_TRUE(isJson(response, 201));
    const json sent = response.json();
    EXPECT_EQ(sent.at("id").get<std::string>().rfind("MSG-", 0), 0u) << response.body;
    EXPECT_EQ(sent.at("customerId"), "CUS-9602");
    EXPECT_EQ(sent.at("orderId"), "ORD-9602");
    EXPECT_EQ(sent.at("channel"), "sms");
    EXPECT_EQ(sent.at("language"), "fr");
    EXPECT_EQ(sent.at("subject"), body["subject"]);
    EXPECT_EQ(sent.at("body"), body["body"]);
    EXPECT_EQ(sent.at("template"), "replacement-confirmation");
    EXPECT_EQ(sent.at("sentAt"), TestScenario::kNow);
    EXPECT_EQ(sent.at("system"), "customer-service");

    const HttpResponse byCustomer = http->get("/notifications/v1/messages?customer=CUS-9602");
    ASSERT_TRUE(isJson(byCustomer, 200));
    ASSERT_FALSE(byCustomer.json().at("items").empty());
    EXPECT_EQ(byCustomer.json()["items"].back(), sent) << "oldest first: the new one is last";
    const HttpResponse byOrder = http->get("/notifications/v1/messages?order=ORD-9602");
    ASSERT_TRUE(isJson(byOrder, 200));
    ASSERT_FALSE(byOrder.json().at("items").empty());
    EXPECT_EQ(byOrder.json()["items"].back(), sent);
}

TEST_F(BackofficeNotificationsTest, SendsAMessageWithoutAnOrderOnBehalfOfASystem)
{
    json body = message("CUS-9603", nullptr);
    body["system"] = "returns";
    const HttpResponse response = post(body);
    ASSERT_TRUE(isJson(response, 201));
    const json sent = response.json();
    EXPECT_TRUE(sent.at("orderId").is_null()) << response.body;
    EXPECT_EQ(sent.at("system"), "returns");

    EXPECT_EQ(ids(http->get("/notifications/v1/messages?customer=CUS-9603")),
              std::vector<std::string>{sent.at("id")});
    EXPECT_EQ(ids(http->get("/notifications/v1/messages?order=ORD-9603")),
              std::vector<std::string>{});
}

TEST_F(BackofficeNotificationsTest, RefusesInvalidMessages)
{
    const std::vector<std::string> paths = {"/notifications/v1/messages?customer=CUS-9601"};
    const json before = stateSnapshot(*http, paths);

    json badChannel = message("CUS-9601", "ORD-9601");
    badChannel["channel"] = "fax";
    EXPECT_TRUE(isProblem(post(badChannel), 422, "validation", "channel"));

    json badLanguage = message("CUS-9601", "ORD-9601");
    badLanguage["language"] = "xx";
    EXPECT_TRUE(isProblem(post(badLanguage), 422, "validation", "language"));

    for (const char *field : {"customerId", "channel", "language", "subject", "body"}) {
        json missing = message("CUS-9601", "ORD-9601");
        missing.erase(field);
        EXPECT_TRUE(isProblem(post(missing), 422, "validation", field)) << field;
    }

    json badSystem = message("CUS-9601", "ORD-9601");
    badSystem["system"] = "The CEO!";
    EXPECT_TRUE(isProblem(post(badSystem), 422, "validation", "system"));

    json wrongType = message("CUS-9601", "ORD-9601");
    wrongType["subject"] = 12;
    EXPECT_TRUE(isProblem(post(wrongType), 422, "validation", "subject"));

    EXPECT_TRUE(isProblem(post(message("CUS-0000", nullptr)), 404, "not-found", "customerId"));
    EXPECT_TRUE(isProblem(post(message("CUS-9601", "ORD-0000")), 404, "not-found", "orderId"));

    EXPECT_EQ(stateSnapshot(*http, paths), before);
}
