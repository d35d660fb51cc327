#pragma once

#include "backoffice/Fetched.h"
#include "domain/DeliveryOptions.h"
#include "domain/Shipment.h"

#include <QFuture>
#include <string>
#include <vector>

namespace caseline {

// The carrier/delivery system: shipments, their tracking and what a delivery can be moved to.
class DeliveryConnector
{
public:
    virtual ~DeliveryConnector() = default;
    virtual QFuture<Fetched<std::vector<Shipment>>>
    shipmentsOfOrder(const std::string &orderId) = 0;
    virtual QFuture<Fetched<Shipment>> shipment(const std::string &shipmentId) = 0;
    virtual QFuture<Fetched<DeliveryOptions>> deliveryOptions(const std::string &shipmentId) = 0;
};

} // namespace caseline
