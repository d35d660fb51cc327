#pragma once

#include <optional>
#include <string>

namespace caseline {

enum class ShipmentStatus
{
    Created,
    Dispatched,
    InTransit,
    OutForDelivery,
    Delivered,
    Failed,
    Cancelled
};

std::string toString(ShipmentStatus status);
std::optional<ShipmentStatus> shipmentStatusFromString(const std::string &text);
// Dispatched, in transit or out for delivery: the parcel has left and is not yet delivered.
bool isUnderway(ShipmentStatus status);

} // namespace caseline
