#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <QTimer>

namespace caseline {

// The reference back-office of `caseline --demo`: runs `caseline-backoffice --demo --port 0`
// as a child process and tells, without blocking, on which address it listens. The child's
// first stdout line ("listening on http://127.0.0.1:PORT") is read as it arrives; ready() or
// failed() is emitted exactly once per start(), always from the event loop (never inside
// start()). The child is stopped with the object.
class DemoBackoffice : public QObject
{
    Q_OBJECT

public:
    // binDirectory: where caseline-backoffice lives; empty means $CASELINE_BIN_DIR when set,
    // else the running executable's folder (where the installer puts both).
    explicit DemoBackoffice(const QString &binDirectory = QString(), QObject *parent = nullptr);
    ~DemoBackoffice() override;

    // latencyMs > 0 delays every answer (the back-office's --latency), to try the console
    // against a slow back-office. Does nothing while a back-office is starting or running.
    void start(int latencyMs = 0);
    // Terminates the child, and kills it if it does not end within stopTimeoutMs. Blocks for
    // at most that long: meant for shutdown, when the demo's state no longer matters.
    void stop(int stopTimeoutMs = 3000);

    // "http://127.0.0.1:PORT" once ready, else empty.
    QString baseUrl() const { return m_baseUrl; }
    bool isRunning() const;
    QString executablePath() const;

    // How long the child may take to announce its port before start() counts as failed.
    void setStartTimeout(int milliseconds) { m_startTimeout.setInterval(milliseconds); }

Q_SIGNALS:
    void ready(const QString &baseUrl);
    void failed(const QString &reason);
    // The child ended by itself after ready() (it crashed or was killed from outside).
    void ended(const QString &reason);

private:
    void readAnnouncement();
    void onErrorOccurred(QProcess::ProcessError error);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onStartTimeout();
    void collectStderr();
    void fail(const QString &reason);
    QString quotedStderr() const;

    QString m_binDirectory;
    QProcess m_process;
    QTimer m_startTimeout;
    QByteArray m_stdout;
    QByteArray m_stderr; // the last few kilobytes, to quote when the child fails
    QString m_baseUrl;
    bool m_announcing = false; // started, neither ready() nor failed() emitted yet
    bool m_stopping = false;   // stop() ends the child: not worth an ended() signal
};

} // namespace caseline
