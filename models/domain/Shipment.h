#pragma once

#include "domain/Address.h"
#include "domain/DeliveryWindow.h"
#include "domain/LineQuantity.h"
#include "domain/PickupPoint.h"
#include "domain/ShipmentStatus.h"
#include "domain/TrackingEvent.h"

#include <optional>
#include <string>
#include <vector>

namespace caseline {

// A parcel as the carrier/delivery system reports it.
struct Shipment
{
    std::string id;
    std::string orderId;
    std::string carrier;
    std::string trackingNumber;
    ShipmentStatus status = ShipmentStatus::Created;
    std::vector<LineQuantity> lines;
    std::optional<DeliveryWindow> promisedWindow;
    Address address;
    std::optional<PickupPoint> pickupPoint;
    std::vector<TrackingEvent> events;
};

} // namespace caseline
