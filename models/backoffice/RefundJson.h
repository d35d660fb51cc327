#pragma once

#include "domain/Refund.h"

#include <nlohmann/json.hpp>
#include <vector>

namespace caseline {

// The payments system's Refund body and RefundList body ({"items": [...]}). Both throw
// MappingError naming the offending field, e.g. "items[0].amount".
Refund refundFromJson(const nlohmann::json &body);
std::vector<Refund> refundListFromJson(const nlohmann::json &body);

} // namespace caseline
