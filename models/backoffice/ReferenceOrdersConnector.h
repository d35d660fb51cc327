#pragma once

#include "backoffice/EndpointClient.h"
#include "backoffice/OrdersConnector.h"

namespace caseline {

// Order management as the reference back-office (/orders/v1) speaks it.
class ReferenceOrdersConnector : public OrdersConnector
{
public:
    ReferenceOrdersConnector(HttpClient &http, SystemEndpoint endpoint);

    QFuture<Fetched<std::vector<Customer>>> searchCustomers(const std::string &query) override;
    QFuture<Fetched<Customer>> customer(const std::string &customerId) override;
    QFuture<Fetched<std::vector<Order>>> ordersOfCustomer(const std::string &customerId) override;
    QFuture<Fetched<Order>> order(const std::string &orderId) override;

private:
    EndpointClient m_client;
};

} // namespace caseline
