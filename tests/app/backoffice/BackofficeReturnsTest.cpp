// Returns API (/returns/v1): authorising returns of delivered lines, the generated label PDF,
// and the refusals (undelivered lines, unknown lines, bad quantities).
#include "BackofficeSuite.h"
#include "BackofficeTestKit.h"
#include "HttpTestClient.h"
#include "TestScenario.h"

#include <QBuffer>
#include <QByteArray>
#include <QPdfDocument>
#include <QPdfSelection>
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

TestScenario returnsScenario()
{
    TestScenario scenario("it-returns");
    json customer = TestScenario::customer("CUS-9501", "Sofia Romano", "sofia.romano@example.it",
                                           "+39 349 000 9501");
    customer["address"] = TestScenario::address("Via Garibaldi 7", "Torino", "10122", "IT");
    scenario.addCustomer(customer);

    const json twoLines = {TestScenario::line("L1", "SKU-A", 2, 2500),
                           TestScenario::line("L2", "SKU-B", 1, 4990)};
    const json bothShipped = {TestScenario::shipmentLine("L1", 2),
                              TestScenario::shipmentLine("L2", 1)};
    scenario.addOrder(TestScenario::order("ORD-9501", "CUS-9501", "delivered", twoLines));
    scenario.addShipment(
        TestScenario::shipment("SHP-9501", "ORD-9501", "delivered", bothShipped, "BRT9501000001"));
    scenario.addOrder(TestScenario::order("ORD-9502", "CUS-9501", "placed", twoLines));
    scenario.addShipment(
        TestScenario::shipment("SHP-9502", "ORD-9502", "created", bothShipped, "BRT9502000001"));
    // Split delivery: L1 arrived, L2 is still on its way.
    scenario.addOrder(TestScenario::order("ORD-9503", "CUS-9501", "dispatched", twoLines));
    scenario.addShipment(TestScenario::shipment("SHP-9503", "ORD-9503", "delivered",
                                                {TestScenario::shipmentLine("L1", 2)},
                                                "BRT9503000001"));
    scenario.addShipment(TestScenario::shipment("SHP-9504", "ORD-9503", "in_transit",
                                                {TestScenario::shipmentLine("L2", 1)},
                                                "BRT9504000001"));
    scenario.addOrder(TestScenario::order("ORD-9504", "CUS-9501", "delivered", twoLines));
    scenario.addShipment(
        TestScenario::shipment("SHP-9505", "ORD-9504", "delivered", bothShipped, "BRT9505000001"));
    scenario.addOrder(TestScenario::order("ORD-9505", "CUS-9501", "delivered", twoLines));
    scenario.addShipment(
        TestScenario::shipment("SHP-9506", "ORD-9505", "delivered", bothShipped, "BRT9506000001"));
    return scenario;
}

// lines: an array, or one line (returnOf(id, {lineOf(...)}) hands over the line itself).
json returnOf(const std::string &orderId, const json &lines)
{
    const json list = lines.is_object() ? json::array({lines}) : lines;
    return {{"orderId", orderId}, {"lines", list}, {"reason", "does not fit"}};
}

json lineOf(const std::string &lineId, const json &quantity)
{
    return {{"lineId", lineId}, {"quantity", quantity}};
}

} // namespace

class BackofficeReturnsTest : public BackofficeSuite
{
protected:
    static void SetUpTestSuite() { server().start(returnsScenario()); }

    HttpResponse post(const json &body)
    {
        return http->postJson("/returns/v1/returns", body,
                              withKey(HttpTestClient::uniqueKey("returns")));
    }
};

TEST_F(BackofficeReturnsTest, AuthorisesAReturnOfDeliveredLines)
{
    const HttpResponse response = post(returnOf("ORD-9501", {lineOf("L1", 1)}));
    ASSERT_TRUE(isJson(response, 201));
    const json created = response.json();
    const std::string id = created.at("id");
    EXPECT_EQ(id.rfind("RET-", 0), 0u) << id;
    EXPECT_EQ(created.at("orderId"), "ORD-9501");
    EXPECT_EQ(created.at("lines"), json::array({lineOf("L1", 1)}));
    EXPECT_EQ(created.at("reason"), "does not fit");
    EXPECT_EQ(created.at("status"), "authorized");
    EXPECT_EQ(created.at("createdAt"), TestScenario::kNow);
    const json label = created.at("label");
    EXPECT_FALSE(label.at("carrier").get<std::string>().empty());
    EXPECT_EQ(label.at("trackingNumber").get<std::string>().rfind("RTN", 0), 0u) << label.dump();
    EXPECT_EQ(label.at("url"), "/returns/v1/returns/" + id + "/label.pdf");

    EXPECT_EQ(http->get("/returns/v1/returns/" + id).json(), created);
    const HttpResponse list = http->get("/returns/v1/returns?order=ORD-9501");
    ASSERT_TRUE(isJson(list, 200));
    ASSERT_EQ(list.json().at("items").size(), 1u);
    EXPECT_EQ(list.json()["items"][0], created);
}

