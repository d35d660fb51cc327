#pragma once

#include "domain/Customer.h"

#include <nlohmann/json.hpp>
#include <vector>

namespace caseline {

// Order management's Customer body and CustomerList body ({"items": [...]}). Both throw
// MappingError naming the offending field, e.g. "items[1].address.city".
Customer customerFromJson(const nlohmann::json &body);
std::vector<Customer> customerListFromJson(const nlohmann::json &body);

} // namespace caseline
