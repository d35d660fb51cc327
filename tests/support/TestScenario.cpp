#include "TestScenario.h"

namespace caseline::test {

namespace {

// `f({item})` hands a function the item itself rather than a one-element array (a braced list
// with one element of the parameter's own type copies it), so list parameters accept both.
nlohmann::json asArray(const nlohmann::json &items)
{
    return items.is_array() ? items : nlohmann::json::array({items});
}

} // namespace

TestScenario::TestScenario(std::string id, std::string asOf)
{
    m_document = {{"id", std::move(id)},
                  {"description", "integration-test scenario"},
                  {"customers", nlohmann::json::array()},
                  {"orders", nlohmann::json::array()},
                  {"shipments", nlohmann::json::array()},
                  {"refunds", nlohmann::json::array()},
                  {"returns", nlohmann::json::array()},
                  {"messages", nlohmann::json::array()},
                  {"behaviours", nlohmann::json::array()}};
    if (!asOf.empty()) {
        m_document["asOf"] = std::move(asOf);
    }
}

TestScenario &TestScenario::add(const std::string &collection, nlohmann::json item)
{
    m_document[collection].push_back(std::move(item));
    return *this;
}

nlohmann::json TestScenario::address(const std::string &line1, const std::string &city,
                                     const std::string &postalCode, const std::string &country)
{
    return {{"line1", line1}, {"city", city}, {"postalCode", postalCode}, {"country", country}};
}

nlohmann::json TestScenario::customer(const std::string &id, const std::string &name,
                                      const std::string &email, const std::string &phone,
                                      const std::string &language,
                                      const std::string &preferredChannel)
{
    return {{"id", id},
            {"name", name},
            {"email", email},
            {"phone", phone},
            {"language", language},
            {"preferredChannel", preferredChannel},
            {"address", address()}};
}

nlohmann::json TestScenario::line(const std::string &lineId, const std::string &sku, int quantity,
                                  long long unitPrice)
{
    return {{"lineId", lineId},
            {"sku", sku},
            {"description", "Item " + sku},
            {"quantity", quantity},
            {"unitPrice", unitPrice}};
}

nlohmann::json TestScenario::order(const std::string &id, const std::string &customerId,
                                   const std::string &status, const nlohmann::json &orderLines,
                                   long long paid, const std::string &placedAt)
{
    const nlohmann::json lines = asArray(orderLines);
    long long total = 0;
    for (const auto &entry : lines) {
        total += entry.at("quantity").get<long long>() * entry.at("unitPrice").get<long long>();
    }
    nlohmann::json history = nlohmann::json::array();
    history.push_back(
        {{"at", placedAt}, {"status", "placed"}, {"system", "orders"}, {"note", "Order placed"}});
    if (status == "dispatched" || status == "delivered") {
        history.push_back({{"at", "2026-10-27T08:00:00Z"},
                           {"status", "dispatched"},
                           {"system", "delivery"},
                           {"note", "Parcel left the warehouse"}});
    }
    if (status == "delivered") {
        history.push_back({{"at", "2026-10-29T11:00:00Z"},
                           {"status", "delivered"},
                           {"system", "delivery"},
                           {"note", "Delivered"}});
    }
    if (status == "cancelled") {
        history.push_back({{"at", "2026-10-26T10:00:00Z"},
                           {"status", "cancelled"},
                           {"system", "orders"},
                           {"note", "Cancelled at the customer's request"}});
    }
    return {{"id", id},
            {"customerId", customerId},
            {"status", status},
            {"channel", "web"},
            {"placedAt", placedAt},
            {"currency", "EUR"},
            {"lines", lines},
            {"total", total},
            {"paid", paid < 0 ? total : paid},
            {"replacementFor", nullptr},
            {"history", history}};
}

nlohmann::json TestScenario::pickupPoint(const std::string &id, const std::string &name,
                                         const std::string &kind)
{
    return {{"id", id},
            {"kind", kind},
            {"name", name},
            {"address", address("Corso Buenos Aires 10", "Milano", "20124", "IT")},
            {"openingHours",
             nlohmann::json::array({{{"days", "Mon-Fri"}, {"from", "08:30"}, {"to", "19:00"}}})}};
}

nlohmann::json TestScenario::offers(bool evening, bool saturday, const nlohmann::json &pickupPoints)
{
    return {{"evening", evening}, {"saturday", saturday}, {"pickupPoints", asArray(pickupPoints)}};
}

nlohmann::json TestScenario::shipmentLine(const std::string &lineId, int quantity)
{
    return {{"lineId", lineId}, {"quantity", quantity}};
}

nlohmann::json TestScenario::shipment(const std::string &id, const std::string &orderId,
                                      const std::string &status, const nlohmann::json &lines,
                                      const std::string &trackingNumber,
                                      const nlohmann::json &offers)
{
    nlohmann::json events = nlohmann::json::array();
    if (status != "created" && status != "cancelled") {
        events.push_back({{"at", "2026-10-27T08:00:00Z"},
                          {"status", "dispatched"},
                          {"location", "Milano hub"},
                          {"description", "Parcel left the warehouse"}});
    }
    if (status == "in_transit" || status == "out_for_delivery" || status == "delivered" ||
        status == "failed") {
        events.push_back({{"at", "2026-10-28T07:00:00Z"},
                          {"status", "in_transit"},
                          {"location", "Bologna hub"},
                          {"description", "In transit"}});
    }
    if (status == "delivered" || status == "out_for_delivery" || status == "failed") {
        events.push_back({{"at", "2026-10-29T11:00:00Z"},
                          {"status", status},
                          {"location", "Milano"},
                          {"description", "Parcel " + status}});
    }
    return {{"id", id},
            {"orderId", orderId},
            {"carrier", "BRT"},
            {"trackingNumber", trackingNumber},
            {"status", status},
            {"lines", asArray(lines)},
            {"promisedWindow", {{"from", "2026-11-04T09:00:00Z"}, {"to", "2026-11-04T13:00:00Z"}}},
            {"address", address()},
            {"pickupPoint", nullptr},
            {"events", events},
            {"offers", offers}};
}

} // namespace caseline::test