TEST_F(BackofficeReturnsTest, LabelIsAOnePagePdfWithTheReturnDetails)
{
    const HttpResponse response = post(returnOf("ORD-9505", {lineOf("L2", 1)}));
    ASSERT_TRUE(isJson(response, 201));
    const json created = response.json();
    const std::string id = created.at("id");

    const HttpResponse pdf = http->get(created.at("label").at("url").get<std::string>());
    ASSERT_EQ(pdf.status, 200) << pdf.describe();
    EXPECT_EQ(pdf.contentType, "application/pdf");
    ASSERT_EQ(pdf.body.rfind("%PDF", 0), 0u) << "starts with %PDF";

    QByteArray bytes(pdf.body.data(), static_cast<qsizetype>(pdf.body.size()));
    QBuffer buffer(&bytes);
    ASSERT_TRUE(buffer.open(QIODevice::ReadOnly));
    QPdfDocument document;
    document.load(&buffer);
    ASSERT_EQ(document.status(), QPdfDocument::Status::Ready);
    EXPECT_EQ(document.pageCount(), 1);
    const QString text = document.getAllText(0).text();
    for (const std::string &expected :
         {id, std::string("ORD-9505"), created["label"].at("carrier").get<std::string>(),
          created["label"].at("trackingNumber").get<std::string>(), std::string("Sofia Romano"),
          std::string("Via Garibaldi 7"), std::string("Torino"), std::string("10122")}) {
        EXPECT_TRUE(text.contains(QString::fromStdString(expected)))
            << "label text lacks \"" << expected << "\":\n"
            << text.toStdString();
    }
}

TEST_F(BackofficeReturnsTest, OnlyDeliveredLinesCanBeReturned)
{
    const std::vector<std::string> paths = {"/returns/v1/returns?order=ORD-9502",
                                            "/returns/v1/returns?order=ORD-9503"};
    const json before = stateSnapshot(*http, paths);
    EXPECT_TRUE(isProblem(post(returnOf("ORD-9502", {lineOf("L1", 1)})), 409, "conflict"));
    EXPECT_TRUE(isProblem(post(returnOf("ORD-9503", {lineOf("L2", 1)})), 409, "conflict"));
    EXPECT_TRUE(
        isProblem(post(returnOf("ORD-9503", {lineOf("L1", 1), lineOf("L2", 1)})), 409, "conflict"));
    EXPECT_EQ(stateSnapshot(*http, paths), before);

    // The delivered half of a split delivery can be returned.
    EXPECT_TRUE(isJson(post(returnOf("ORD-9503", {lineOf("L1", 2)})), 201));
}

TEST_F(BackofficeReturnsTest, RefusesUnknownLinesAndBadQuantities)
{
    const std::vector<std::string> paths = {"/returns/v1/returns?order=ORD-9504"};
    const json before = stateSnapshot(*http, paths);
    EXPECT_TRUE(isProblem(post(returnOf("ORD-9504", {lineOf("L9", 1)})), 422, "validation",
                          "lines[0].lineId"));
    EXPECT_TRUE(isProblem(post(returnOf("ORD-9504", {lineOf("L1", 0)})), 422, "validation",
                          "lines[0].quantity"));
    EXPECT_TRUE(isProblem(post(returnOf("ORD-9504", {lineOf("L1", 1), lineOf("L2", 2)})), 422,
                          "validation", "lines[1].quantity"));
    EXPECT_TRUE(isProblem(post(returnOf("ORD-9504", {lineOf("L1", 3)})), 422, "validation",
                          "lines[0].quantity"));
    EXPECT_TRUE(isProblem(post(returnOf("ORD-9504", {lineOf("L1", "1")})), 422, "validation",
                          "lines[0].quantity"));
    EXPECT_TRUE(isProblem(post(returnOf("ORD-9504", json::array())), 422, "validation", "lines"));
    EXPECT_TRUE(isValidationProblem(post(returnOf("ORD-9504", "L1")), "lines"));
    json noReason = returnOf("ORD-9504", {lineOf("L1", 1)});
    noReason.erase("reason");
    EXPECT_TRUE(isProblem(post(noReason), 422, "validation", "reason"));
    EXPECT_EQ(stateSnapshot(*http, paths), before);
}

TEST_F(BackofficeReturnsTest, UnknownOrdersAndReturnsAreNotFound)
{
    const json before = stateSnapshot(*http, {});
    EXPECT_TRUE(isProblem(post(returnOf("ORD-0000", {lineOf("L1", 1)})), 404, "not-found"));
    EXPECT_EQ(stateSnapshot(*http, {}), before);
    EXPECT_TRUE(isProblem(http->get("/returns/v1/returns/RET-0000"), 404, "not-found"));
    EXPECT_TRUE(isProblem(http->get("/returns/v1/returns/RET-0000/label.pdf"), 404, "not-found"));
    EXPECT_TRUE(isProblem(http->get("/returns/v1/returns?order=ORD-0000"), 404, "not-found"));
    EXPECT_TRUE(isValidationProblem(http->get("/returns/v1/returns"), "order"));
}
