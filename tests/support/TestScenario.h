#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace caseline::test {

// Builds a scenario file (see api-spec "Scenario files") for integration tests, so a test
// controls every order, shipment and offer it relies on instead of depending on demo data.
// Every time defaults to around kNow, the instant tests freeze the server clock at.
class TestScenario
{
public:
    static constexpr const char *kNow = "2026-11-02T10:00:00Z"; // a Monday
    static constexpr const char *kPlacedAt = "2026-10-26T09:15:00Z";

    explicit TestScenario(std::string id, std::string asOf = kNow);

    TestScenario &add(const std::string &collection, nlohmann::json item);
    TestScenario &addCustomer(nlohmann::json customer) { return add("customers", customer); }
    TestScenario &addOrder(nlohmann::json order) { return add("orders", order); }
    TestScenario &addShipment(nlohmann::json shipment) { return add("shipments", shipment); }
    TestScenario &addRefund(nlohmann::json refund) { return add("refunds", refund); }
    TestScenario &addMessage(nlohmann::json message) { return add("messages", message); }
    TestScenario &addBehaviour(nlohmann::json behaviour) { return add("behaviours", behaviour); }

    nlohmann::json &document() { return m_document; }
    const nlohmann::json &document() const { return m_document; }
    std::string text() const { return m_document.dump(2); }

    static nlohmann::json address(const std::string &line1 = "Via Roma 1",
                                  const std::string &city = "Milano",
                                  const std::string &postalCode = "20121",
                                  const std::string &country = "IT");
    static nlohmann::json customer(const std::string &id, const std::string &name,
                                   const std::string &email, const std::string &phone,
                                   const std::string &language = "it",
                                   const std::string &preferredChannel = "email");
    static nlohmann::json line(const std::string &lineId, const std::string &sku, int quantity,
                               long long unitPrice);
    // paid < 0 means "the order total". status: placed, dispatched, delivered or cancelled.
    static nlohmann::json order(const std::string &id, const std::string &customerId,
                                const std::string &status, const nlohmann::json &lines,
                                long long paid = -1, const std::string &placedAt = kPlacedAt);
    static nlohmann::json pickupPoint(const std::string &id, const std::string &name,
                                      const std::string &kind = "locker");
    static nlohmann::json offers(bool evening, bool saturday,
                                 const nlohmann::json &pickupPoints = nlohmann::json::array());
    // lines: [{"lineId", "quantity"}]. The promised window is Wednesday after kNow.
    static nlohmann::json
    shipment(const std::string &id, const std::string &orderId, const std::string &status,
             const nlohmann::json &lines, const std::string &trackingNumber,
             const nlohmann::json &offers = TestScenario::offers(false, false));
    static nlohmann::json shipmentLine(const std::string &lineId, int quantity);

private:
    nlohmann::json m_document;
};

} // namespace caseline::test
