#include "workspace/StoreChangeWatcher.h"

#include "domain/Clock.h"
#include "store/CaseChangeLog.h"
#include "workspace/CaseStoreThread.h"

#include <QFileInfo>
#include <QSqlDriver>

namespace caseline {

namespace {

const QString channel = QStringLiteral("caseline_changes");

struct Beginning
{
    long long seq = 0;
    QSqlDriver *driver = nullptr; // PostgreSQL: subscribed; lives in the store thread
};

} // namespace

StoreChangeWatcher::StoreChangeWatcher(CaseStoreThread &store, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(30);
    connect(&m_settle, &QTimer::timeout, this, [this] {
        if (m_mode == Mode::FileWatch) {
            readChangeLog();
        } else {
            announce();
        }
    });
    m_safety.setInterval(2000);
    connect(&m_safety, &QTimer::timeout, this, &StoreChangeWatcher::readChangeLog);
    connect(&m_files, &QFileSystemWatcher::fileChanged, this, &StoreChangeWatcher::noticeFiles);
    connect(&m_files, &QFileSystemWatcher::directoryChanged, this,
            &StoreChangeWatcher::noticeFiles);
}

void StoreChangeWatcher::start()
{
    const bool postgres = m_store.address().driver() == StoreAddress::Driver::Postgresql;
    m_store
        .run([postgres, &clock = m_clock](CaseDatabase &db) {
            Beginning beginning;
            CaseChangeLog log(db);
            log.prune(clock.now().addDays(-1));
            beginning.seq = log.latestSeq();
            if (postgres) {
                if (!db.sqlDriver()->subscribeToNotification(channel)) {
                    throw std::runtime_error("the store did not accept LISTEN " +
                                             channel.toStdString());
                }
                beginning.driver = db.sqlDriver();
            }
            return beginning;
        })
        .then(this, [this](QFuture<Beginning> done) {
            try {
                const Beginning beginning = done.result();
                m_seen = beginning.seq;
                if (beginning.driver) {
                    // Emitted in the store thread, delivered here queued.
                    connect(beginning.driver, &QSqlDriver::notification, this,
                            [this](const QString &name, QSqlDriver::NotificationSource,
                                   const QVariant &payload) {
                                if (name == channel) {
                                    noticeCase(payload.toLongLong());
                                }
                            });
                    m_mode = Mode::Notifications;
                } else {
                    m_mode = Mode::FileWatch;
                    watchFiles();
                    m_safety.start();
                }
                Q_EMIT started();
            } catch (const std::exception &error) {
                Q_EMIT problem(tr("Changes by other consoles cannot be followed: %1")
                                   .arg(QString::fromUtf8(error.what())));
            }
        });
}

void StoreChangeWatcher::noticeCase(qlonglong caseId)
{
    if (caseId > 0) {
        m_pending.insert(caseId);
        m_settle.start();
    }
}

void StoreChangeWatcher::noticeFiles()
{
    watchFiles(); // a write-ahead log that was removed and made again must be watched anew
    m_settle.start();
}

void StoreChangeWatcher::watchFiles()
{
    const QString database = m_store.address().path();
    QStringList wanted{database, database + QStringLiteral("-wal"),
                       QFileInfo(database).absolutePath()};
    QStringList missing;
    for (const QString &path : wanted) {
        if (QFileInfo::exists(path) && !m_files.files().contains(path) &&
            !m_files.directories().contains(path)) {
            missing << path;
        }
    }
    if (!missing.isEmpty()) {
        m_files.addPaths(missing);
    }
}

void StoreChangeWatcher::readChangeLog()
{
    if (m_reading) {
        m_readAgain = true;
        return;
    }
    m_reading = true;
    m_store.run([seen = m_seen](CaseDatabase &db) { return CaseChangeLog(db).since(seen); })
        .then(this, [this](QFuture<CaseChangeLog::Changes> done) {
            m_reading = false;
            try {
                const CaseChangeLog::Changes changes = done.result();
                m_seen = changes.lastSeq;
                m_pending.insert(changes.caseIds.begin(), changes.caseIds.end());
                announce();
            } catch (const std::exception &error) {
                Q_EMIT problem(tr("Changes by other consoles could not be read: %1")
                                   .arg(QString::fromUtf8(error.what())));
            }
            if (m_readAgain) {
                m_readAgain = false;
                readChangeLog();
            }
        });
}

void StoreChangeWatcher::announce()
{
    if (m_pending.empty()) {
        return;
    }
    const QList<qlonglong> ids(m_pending.begin(), m_pending.end());
    m_pending.clear();
    Q_EMIT casesChanged(ids);
}

} // namespace caseline
