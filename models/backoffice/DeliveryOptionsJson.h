#pragma once

#include "domain/DeliveryOptions.h"

#include <nlohmann/json.hpp>

namespace caseline {

// The body of GET /delivery/v1/shipments/{id}/options: the slots and pickup points a delivery
// can be moved to. Throws MappingError naming the offending field, e.g. "slots[0].from".
DeliveryOptions deliveryOptionsFromJson(const nlohmann::json &body);

} // namespace caseline
