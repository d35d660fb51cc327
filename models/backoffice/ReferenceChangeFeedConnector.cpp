#include "backoffice/ReferenceChangeFeedConnector.h"

#include "backoffice/ChangeEventJson.h"

#include <algorithm>

namespace caseline {

ReferenceChangeFeedConnector::ReferenceChangeFeedConnector(HttpClient &http,
                                                           SystemEndpoint endpoint)
    : m_client(http, std::move(endpoint))
{
}

QFuture<Fetched<ChangeEventPage>>
ReferenceChangeFeedConnector::changesAfter(const std::string &after, std::chrono::seconds wait)
{
    // The server holds a long poll for at most 60 s.
    const auto seconds = std::clamp<long long>(wait.count(), 0, 60);
    EndpointClient::Query query{{"wait", std::to_string(seconds)}};
    if (!after.empty()) {
        query.emplace_back("after", after);
    }
    // The poll may legitimately take `wait`; only time beyond it counts against the system.
    const auto timeout = m_client.endpoint().totalTimeout + std::chrono::seconds(seconds);
    return m_client.get<ChangeEventPage>("", query, changeEventPageFromJson, timeout);
}

} // namespace caseline
