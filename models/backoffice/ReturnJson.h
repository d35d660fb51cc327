#pragma once

#include "domain/ReturnAuthorization.h"

#include <nlohmann/json.hpp>
#include <vector>

namespace caseline {

// The returns system's Return body and ReturnList body ({"items": [...]}), with the label.
// Both throw MappingError naming the offending field, e.g. "items[0].label.url".
ReturnAuthorization returnFromJson(const nlohmann::json &body);
std::vector<ReturnAuthorization> returnListFromJson(const nlohmann::json &body);

} // namespace caseline
