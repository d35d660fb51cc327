#include "backoffice/ReferencePaymentsConnector.h"

#include "backoffice/RefundJson.h"

namespace caseline {

ReferencePaymentsConnector::ReferencePaymentsConnector(HttpClient &http, SystemEndpoint endpoint)
    : m_client(http, std::move(endpoint))
{
}

QFuture<Fetched<std::vector<Refund>>>
ReferencePaymentsConnector::refundsOfOrder(const std::string &orderId)
{
    return m_client.get<std::vector<Refund>>("/refunds", {{"order", orderId}}, refundListFromJson);
}

} // namespace caseline
