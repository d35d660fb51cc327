#include "backoffice/EndpointClient.h"

#include "backoffice/JsonBody.h"
#include "backoffice/MappingError.h"

#include <QUrl>
#include <QUrlQuery>

namespace caseline {

EndpointClient::EndpointClient(HttpClient &http, SystemEndpoint endpoint)
    : m_http(http)
    , m_endpoint(std::move(endpoint))
{
    while (!m_endpoint.baseUrl.empty() && m_endpoint.baseUrl.back() == '/') {
        m_endpoint.baseUrl.pop_back();
    }
}

std::string EndpointClient::segment(const std::string &id)
{
    return QUrl::toPercentEncoding(QString::fromStdString(id)).toStdString();
}

std::string EndpointClient::url(const std::string &path, const Query &query) const
{
    std::string url = m_endpoint.baseUrl + path;
    if (!query.empty()) {
        QUrlQuery encoded;
        for (const auto &[name, value] : query) {
            // Encode '+' and '&' too: a phone number "+39..." must arrive as typed.
            encoded.addQueryItem(
                QString::fromStdString(name),
                QString::fromUtf8(QUrl::toPercentEncoding(QString::fromStdString(value))));
        }
        url += '?' + encoded.toString(QUrl::FullyEncoded).toStdString();
    }
    return url;
}

HttpRequest EndpointClient::getRequest(const std::string &path, const Query &query,
                                       const std::string &accept,
                                       std::chrono::milliseconds totalTimeout) const
{
    HttpRequest request;
    request.method = "GET";
    request.url = url(path, query);
    request.headers.emplace_back("Accept", accept);
    request.bearerToken = m_endpoint.token;
    request.connectTimeout = m_endpoint.connectTimeout;
    request.totalTimeout = totalTimeout.count() > 0 ? totalTimeout : m_endpoint.totalTimeout;
    request.maxAttempts = m_endpoint.maxAttempts;
    return request;
}

QFuture<Fetched<QByteArray>> EndpointClient::getBytes(const std::string &path,
                                                      const std::string &accept,
                                                      std::chrono::milliseconds totalTimeout) const
{
    return m_http.send(getRequest(path, {}, accept, totalTimeout))
        .then(QtFuture::Launch::Sync, [](const HttpResult &result) {
            if (!result.ok()) {
                return Fetched<QByteArray>(result.error());
            }
            const std::string &body = result.response().body;
            return Fetched<QByteArray>(
                QByteArray(body.data(), static_cast<qsizetype>(body.size())));
        });
}

QFuture<Fetched<nlohmann::json>>
EndpointClient::getJson(const std::string &path, const Query &query,
                        std::chrono::milliseconds totalTimeout) const
{
    HttpRequest request = getRequest(path, query, "application/json", totalTimeout);
    const std::string sentTo = request.url;
    return m_http.send(std::move(request))
        .then(QtFuture::Launch::Sync, [sentTo](const HttpResult &result) {
            if (!result.ok()) {
                return Fetched<nlohmann::json>(result.error());
            }
            try {
                return Fetched<nlohmann::json>(parseJsonBody(result.response().body));
            } catch (const MappingError &failure) {
                HttpError error = payloadError(failure, sentTo);
                error.attempts = result.response().attempts;
                return Fetched<nlohmann::json>(error);
            }
        });
}

HttpError EndpointClient::payloadError(const std::exception &failure, const std::string &sentTo)
{
    HttpError error;
    error.url = sentTo;
    error.kind = HttpError::Kind::MalformedPayload;
    error.technical = failure.what();
    if (const auto *mapping = dynamic_cast<const MappingError *>(&failure)) {
        error.field = mapping->field();
    }
    return error;
}

} // namespace caseline
