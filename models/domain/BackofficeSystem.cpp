#include "domain/BackofficeSystem.h"

namespace caseline {

std::string toString(BackofficeSystem system)
{
    switch (system) {
    case BackofficeSystem::Orders:
        return "orders";
    case BackofficeSystem::Delivery:
        return "delivery";
    case BackofficeSystem::Payments:
        return "payments";
    case BackofficeSystem::Returns:
        return "returns";
    case BackofficeSystem::Notifications:
        return "notifications";
    }
    return "unknown";
}

std::optional<BackofficeSystem> backofficeSystemFromString(const std::string &text)
{
    for (BackofficeSystem system : allBackofficeSystems) {
        if (toString(system) == text) {
            return system;
        }
    }
    return std::nullopt;
}

} // namespace caseline
