#pragma once

#include "backoffice/Fetched.h"
#include "domain/CustomerMessage.h"

#include <QFuture>
#include <string>
#include <vector>

namespace caseline {

// Customer messaging: every e-mail and SMS any system sent to the customer.
class NotificationsConnector
{
public:
    virtual ~NotificationsConnector() = default;
    virtual QFuture<Fetched<std::vector<CustomerMessage>>>
    messagesOfOrder(const std::string &orderId) = 0;
    virtual QFuture<Fetched<std::vector<CustomerMessage>>>
    messagesOfCustomer(const std::string &customerId) = 0;
};

} // namespace caseline
