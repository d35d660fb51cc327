#pragma once

#include "backoffice/EndpointClient.h"
#include "backoffice/ReturnsConnector.h"

namespace caseline {

// The returns system as the reference back-office (/returns/v1) speaks it.
class ReferenceReturnsConnector : public ReturnsConnector
{
public:
    ReferenceReturnsConnector(HttpClient &http, SystemEndpoint endpoint);

    QFuture<Fetched<std::vector<ReturnAuthorization>>>
    returnsOfOrder(const std::string &orderId) override;
    // GET /returns/{id}/label.pdf
    QFuture<Fetched<QByteArray>> label(const std::string &returnId) override;

private:
    EndpointClient m_client;
};

} // namespace caseline
