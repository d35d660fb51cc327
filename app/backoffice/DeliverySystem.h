#pragma once

#include "BackofficeContext.h"

#include <nlohmann/json.hpp>
#include <string>

namespace caseline::backoffice {

class ApiRouter;

// The carrier/delivery system: shipments, tracking, delivery options and rescheduling
// (/delivery/v1). It keeps the order's status in step when parcels move, except for cancelled
// orders — a warehouse shipping a cancelled order is exactly the contradiction to surface.
class DeliverySystem
{
public:
    explicit DeliverySystem(BackofficeContext &context);

    void registerRoutes(ApiRouter &router);

    nlohmann::json shipment(const std::string &id) const;
    nlohmann::json options(const std::string &shipmentId) const;
    nlohmann::json reschedule(const std::string &shipmentId, const std::string &slotId,
                              const std::string &pickupPointId, const std::string &note,
                              const Mutation &mutation);

    nlohmann::json createShipment(const nlohmann::json &order, const Mutation &mutation);
    void cancelUndispatched(const std::string &orderId, const Mutation &mutation);
    // Moves the order's open shipment (creating one if none) to the given status.
    nlohmann::json advanceOrderShipment(const std::string &orderId, const std::string &status,
                                        const std::string &description, const Mutation &mutation);

    // The document as the API shows it (carrier offers stay internal).
    static nlohmann::json publicView(nlohmann::json shipment);

private:
    void setStatus(nlohmann::json &shipment, const std::string &status,
                   const std::string &description, const Mutation &mutation);

    BackofficeContext &m_context;
};

} // namespace caseline::backoffice
