#pragma once

#include "ConsoleOptions.h"
#include "backoffice/BackofficeConfig.h"
#include "store/StoreAddress.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>
#include <optional>

namespace caseline {

class CaseStoreThread;
class ConsoleSession;
class DemoBackoffice;
class MainWindow;

// Brings the console up without ever blocking the window: with --demo it starts the reference
// back-office on a free port and a fresh SQLite store first; otherwise it takes the
// back-office and store from the command line, the saved settings, or asks once (first-run
// dialog). Screen-pop requests that arrive before the session is up wait for it.
class ConsoleLauncher : public QObject
{
    Q_OBJECT

public:
    ConsoleLauncher(MainWindow &window, ConsoleOptions options, QObject *parent = nullptr);
    ~ConsoleLauncher() override;

    void start();
    // A request from a second `caseline` (--lookup, --open) or this one's own command line.
    void handle(const QStringList &request);
    ConsoleSession *session() const { return m_session.get(); }

Q_SIGNALS:
    void sessionStarted();
    // The first queue is on screen: the console is ready for the agent.
    void interactive(qint64 msSinceStart);
    void failed(const QString &reason);

private:
    void askFirstRun();
    void begin(const QString &backofficeUrl, const QString &configFile, const QString &store);
    // Who is working: the operating-system user (SQLite) or the database login (PostgreSQL),
    // mapped to a staff member through the store's staff logins; then the session starts.
    void identify(BackofficeConfig config, StoreAddress address, const QString &where);
    void startSession(BackofficeConfig config, StoreAddress address, const QString &where);
    void run(const QStringList &request);
    void seedDemo();

    MainWindow &m_window;
    ConsoleOptions m_options;
    std::unique_ptr<DemoBackoffice> m_demo;
    std::optional<QTemporaryDir> m_demoStore;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<CaseStoreThread> m_identityStore; // only while finding out who works
    QList<QStringList> m_waiting;
    QElapsedTimer m_sinceStart;
    bool m_interactive = false;
};

} // namespace caseline
