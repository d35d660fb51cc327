#pragma once

#include "backoffice/Fetched.h"
#include "domain/Refund.h"

#include <QFuture>
#include <string>
#include <vector>

namespace caseline {

// The payments system: the money given back for an order.
class PaymentsConnector
{
public:
    virtual ~PaymentsConnector() = default;
    virtual QFuture<Fetched<std::vector<Refund>>> refundsOfOrder(const std::string &orderId) = 0;
};

} // namespace caseline
