#pragma once

#include "backoffice/EndpointClient.h"
#include "backoffice/PaymentsConnector.h"

namespace caseline {

// The payments system as the reference back-office (/payments/v1) speaks it.
class ReferencePaymentsConnector : public PaymentsConnector
{
public:
    ReferencePaymentsConnector(HttpClient &http, SystemEndpoint endpoint);

    QFuture<Fetched<std::vector<Refund>>> refundsOfOrder(const std::string &orderId) override;

private:
    EndpointClient m_client;
};

} // namespace caseline
