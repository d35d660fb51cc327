#include "OrderLines.h"

#include "ApiError.h"
#include "JsonFields.h"

#include <set>

namespace caseline::backoffice::OrderLines {

const nlohmann::json *find(const nlohmann::json &order, const std::string &lineId)
{
    for (const nlohmann::json &line : order.at("lines")) {
        if (line.value("lineId", std::string()) == lineId) {
            return &line;
        }
    }
    return nullptr;
}

long long orderedQuantity(const nlohmann::json &order, const std::string &lineId)
{
    const nlohmann::json *line = find(order, lineId);
    return line ? line->value("quantity", 0LL) : 0;
}

std::vector<LineQuantity> parseSelection(const nlohmann::json &lines, const nlohmann::json &order,
                                         const std::string &field)
{
    std::vector<LineQuantity> selection;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string prefix = field + "[" + std::to_string(i) + "]";
        if (!lines[i].is_object()) {
            throw ApiError::validation(prefix, prefix + " must be an object");
        }
        const JsonFields fields(lines[i], prefix);
        LineQuantity line;
        line.lineId = fields.requiredString("lineId", 64);
        const long long ordered = orderedQuantity(order, line.lineId);
        if (ordered == 0) {
            throw ApiError::validation(fields.path("lineId"),
                                       "order " + order.value("id", std::string()) +
                                           " has no line " + line.lineId);
        }
        if (!seen.insert(line.lineId).second) {
            throw ApiError::validation(fields.path("lineId"), "line " + line.lineId + " is named twice");
        }
        line.quantity = fields.requiredInteger("quantity", 1, ordered);
        selection.push_back(line);
    }
    return selection;
}

nlohmann::json toJson(const std::vector<LineQuantity> &lines)
{
    nlohmann::json array = nlohmann::json::array();
    for (const LineQuantity &line : lines) {
        array.push_back({{"lineId", line.lineId}, {"quantity", line.quantity}});
    }
    return array;
}

} // namespace caseline::backoffice::OrderLines
