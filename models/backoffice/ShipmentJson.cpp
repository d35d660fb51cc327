#include "backoffice/ShipmentJson.h"

#include "backoffice/AddressJson.h"
#include "backoffice/JsonReader.h"
#include "backoffice/LineQuantityJson.h"
#include "backoffice/PickupPointJson.h"

namespace caseline {

namespace {

// A tracking event reports a shipment status reached, or a reschedule.
std::optional<std::string> trackingStatusFromString(const std::string &text)
{
    if (text == "rescheduled" || shipmentStatusFromString(text)) {
        return text;
    }
    return std::nullopt;
}

TrackingEvent readEvent(const JsonReader &reader)
{
    TrackingEvent event;
    event.at = reader.requiredTime("at");
    event.status = reader.requiredEnum("status", trackingStatusFromString);
    event.location = reader.requiredString("location");
    event.description = reader.requiredString("description");
    return event;
}

DeliveryWindow readWindow(const JsonReader &reader)
{
    return DeliveryWindow{reader.requiredTime("from"), reader.requiredTime("to")};
}

Shipment readShipment(const JsonReader &reader)
{
    Shipment shipment;
    shipment.id = reader.requiredString("id");
    shipment.orderId = reader.requiredString("orderId");
    shipment.carrier = reader.requiredString("carrier");
    shipment.trackingNumber = reader.requiredString("trackingNumber");
    shipment.status = reader.requiredEnum("status", shipmentStatusFromString);
    shipment.lines = reader.mapObjects("lines", readLineQuantity);
    if (const std::optional<JsonReader> window = reader.nullableObject("promisedWindow")) {
        shipment.promisedWindow = readWindow(*window);
    }
    shipment.address = readAddress(reader.object("address"));
    if (const std::optional<JsonReader> point = reader.nullableObject("pickupPoint")) {
        shipment.pickupPoint = readPickupPoint(*point);
    }
    shipment.events = reader.mapObjects("events", readEvent);
    return shipment;
}

} // namespace

Shipment shipmentFromJson(const nlohmann::json &body)
{
    return readBody(body, readShipment);
}

std::vector<Shipment> shipmentListFromJson(const nlohmann::json &body)
{
    return readItems(body, readShipment);
}

} // namespace caseline
