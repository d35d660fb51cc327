#pragma once

#include "domain/DeliverySlot.h"
#include "domain/PickupPoint.h"

#include <string>
#include <vector>

namespace caseline {

// What the carrier offers to move a delivery to: slots and pickup points.
struct DeliveryOptions
{
    std::string shipmentId;
    std::vector<DeliverySlot> slots;
    std::vector<PickupPoint> pickupPoints;
};

} // namespace caseline
