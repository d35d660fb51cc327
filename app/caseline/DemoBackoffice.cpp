#include "DemoBackoffice.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QUrl>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace caseline {

namespace {

const QString executableName = QStringLiteral("caseline-backoffice");
constexpr int defaultStartTimeoutMs = 15000;
constexpr qsizetype stderrLimit = 4096;
constexpr qsizetype announcementLimit = 1024;

} // namespace

DemoBackoffice::DemoBackoffice(const QString &binDirectory, QObject *parent)
    : QObject(parent)
    , m_binDirectory(binDirectory)
{
    if (m_binDirectory.isEmpty()) {
        m_binDirectory = qEnvironmentVariable("CASELINE_BIN_DIR");
    }
    if (m_binDirectory.isEmpty()) {
        m_binDirectory = QCoreApplication::applicationDirPath();
    }
    m_startTimeout.setSingleShot(true);
    m_startTimeout.setInterval(defaultStartTimeoutMs);
    connect(&m_startTimeout, &QTimer::timeout, this, &DemoBackoffice::onStartTimeout);
    connect(&m_process, &QProcess::readyReadStandardOutput, this,
            &DemoBackoffice::readAnnouncement);
    connect(&m_process, &QProcess::readyReadStandardError, this, &DemoBackoffice::collectStderr);
    connect(&m_process, &QProcess::errorOccurred, this, &DemoBackoffice::onErrorOccurred);
    connect(&m_process, &QProcess::finished, this, &DemoBackoffice::onFinished);
#ifdef Q_OS_LINUX
    // The demo back-office must not outlive a console that crashed.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
}

DemoBackoffice::~DemoBackoffice()
{
    stop();
}

QString DemoBackoffice::executablePath() const
{
    const QString found = QStandardPaths::findExecutable(executableName, {m_binDirectory});
    return found.isEmpty() ? QDir(m_binDirectory).filePath(executableName) : found;
}

bool DemoBackoffice::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

void DemoBackoffice::start(int latencyMs)
{
    if (isRunning() || m_announcing) {
        return;
    }
    m_stdout.clear();
    m_stderr.clear();
    m_baseUrl.clear();
    m_stopping = false;
    m_announcing = true;

    if (QStandardPaths::findExecutable(executableName, {m_binDirectory}).isEmpty()) {
        // Reported from the event loop, like every other outcome, so that a caller connecting
        // after start() still hears it.
        const QString reason = tr("The demo back-office (%1) was not found in %2.")
                                   .arg(executableName, QDir::toNativeSeparators(m_binDirectory));
        QMetaObject::invokeMethod(
            this, [this, reason] { fail(reason); }, Qt::QueuedConnection);
        return;
    }
    QStringList arguments{QStringLiteral("--demo"), QStringLiteral("--listen"),
                          QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                          QStringLiteral("0")};
    if (latencyMs > 0) {
        arguments << QStringLiteral("--latency") << QString::number(latencyMs);
    }
    m_startTimeout.start();
    m_process.start(executablePath(), arguments, QIODevice::ReadOnly);
}

void DemoBackoffice::stop(int stopTimeoutMs)
{
    m_startTimeout.stop();
    m_announcing = false;
    m_baseUrl.clear();
    if (m_process.state() == QProcess::NotRunning) {
        return;
    }
    m_stopping = true;
    m_process.terminate();
    if (!m_process.waitForFinished(stopTimeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(stopTimeoutMs);
    }
}

void DemoBackoffice::readAnnouncement()
{
    const QByteArray output = m_process.readAllStandardOutput();
    if (!m_announcing) {
        return; // later output is of no interest; reading it keeps the pipe flowing
    }
    m_stdout += output;
    const qsizetype newline = m_stdout.indexOf('\n');
    if (newline < 0) {
        if (m_stdout.size() > announcementLimit) {
            fail(tr("The demo back-office printed something unexpected instead of its address."));
        }
        return;
    }
    const QString line = QString::fromUtf8(m_stdout.left(newline)).trimmed();
    const QString prefix = QStringLiteral("listening on ");
    const QUrl url(line.mid(prefix.size()));
    if (!line.startsWith(prefix) || url.scheme() != QStringLiteral("http") ||
        url.host().isEmpty() || url.port() <= 0) {
        fail(tr("The demo back-office announced \"%1\" instead of its address.").arg(line));
        return;
    }
    m_startTimeout.stop();
    m_announcing = false;
    m_stdout.clear();
    m_baseUrl = url.toString(QUrl::StripTrailingSlash);
    Q_EMIT ready(m_baseUrl);
}

void DemoBackoffice::collectStderr()
{
    m_stderr += m_process.readAllStandardError();
    if (m_stderr.size() > stderrLimit) {
        m_stderr = m_stderr.right(stderrLimit);
    }
}

void DemoBackoffice::onErrorOccurred(QProcess::ProcessError error)
{
    if (error == QProcess::FailedToStart && m_announcing) {
        fail(tr("The demo back-office could not be started: %1").arg(m_process.errorString()));
    }
    // Crashes are reported by onFinished(); read and write errors do not end the child.
}

void DemoBackoffice::onFinished(int exitCode, QProcess::ExitStatus status)
{
    collectStderr();
    const QString how = status == QProcess::CrashExit
                            ? tr("it crashed")
                            : tr("it ended with exit code %1").arg(exitCode);
    if (m_announcing) {
        fail(tr("The demo back-office stopped before announcing its address (%1).%2")
                 .arg(how, quotedStderr()));
        return;
    }
    if (!m_stopping && !m_baseUrl.isEmpty()) {
        m_baseUrl.clear();
        Q_EMIT ended(tr("The demo back-office stopped (%1).%2").arg(how, quotedStderr()));
    }
}

void DemoBackoffice::onStartTimeout()
{
    if (m_announcing) {
        fail(tr("The demo back-office did not announce its address within %1 s.%2")
                 .arg(m_startTimeout.interval() / 1000.0)
                 .arg(quotedStderr()));
    }
}

void DemoBackoffice::fail(const QString &reason)
{
    if (!m_announcing) {
        return;
    }
    // Stopping first: the child that failed to come up must not linger.
    stop();
    Q_EMIT failed(reason);
}

QString DemoBackoffice::quotedStderr() const
{
    const QString text = QString::fromUtf8(m_stderr).trimmed();
    return text.isEmpty() ? QString() : QLatin1Char(' ') + tr("It said: %1").arg(text);
}

} // namespace caseline
