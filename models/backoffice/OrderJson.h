#pragma once

#include "domain/Order.h"

#include <nlohmann/json.hpp>
#include <vector>

namespace caseline {

// Order management's Order body and OrderList body ({"items": [...]}), with lines, replacement
// links and history. Both throw MappingError naming the offending field, e.g.
// "items[0].history[2].at".
Order orderFromJson(const nlohmann::json &body);
std::vector<Order> orderListFromJson(const nlohmann::json &body);

} // namespace caseline
