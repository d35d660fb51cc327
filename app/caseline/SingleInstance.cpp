#include "SingleInstance.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLocalSocket>
#include <QRegularExpression>
#include <QTimer>
#include <QtDebug>
#include <optional>

namespace caseline {

namespace {

const QByteArray acknowledgement = QByteArrayLiteral("ok\n");
// A connection that sends no complete request within this time is dropped, so a stuck or
// hostile client cannot hold sockets open.
constexpr int requestTimeoutMs = 5000;
constexpr int probeTimeoutMs = 300;

QByteArray frame(const QStringList &request)
{
    return QJsonDocument(QJsonArray::fromStringList(request)).toJson(QJsonDocument::Compact) + '\n';
}

// The request in a frame, or nothing when the frame is not an array of strings.
std::optional<QStringList> requestOf(const QByteArray &line)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray()) {
        return std::nullopt;
    }
    QStringList request;
    for (const QJsonValue &value : document.array()) {
        if (!value.isString()) {
            return std::nullopt;
        }
        request << value.toString();
    }
    return request;
}

} // namespace

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent)
    , m_key(key)
{
    // Only the user who started the console may talk to it.
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnections);
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultKey()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty()) {
        user = qEnvironmentVariable("USERNAME");
    }
    // The key becomes a file or pipe name: keep it to characters that are safe everywhere.
    user.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    return QStringLiteral("caseline-console-") + (user.isEmpty() ? QStringLiteral("user") : user);
}

bool SingleInstance::handOff(const QStringList &request, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    socket.connectToServer(m_key);
    if (!socket.waitForConnected(static_cast<int>(deadline.remainingTime()))) {
        return false;
    }
    socket.write(frame(request));
    QByteArray answer;
    while (!answer.endsWith('\n') && answer.size() <= acknowledgement.size()) {
        if (socket.bytesAvailable() == 0 &&
            !socket.waitForReadyRead(static_cast<int>(deadline.remainingTime()))) {
            break;
        }
        answer += socket.read(acknowledgement.size());
    }
    socket.abort();
    return answer == acknowledgement;
}

bool SingleInstance::listen()
{
    if (m_server.isListening()) {
        return true;
    }
    // Asked first, because listen() does not always refuse a taken name: with access options
    // Qt creates the socket aside and renames it over an existing one.
    if (anotherInstanceAnswers()) {
        return false;
    }
    if (m_server.listen(m_key)) {
        return true;
    }
    if (m_server.serverError() != QAbstractSocket::AddressInUseError) {
        return false;
    }
    // Nobody answers on the name: a crashed console left its socket behind.
    QLocalServer::removeServer(m_key);
    return m_server.listen(m_key);
}

bool SingleInstance::anotherInstanceAnswers() const
{
    QLocalSocket probe;
    probe.connectToServer(m_key);
    const bool answers = probe.waitForConnected(probeTimeoutMs);
    probe.abort();
    return answers;
}

void SingleInstance::acceptConnections()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequest(socket); });
        QTimer::singleShot(requestTimeoutMs, socket, [socket] {
            if (socket->property("answered").toBool()) {
                return;
            }
            qWarning("caseline: a second instance sent no complete request; dropping it");
            socket->abort();
        });
        // Bytes may have arrived before the connection was taken.
        if (socket->bytesAvailable() > 0) {
            readRequest(socket);
        }
    }
}

void SingleInstance::readRequest(QLocalSocket *socket)
{
    if (socket->property("answered").toBool()) {
        socket->readAll(); // one request per connection; the rest is ignored
        return;
    }
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > maxFrameBytes) {
            qWarning("caseline: ignoring a request of more than %lld bytes from another instance",
                     static_cast<long long>(maxFrameBytes));
            socket->abort();
        }
        return;
    }
    const QByteArray line = socket->readLine(maxFrameBytes + 1);
    const std::optional<QStringList> request =
        line.size() > maxFrameBytes ? std::nullopt : requestOf(line);
    if (!request) {
        qWarning("caseline: ignoring a malformed request from another instance");
        socket->abort();
        return;
    }
    socket->setProperty("answered", true);
    // The acknowledgement goes first: the later instance is waiting to exit, while handling the
    // request may take the console a moment.
    socket->write(acknowledgement);
    socket->flush();
    socket->disconnectFromServer();
    Q_EMIT requestReceived(*request);
}

} // namespace caseline
