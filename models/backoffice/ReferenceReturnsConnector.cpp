#include "backoffice/ReferenceReturnsConnector.h"

#include "backoffice/ReturnJson.h"

namespace caseline {

ReferenceReturnsConnector::ReferenceReturnsConnector(HttpClient &http, SystemEndpoint endpoint)
    : m_client(http, std::move(endpoint))
{
}

QFuture<Fetched<std::vector<ReturnAuthorization>>>
ReferenceReturnsConnector::returnsOfOrder(const std::string &orderId)
{
    return m_client.get<std::vector<ReturnAuthorization>>("/returns", {{"order", orderId}},
                                                          returnListFromJson);
}

} // namespace caseline
