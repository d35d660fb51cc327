#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"

#include <QAbstractHttpServer>
#include <QDeadlineTimer>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <list>

namespace caseline::backoffice {

class ReferenceBackoffice;
struct FaultDecision;

// HTTP transport of the reference back-office on Qt HttpServer. Writes responses itself so it
// can delay them (--latency, injected delays), drop connections, send malformed bodies and park
// long-polls of the change feed — all without blocking the event loop.
class BackofficeHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    BackofficeHttpServer(ReferenceBackoffice &backoffice, int latencyMs, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct ParkedPoll
    {
        QPointer<QTcpSocket> socket;
        ApiRequest request;
        long long after;
        QDeadlineTimer deadline;
    };

    void process(QPointer<QTcpSocket> socket, ApiRequest request,
                 const std::optional<FaultDecision> &fault);
    void respond(QTcpSocket *socket, const ApiResponse &response);
    void releaseParkedPolls();
    void runBehaviours();

    ReferenceBackoffice &m_backoffice;
    int m_latencyMs;
    std::list<ParkedPoll> m_parked;
    QTimer m_ticker;
};

} // namespace caseline::backoffice
