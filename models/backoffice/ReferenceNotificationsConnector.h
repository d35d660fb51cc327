#pragma once

#include "backoffice/EndpointClient.h"
#include "backoffice/NotificationsConnector.h"

namespace caseline {

// Customer messaging as the reference back-office (/notifications/v1) speaks it.
class ReferenceNotificationsConnector : public NotificationsConnector
{
public:
    ReferenceNotificationsConnector(HttpClient &http, SystemEndpoint endpoint);

    QFuture<Fetched<std::vector<CustomerMessage>>>
    messagesOfOrder(const std::string &orderId) override;
    QFuture<Fetched<std::vector<CustomerMessage>>>
    messagesOfCustomer(const std::string &customerId) override;

private:
    EndpointClient m_client;
};

} // namespace caseline
