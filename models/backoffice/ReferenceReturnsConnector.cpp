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

QFuture<Fetched<QByteArray>> ReferenceReturnsConnector::label(const std::string &returnId)
{
    const std::string path = "/returns/" + EndpointClient::segment(returnId) + "/label.pdf";
    const std::string sentTo = m_client.url(path, {});
    return m_client.getBytes(path, "application/pdf")
        .then(QtFuture::Launch::Sync, [sentTo](const Fetched<QByteArray> &body) {
            // A proxy's HTML error page or a JSON problem with status 200 must not reach the
            // printer as if it were the label.
            if (body.ok() && !body.value().startsWith("%PDF-")) {
                HttpError error;
                error.kind = HttpError::Kind::MalformedPayload;
                error.url = sentTo;
                error.technical = "the return label is not a PDF document (it starts with \"" +
                                  body.value().left(16).toStdString() + "\")";
                return Fetched<QByteArray>(error);
            }
            return body;
        });
}

} // namespace caseline
