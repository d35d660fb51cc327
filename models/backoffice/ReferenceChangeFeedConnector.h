#pragma once

#include "backoffice/ChangeFeedConnector.h"
#include "backoffice/EndpointClient.h"

namespace caseline {

// The change feed as the reference back-office (/events/v1) serves it.
class ReferenceChangeFeedConnector : public ChangeFeedConnector
{
public:
    ReferenceChangeFeedConnector(HttpClient &http, SystemEndpoint endpoint);

    QFuture<Fetched<ChangeEventPage>> changesAfter(const std::string &after,
                                                   std::chrono::seconds wait) override;

private:
    EndpointClient m_client;
};

} // namespace caseline
