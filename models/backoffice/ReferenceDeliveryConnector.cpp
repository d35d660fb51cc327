#include "backoffice/ReferenceDeliveryConnector.h"

#include "backoffice/DeliveryOptionsJson.h"
#include "backoffice/ShipmentJson.h"

namespace caseline {

ReferenceDeliveryConnector::ReferenceDeliveryConnector(HttpClient &http, SystemEndpoint endpoint)
    : m_client(http, std::move(endpoint))
{
}

QFuture<Fetched<std::vector<Shipment>>>
ReferenceDeliveryConnector::shipmentsOfOrder(const std::string &orderId)
{
    return m_client.get<std::vector<Shipment>>("/shipments", {{"order", orderId}},
                                               shipmentListFromJson);
}

QFuture<Fetched<Shipment>> ReferenceDeliveryConnector::shipment(const std::string &shipmentId)
{
    return m_client.get<Shipment>("/shipments/" + EndpointClient::segment(shipmentId), {},
                                  shipmentFromJson);
}

QFuture<Fetched<DeliveryOptions>>
ReferenceDeliveryConnector::deliveryOptions(const std::string &shipmentId)
{
    return m_client.get<DeliveryOptions>("/shipments/" + EndpointClient::segment(shipmentId) +
                                             "/options",
                                         {}, deliveryOptionsFromJson);
}

} // namespace caseline
