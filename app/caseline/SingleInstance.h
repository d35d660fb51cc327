#pragma once

#include <QLocalServer>
#include <QObject>
#include <QString>
#include <QStringList>

class QLocalSocket;

namespace caseline {

// One console per user session. The first `caseline` listens on a local socket; a later one
// hands its request (e.g. {"lookup", "+39..."} from its command line) to the first and exits,
// so a phone system or a script can start `caseline --lookup NUMBER` for every call.
//
// Wire format, one exchange per connection: the request as one line of compact JSON, an array
// of strings ("[\"lookup\",\"+39 333\"]\n"), at most maxFrameBytes; the running instance
// answers "ok\n". Anything else is ignored with a warning and the connection is dropped.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype maxFrameBytes = 64 * 1024;

    explicit SingleInstance(const QString &key = defaultKey(), QObject *parent = nullptr);
    ~SingleInstance() override;

    // "caseline-console-<user>": one name per OS user, so two users on one machine each get
    // their own console.
    static QString defaultKey();

    // Gives `request` to the running instance; true once it acknowledged it. An empty request
    // is valid: it asks the running console to come to the front. Blocks for at most about
    // timeoutMs (waitForConnected/waitForReadyRead): this runs at process start, before any
    // window or event loop exists, and the answer decides whether this process goes on at all.
    // listen() probes the same way, for the same reason.
    bool handOff(const QStringList &request, int timeoutMs = 1000);

    // Becomes the running instance. False when another live instance holds the key (hand off
    // to it instead) or the socket cannot be created. A socket left behind by a crashed
    // instance is removed first. Requests arrive through the event loop as requestReceived().
    bool listen();
    bool isListening() const { return m_server.isListening(); }
    QString key() const { return m_key; }
    QString errorString() const { return m_server.errorString(); }

Q_SIGNALS:
    void requestReceived(const QStringList &request);

private:
    void acceptConnections();
    void readRequest(QLocalSocket *socket);
    bool anotherInstanceAnswers() const;

    QString m_key;
    QLocalServer m_server;
};

} // namespace caseline
