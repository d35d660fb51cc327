#pragma once

#include "domain/CustomerMessage.h"

#include <nlohmann/json.hpp>
#include <vector>

namespace caseline {

// The notifications system's Message body and MessageList body ({"items": [...]}). Both throw
// MappingError naming the offending field, e.g. "items[2].sentAt".
CustomerMessage messageFromJson(const nlohmann::json &body);
std::vector<CustomerMessage> messageListFromJson(const nlohmann::json &body);

} // namespace caseline
