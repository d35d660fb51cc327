#pragma once

#include <QFileSystemWatcher>
#include <QList>
#include <QObject>
#include <QTimer>
#include <set>

namespace caseline {

class CaseStoreThread;
class Clock;

// Tells the console which cases changed in the case store, whoever changed them: another
// console, the CLI, the outbox sender, this console itself. On PostgreSQL it listens to the
// caseline_changes channel the store's triggers notify at commit (no polling); on SQLite it
// watches the database files and reads the store's change log when they change, so another
// program on the same PC is seen too.
//
// Lives in the GUI thread; its store work runs in the CaseStoreThread, which must be shut down
// before this object is destroyed (Qt 6.4's QFuture::then(context) needs a live context).
class StoreChangeWatcher : public QObject
{
    Q_OBJECT

public:
    enum class Mode
    {
        Stopped,
        Notifications, // PostgreSQL LISTEN/NOTIFY
        FileWatch      // SQLite: file changes, then the change log
    };

    StoreChangeWatcher(CaseStoreThread &store, const Clock &clock, QObject *parent = nullptr);

    // Starts following changes from now on; started() once it does, problem() if it cannot.
    // Forgets the store's record of changes older than a day (no console needs them).
    void start();
    Mode mode() const { return m_mode; }

Q_SIGNALS:
    void started();
    // Changes close together arrive as one signal.
    void casesChanged(const QList<qlonglong> &caseIds);
    void problem(const QString &reason);

private:
    void noticeCase(qlonglong caseId);
    void noticeFiles();
    void readChangeLog();
    void watchFiles();
    void announce();

    CaseStoreThread &m_store;
    const Clock &m_clock;
    Mode m_mode = Mode::Stopped;
    long long m_seen = 0;
    bool m_reading = false;
    bool m_readAgain = false;
    std::set<qlonglong> m_pending;
    QTimer m_settle; // gathers a burst of changes into one signal
    QTimer m_safety; // SQLite only: file events can be missed (network folders)
    QFileSystemWatcher m_files;
};

} // namespace caseline
