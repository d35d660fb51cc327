#include "domain/ShipmentStatus.h"

#include <array>
#include <utility>

namespace caseline {

namespace {
constexpr std::array<std::pair<ShipmentStatus, const char *>, 7> names{{
    {ShipmentStatus::Created, "created"},
    {ShipmentStatus::Dispatched, "dispatched"},
    {ShipmentStatus::InTransit, "in_transit"},
    {ShipmentStatus::OutForDelivery, "out_for_delivery"},
    {ShipmentStatus::Delivered, "delivered"},
    {ShipmentStatus::Failed, "failed"},
    {ShipmentStatus::Cancelled, "cancelled"},
}};
} // namespace

std::string toString(ShipmentStatus status)
{
    for (const auto &[value, name] : names) {
        if (value == status) {
            return name;
        }
    }
    return "unknown";
}

std::optional<ShipmentStatus> shipmentStatusFromString(const std::string &text)
{
    for (const auto &[value, name] : names) {
        if (text == name) {
            return value;
        }
    }
    return std::nullopt;
}

bool isUnderway(ShipmentStatus status)
{
    return status == ShipmentStatus::Dispatched || status == ShipmentStatus::InTransit ||
           status == ShipmentStatus::OutForDelivery;
}

} // namespace caseline
