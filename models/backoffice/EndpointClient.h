#pragma once

#include "backoffice/Fetched.h"
#include "backoffice/HttpClient.h"
#include "backoffice/SystemEndpoint.h"

#include <QByteArray>
#include <QFuture>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

namespace caseline {

// Reads JSON resources from one system's endpoint and maps them into domain types. The mapping
// runs where the transport completes the request (its worker thread), never on the caller's.
class EndpointClient
{
public:
    using Query = std::vector<std::pair<std::string, std::string>>;

    EndpointClient(HttpClient &http, SystemEndpoint endpoint);

    const SystemEndpoint &endpoint() const { return m_endpoint; }

    // GET baseUrl + path (+ the query, percent-encoded); the body must be JSON. A zero
    // totalTimeout means the endpoint's own.
    QFuture<Fetched<nlohmann::json>> getJson(const std::string &path, const Query &query = {},
                                             std::chrono::milliseconds totalTimeout = {}) const;

    // GET baseUrl + path for a document that is not JSON (a label PDF): the body as it came,
    // asking for `accept`. Only 2xx answers are values; the body is not checked here.
    QFuture<Fetched<QByteArray>> getBytes(const std::string &path, const std::string &accept,
                                          std::chrono::milliseconds totalTimeout = {}) const;

    template<typename T>
    QFuture<Fetched<T>> get(const std::string &path, const Query &query,
                            std::function<T(const nlohmann::json &)> map,
                            std::chrono::milliseconds totalTimeout = {}) const
    {
        return getJson(path, query, totalTimeout)
            .then(QtFuture::Launch::Sync,
                  [map = std::move(map),
                   sentTo = url(path, query)](const Fetched<nlohmann::json> &body) -> Fetched<T> {
                      if (!body.ok()) {
                          return body.error();
                      }
                      return mapBody<T>(body.value(), map, sentTo);
                  });
    }

    // Builds the URL the way getJson() sends it (for messages and tests).
    std::string url(const std::string &path, const Query &query) const;

    // Encodes one path segment (ids may hold characters that are not URL-safe).
    static std::string segment(const std::string &id);

private:
    HttpRequest getRequest(const std::string &path, const Query &query, const std::string &accept,
                           std::chrono::milliseconds totalTimeout) const;

    template<typename T>
    static Fetched<T> mapBody(const nlohmann::json &body,
                              const std::function<T(const nlohmann::json &)> &map,
                              const std::string &sentTo)
    {
        HttpError error;
        try {
            return map(body);
        } catch (const std::exception &failure) {
            error = payloadError(failure, sentTo);
        }
        return error;
    }
    static HttpError payloadError(const std::exception &failure, const std::string &sentTo);

    HttpClient &m_http;
    SystemEndpoint m_endpoint;
};

} // namespace caseline
