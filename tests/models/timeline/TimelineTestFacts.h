#pragma once

// Builders for OrderFacts in tests, and the stilettos story (seeds 000/001) written as code.

#include "domain/Rfc3339.h"
#include "timeline/Alert.h"
#include "timeline/OrderFacts.h"

#include <QDateTime>
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace caseline::test {

inline QDateTime at(const std::string &rfc3339)
{
    return Rfc3339::parse(rfc3339).value();
}

inline OrderLine line(const std::string &lineId, long long quantity, long long unitPrice,
                      const std::string &description = {})
{
    return {lineId, "SKU-" + lineId, description, quantity, unitPrice};
}

inline Order order(const std::string &id, OrderStatus status, std::vector<OrderLine> lines,
                   long long paid, std::optional<std::string> replacementFor = std::nullopt)
{
    Order result;
    result.id = id;
    result.customerId = "CUS-1";
    result.status = status;
    result.currency = "EUR";
    result.lines = std::move(lines);
    for (const OrderLine &each : result.lines) {
        result.total += each.quantity * each.unitPrice;
    }
    result.paid = paid;
    result.replacementFor = std::move(replacementFor);
    return result;
}

inline void history(Order &order, const std::string &when, const std::string &status,
                    const std::string &system, const std::string &note = {})
{
    order.history.push_back({at(when), status, system, note});
}

inline Shipment shipment(const std::string &id, const std::string &orderId, ShipmentStatus status,
                         std::vector<LineQuantity> lines = {})
{
    Shipment result;
    result.id = id;
    result.orderId = orderId;
    result.carrier = "BRT";
    result.trackingNumber = "TRK-" + id;
    result.status = status;
    result.lines = std::move(lines);
    return result;
}

inline void window(Shipment &shipment, const std::string &from, const std::string &to)
{
    shipment.promisedWindow = DeliveryWindow{at(from), at(to)};
}

inline void scan(Shipment &shipment, const std::string &when, const std::string &status,
                 const std::string &description = {}, const std::string &location = {})
{
    shipment.events.push_back({at(when), status, location, description});
}

inline Refund refund(const std::string &id, const std::string &orderId, long long amount,
                     std::vector<LineQuantity> lines, const std::string &when,
                     const std::string &issuedBy = "customer-service")
{
    return {id, orderId, amount, "EUR", "test", std::move(lines), "succeeded", at(when), issuedBy};
}

inline ReturnAuthorization returnOf(const std::string &id, const std::string &orderId,
                                    std::vector<LineQuantity> lines, const std::string &status,
                                    const std::string &when, bool withLabel = true)
{
    ReturnAuthorization result{id, orderId, std::move(lines), "test", status, at(when), {}};
    if (withLabel) {
        result.label = ReturnLabel{"BRT", "RTN-" + id, "/returns/v1/returns/" + id + "/label.pdf"};
    }
    return result;
}

inline CustomerMessage message(const std::string &id, const std::optional<std::string> &orderId,
                               const std::string &when, const std::string &templateId,
                               const std::string &subject, const std::string &body,
                               const std::string &system = "customer-service")
{
    return {id, "CUS-1", orderId, "email", at(when), templateId, "en", subject, body, system};
}

inline std::size_t countRule(const std::vector<Alert> &alerts, const std::string &rule)
{
    return static_cast<std::size_t>(std::count_if(
        alerts.begin(), alerts.end(), [&](const Alert &alert) { return alert.rule == rule; }));
}

inline bool contains(const std::vector<std::string> &values, const std::string &value)
{
    return std::find(values.begin(), values.end(), value) != values.end();
}

inline bool mentions(const std::string &text, const std::string &part)
{
    return text.find(part) != std::string::npos;
}

// The day the demo scenarios call "now".
inline QDateTime asOf()
{
    return at("2026-10-20T12:00:00Z");
}

// Giulia's overalls: ORD-1001 delivered (the wrong item), replacement ORD-1001-R1 ordered with a
// promised return label, R1 cancelled and ORD-1001 refunded by finance, R1 delivered anyway.
inline OrderFacts stilettos()
{
    OrderFacts facts;
    Order original =
        order("ORD-1001", OrderStatus::Delivered, {line("L1", 1, 4990, "Denim overalls")}, 4990);
    original.replacements = {"ORD-1001-R1"};
    history(original, "2026-10-13T17:45:00Z", "placed", "orders", "Order placed on the web shop");
    history(original, "2026-10-13T20:10:00Z", "dispatched", "delivery", "Parcel handed to BRT");
    history(original, "2026-10-14T10:32:00Z", "delivered", "delivery", "Delivered by BRT");
    history(original, "2026-10-15T09:50:00Z", "delivered", "customer-service",
            "replacement ORD-1001-R1 ordered; return label promised");
    Order replacement = order("ORD-1001-R1", OrderStatus::Cancelled,
                              {line("L1", 1, 4990, "Denim overalls")}, 0, "ORD-1001");
    history(replacement, "2026-10-15T09:50:00Z", "placed", "customer-service");
    history(replacement, "2026-10-16T07:30:00Z", "cancelled", "payments",
            "Replacement cancelled by finance: original order ORD-1001 refunded in full");
    facts.orders = {original, replacement};

    Shipment first = shipment("SHP-1001", "ORD-1001", ShipmentStatus::Delivered, {{"L1", 1}});
    window(first, "2026-10-15T09:00:00Z", "2026-10-15T18:00:00Z");
    scan(first, "2026-10-13T20:10:00Z", "dispatched");
    scan(first, "2026-10-14T10:32:00Z", "delivered");
    Shipment second = shipment("SHP-1002", "ORD-1001-R1", ShipmentStatus::Delivered, {{"L1", 1}});
    window(second, "2026-10-18T09:00:00Z", "2026-10-18T18:00:00Z");
    scan(second, "2026-10-15T09:50:00Z", "created");
    scan(second, "2026-10-18T07:10:00Z", "dispatched");
    scan(second, "2026-10-18T09:05:00Z", "out_for_delivery");
    scan(second, "2026-10-18T14:48:00Z", "delivered", "Delivered to the customer", "Bologna");
    facts.shipments = {first, second};

    facts.refunds = {
        refund("REF-1001", "ORD-1001", 4990, {{"L1", 1}}, "2026-10-16T07:31:00Z", "finance")};

    facts.messages = {
        message("MSG-1002", "ORD-1001", "2026-10-13T20:15:00Z", "shipping-confirmation",
                "Il tuo ordine ORD-1001 è stato spedito", "è partito con BRT", "delivery"),
        message("MSG-1003", "ORD-1001-R1", "2026-10-15T09:52:00Z", "replacement-confirmation",
                "La tua sostituzione è in arrivo",
                "la spedizione è in arrivo. A breve riceverai anche un'etichetta di reso per "
                "rispedirci le scarpe gratuitamente."),
        message("MSG-1004", "ORD-1001-R1", "2026-10-16T07:40:00Z", "replacement-cancelled",
                "Il tuo ordine sostitutivo ORD-1001-R1 è stato annullato",
                "L'importo di 49,90 € dell'ordine ORD-1001 è stato riaccreditato.", "payments"),
        message("MSG-1005", "ORD-1001-R1", "2026-10-18T07:15:00Z", "shipping-confirmation",
                "Il tuo ordine ORD-1001-R1 è stato spedito", "è partito con BRT", "delivery"),
    };
    return facts;
}

// One paid order of one line with one shipment, for rules that need a plain case.
inline OrderFacts plainOrder(OrderStatus orderStatus, ShipmentStatus shipmentStatus)
{
    OrderFacts facts;
    Order single = order("ORD-1", orderStatus, {line("L1", 1, 2000, "Lamp")}, 2000);
    history(single, "2026-10-10T10:00:00Z", "placed", "orders");
    facts.orders = {single};
    Shipment parcel = shipment("SHP-1", "ORD-1", shipmentStatus, {{"L1", 1}});
    scan(parcel, "2026-10-10T10:05:00Z", "created");
    if (shipmentStatus != ShipmentStatus::Created && shipmentStatus != ShipmentStatus::Cancelled) {
        scan(parcel, "2026-10-11T08:00:00Z", "dispatched");
    }
    if (shipmentStatus == ShipmentStatus::Delivered) {
        scan(parcel, "2026-10-12T11:00:00Z", "delivered");
    }
    facts.shipments = {parcel};
    return facts;
}

} // namespace caseline::test
