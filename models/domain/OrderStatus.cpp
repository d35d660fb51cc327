#include "domain/OrderStatus.h"

#include <array>
#include <utility>

namespace caseline {

namespace {
constexpr std::array<std::pair<OrderStatus, const char *>, 4> names{{
    {OrderStatus::Placed, "placed"},
    {OrderStatus::Dispatched, "dispatched"},
    {OrderStatus::Delivered, "delivered"},
    {OrderStatus::Cancelled, "cancelled"},
}};
} // namespace

std::string toString(OrderStatus status)
{
    for (const auto &[value, name] : names) {
        if (value == status) {
            return name;
        }
    }
    return "unknown";
}

std::optional<OrderStatus> orderStatusFromString(const std::string &text)
{
    for (const auto &[value, name] : names) {
        if (text == name) {
            return value;
        }
    }
    return std::nullopt;
}

} // namespace caseline
