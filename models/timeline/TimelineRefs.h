#pragma once

#include <string>

namespace caseline {

// Stable references of timeline events, shared by the timeline builder and the conflict rules
// so an alert's evidence points at the events an agent sees.
namespace TimelineRefs {

inline std::string orderHistory(const std::string &orderId, std::size_t index)
{
    return "orders:" + orderId + ":history:" + std::to_string(index);
}
inline std::string shipment(const std::string &shipmentId)
{
    return "delivery:" + shipmentId;
}
inline std::string trackingEvent(const std::string &shipmentId, std::size_t index)
{
    return "delivery:" + shipmentId + ":event:" + std::to_string(index);
}
inline std::string refund(const std::string &refundId)
{
    return "payments:" + refundId;
}
inline std::string returnAuthorization(const std::string &returnId)
{
    return "returns:" + returnId;
}
inline std::string message(const std::string &messageId)
{
    return "notifications:" + messageId;
}

} // namespace TimelineRefs
} // namespace caseline
