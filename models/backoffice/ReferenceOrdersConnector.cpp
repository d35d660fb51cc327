#include "backoffice/ReferenceOrdersConnector.h"

#include "backoffice/CustomerJson.h"
#include "backoffice/OrderJson.h"

namespace caseline {

ReferenceOrdersConnector::ReferenceOrdersConnector(HttpClient &http, SystemEndpoint endpoint)
    : m_client(http, std::move(endpoint))
{
}

QFuture<Fetched<std::vector<Customer>>>
ReferenceOrdersConnector::searchCustomers(const std::string &query)
{
    return m_client.get<std::vector<Customer>>("/customers", {{"q", query}}, customerListFromJson);
}

QFuture<Fetched<Customer>> ReferenceOrdersConnector::customer(const std::string &customerId)
{
    return m_client.get<Customer>("/customers/" + EndpointClient::segment(customerId), {},
                                  customerFromJson);
}

QFuture<Fetched<std::vector<Order>>>
ReferenceOrdersConnector::ordersOfCustomer(const std::string &customerId)
{
    return m_client.get<std::vector<Order>>("/orders", {{"customer", customerId}},
                                            orderListFromJson);
}

QFuture<Fetched<Order>> ReferenceOrdersConnector::order(const std::string &orderId)
{
    return m_client.get<Order>("/orders/" + EndpointClient::segment(orderId), {}, orderFromJson);
}

} // namespace caseline
