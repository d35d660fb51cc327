#pragma once

#include <optional>
#include <string>

namespace caseline {

enum class OrderStatus
{
    Placed,
    Dispatched,
    Delivered,
    Cancelled
};

std::string toString(OrderStatus status);
std::optional<OrderStatus> orderStatusFromString(const std::string &text);

} // namespace caseline
