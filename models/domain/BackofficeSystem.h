#pragma once

#include <array>
#include <optional>
#include <string>

namespace caseline {

// The five back-office systems a timeline is assembled from.
enum class BackofficeSystem
{
    Orders,
    Delivery,
    Payments,
    Returns,
    Notifications
};

inline constexpr std::array<BackofficeSystem, 5> allBackofficeSystems{
    BackofficeSystem::Orders, BackofficeSystem::Delivery, BackofficeSystem::Payments,
    BackofficeSystem::Returns, BackofficeSystem::Notifications};

// "orders", "delivery", "payments", "returns", "notifications"
std::string toString(BackofficeSystem system);
std::optional<BackofficeSystem> backofficeSystemFromString(const std::string &text);

} // namespace caseline
