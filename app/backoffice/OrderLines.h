#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace caseline::backoffice {

struct LineQuantity
{
    std::string lineId;
    long long quantity = 0;
};

// Lines of an order as requests name them: {"lineId": "L1", "quantity": 1}.
namespace OrderLines {

// Validates a request's line selection against the order (known lineId, 1..ordered quantity,
// no line twice). Errors name the field, e.g. "lines[1].quantity".
std::vector<LineQuantity> parseSelection(const nlohmann::json &lines, const nlohmann::json &order,
                                         const std::string &field);
nlohmann::json toJson(const std::vector<LineQuantity> &lines);
const nlohmann::json *find(const nlohmann::json &order, const std::string &lineId);
long long orderedQuantity(const nlohmann::json &order, const std::string &lineId);

} // namespace OrderLines
} // namespace caseline::backoffice
