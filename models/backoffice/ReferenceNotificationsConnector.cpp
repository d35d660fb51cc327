#include "backoffice/ReferenceNotificationsConnector.h"

#include "backoffice/MessageJson.h"

namespace caseline {

ReferenceNotificationsConnector::ReferenceNotificationsConnector(HttpClient &http,
                                                                 SystemEndpoint endpoint)
    : m_client(http, std::move(endpoint))
{
}

QFuture<Fetched<std::vector<CustomerMessage>>>
ReferenceNotificationsConnector::messagesOfOrder(const std::string &orderId)
{
    return m_client.get<std::vector<CustomerMessage>>("/messages", {{"order", orderId}},
                                                      messageListFromJson);
}

QFuture<Fetched<std::vector<CustomerMessage>>>
ReferenceNotificationsConnector::messagesOfCustomer(const std::string &customerId)
{
    return m_client.get<std::vector<CustomerMessage>>("/messages", {{"customer", customerId}},
                                                      messageListFromJson);
}

} // namespace caseline
