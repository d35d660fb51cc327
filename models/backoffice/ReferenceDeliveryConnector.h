#pragma once

#include "backoffice/DeliveryConnector.h"
#include "backoffice/EndpointClient.h"

namespace caseline {

// The delivery system as the reference back-office (/delivery/v1) speaks it.
class ReferenceDeliveryConnector : public DeliveryConnector
{
public:
    ReferenceDeliveryConnector(HttpClient &http, SystemEndpoint endpoint);

    QFuture<Fetched<std::vector<Shipment>>> shipmentsOfOrder(const std::string &orderId) override;
    QFuture<Fetched<Shipment>> shipment(const std::string &shipmentId) override;
    QFuture<Fetched<DeliveryOptions>> deliveryOptions(const std::string &shipmentId) override;

private:
    EndpointClient m_client;
};

} // namespace caseline
