#pragma once

#include "domain/DashboardSnapshot.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <string>

namespace caseline {

class CaseStoreThread;
class Clock;

// The supervisor dashboard's numbers, read in the store thread: counts, SLA lists, the
// watchdog's findings, aging, backlog, workload and the refunds awaiting approval. Only for
// those allowed to see the dashboard (refused otherwise, and audited). refresh() may be called
// as often as changes arrive: one read runs at a time, and calls during it make one more.
// Time passing moves SLA states too, so it also refreshes every minute once started.
class DashboardFeed : public QObject
{
    Q_OBJECT

public:
    DashboardFeed(CaseStoreThread &store, const Clock &clock, std::string actor,
                  QObject *parent = nullptr);

    void refresh();
    void stop();

Q_SIGNALS:
    void snapshotReady(const caseline::DashboardSnapshot &snapshot);
    void refused(const QString &reason);
    void problem(const QString &reason);

private:
    CaseStoreThread &m_store;
    const Clock &m_clock;
    std::string m_actor;
    bool m_reading = false;
    bool m_again = false;
    QTimer m_tick;
};

} // namespace caseline
