#include "BackofficeHttpServer.h"

#include "FaultInjector.h"
#include "ReferenceBackoffice.h"

#include <QHttpServerRequest>
#include <QUrlQuery>

namespace caseline::backoffice {

namespace {

const char *reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

std::string methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    default:
        return "OTHER";
    }
}

ApiRequest toApiRequest(const QHttpServerRequest &request)
{
    ApiRequest api;
    api.method = methodName(request.method());
    api.path = request.url().path(QUrl::FullyDecoded).toStdString();
    for (const auto &[name, value] : QUrlQuery(request.url()).queryItems(QUrl::FullyDecoded)) {
        api.query.emplace(name.toStdString(), value.toStdString());
    }
    for (const auto &[name, value] : request.headers()) {
        api.headers[name.toLower().toStdString()] = value.trimmed().toStdString();
    }
    api.body = request.body().toStdString();
    api.fromLoopback = request.remoteAddress().isLoopback();
    return api;
}

} // namespace

BackofficeHttpServer::BackofficeHttpServer(ReferenceBackoffice &backoffice, int latencyMs,
                                           QObject *parent)
    : QAbstractHttpServer(parent)
    , m_backoffice(backoffice)
    , m_latencyMs(latencyMs)
{
    // Scheduled behaviours follow the simulated clock, and parked long-polls expire on time.
    m_ticker.setInterval(200);
    connect(&m_ticker, &QTimer::timeout, this, [this] {
        runBehaviours();
        releaseParkedPolls();
    });
    m_ticker.start();
}

bool BackofficeHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ApiRequest api = toApiRequest(request);
    std::optional<FaultDecision> fault;
    if (!m_backoffice.isControlRoute(api.path)) {
        fault = m_backoffice.faults().decide(api.method, api.path);
    }
    const int delay = m_latencyMs + (fault ? fault->delayMs : 0);
    QPointer<QTcpSocket> guarded(socket);
    if (delay > 0) {
        QTimer::singleShot(delay, this, [this, guarded, api = std::move(api), fault]() mutable {
            process(guarded, std::move(api), fault);
        });
    } else {
        process(guarded, std::move(api), fault);
    }
    return true;
}

void BackofficeHttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    respond(socket, ApiResponse::problem(ApiError::notFound("no resource here")));
}

void BackofficeHttpServer::process(QPointer<QTcpSocket> socket, ApiRequest request,
                                   const std::optional<FaultDecision> &fault)
{
    if (!socket) {
        return; // the client gave up while the response was delayed
    }
    const bool faultBefore = fault && !fault->after && (fault->drop || fault->status || fault->malformed);
    if (faultBefore && fault->drop) {
        socket->abort();
        return;
    }
    ApiResponse response;
    if (faultBefore && fault->status) {
        response = ApiResponse::problem(ApiError(fault->status, "injected-fault", "Injected fault",
                                                 "fault injected by /admin/faults"));
    } else if (!faultBefore) {
        response = m_backoffice.handle(request);
        if (request.method != "GET") {
            runBehaviours();
            releaseParkedPolls();
        }
    }
    if (response.longPoll) {
        ParkedPoll parked{socket, std::move(request), response.longPoll->after,
                          QDeadlineTimer(std::chrono::seconds(response.longPoll->waitSeconds))};
        m_parked.push_back(std::move(parked));
        return;
    }
    if (fault && fault->after && fault->drop) {
        socket->abort();
        return;
    }
    if (fault && fault->after && fault->status) {
        response = ApiResponse::problem(ApiError(fault->status, "injected-fault", "Injected fault",
                                                 "fault injected by /admin/faults"));
    }
    if (fault && fault->malformed) {
        // A truncated document with a JSON content type: what a crashing proxy produces.
        response.status = 200;
        response.contentType = "application/json";
        response.body = "{\"items\": [{\"id\": \"";
    }
    respond(socket, response);
}

void BackofficeHttpServer::respond(QTcpSocket *socket, const ApiResponse &response)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
        return;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                      reasonPhrase(response.status) + "\r\n";
    if (!response.contentType.empty()) {
        head += "Content-Type: " + QByteArray::fromStdString(response.contentType) + "\r\n";
    }
    for (const auto &[name, value] : response.headers) {
        head += QByteArray::fromStdString(name) + ": " + QByteArray::fromStdString(value) + "\r\n";
    }
    head += "Content-Length: " + QByteArray::number(qsizetype(response.body.size())) + "\r\n\r\n";
    socket->write(head);
    socket->write(response.body.data(), qint64(response.body.size()));
}

void BackofficeHttpServer::releaseParkedPolls()
{
    const long long last = m_backoffice.feed().lastSequence();
    for (auto it = m_parked.begin(); it != m_parked.end();) {
        if (!it->socket) {
            it = m_parked.erase(it);
        } else if (it->deadline.hasExpired() || last > it->after) {
            it->request.query["wait"] = "0";
            respond(it->socket, m_backoffice.handle(it->request));
            it = m_parked.erase(it);
        } else {
            ++it;
        }
    }
}

void BackofficeHttpServer::runBehaviours()
{
    if (m_backoffice.runBehaviours() > 0) {
        releaseParkedPolls();
    }
}

} // namespace caseline::backoffice
