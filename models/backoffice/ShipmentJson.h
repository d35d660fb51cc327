#pragma once

#include "domain/Shipment.h"

#include <nlohmann/json.hpp>
#include <vector>

namespace caseline {

// The delivery system's Shipment body and ShipmentList body ({"items": [...]}), with the
// promised window, pickup point and tracking events. Both throw MappingError naming the
// offending field, e.g. "items[1].events[0].at".
Shipment shipmentFromJson(const nlohmann::json &body);
std::vector<Shipment> shipmentListFromJson(const nlohmann::json &body);

} // namespace caseline
