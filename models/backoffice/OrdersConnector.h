#pragma once

#include "backoffice/Fetched.h"
#include "domain/Customer.h"
#include "domain/Order.h"

#include <QFuture>
#include <string>
#include <vector>

namespace caseline {

// Order management: customers and their orders. A retailer's own OMS gets a connector of its
// own beside the reference one.
class OrdersConnector
{
public:
    virtual ~OrdersConnector() = default;
    // Matches name, e-mail, phone, order number or tracking number.
    virtual QFuture<Fetched<std::vector<Customer>>> searchCustomers(const std::string &query) = 0;
    virtual QFuture<Fetched<Customer>> customer(const std::string &customerId) = 0;
    virtual QFuture<Fetched<std::vector<Order>>>
    ordersOfCustomer(const std::string &customerId) = 0;
    virtual QFuture<Fetched<Order>> order(const std::string &orderId) = 0;
};

} // namespace caseline
