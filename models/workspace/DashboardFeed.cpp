#include "workspace/DashboardFeed.h"

#include "domain/Clock.h"
#include "domain/Permission.h"
#include "store/AccessPolicy.h"
#include "store/CaseStatistics.h"
#include "store/RefundApprovalDesk.h"
#include "store/StoreError.h"
#include "workspace/CaseStoreThread.h"

namespace caseline {

DashboardFeed::DashboardFeed(CaseStoreThread &store, const Clock &clock, std::string actor,
                             QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_actor(std::move(actor))
{
    qRegisterMetaType<DashboardSnapshot>("caseline::DashboardSnapshot");
    m_tick.setInterval(60 * 1000);
    connect(&m_tick, &QTimer::timeout, this, &DashboardFeed::refresh);
}

void DashboardFeed::refresh()
{
    if (m_reading) {
        m_again = true;
        return;
    }
    m_reading = true;
    m_tick.start();
    m_store
        .run([actor = m_actor, &clock = m_clock](CaseDatabase &db) {
            AccessPolicy(db, clock).require(actor, Permission::ViewDashboard);
            const QDateTime now = clock.now();
            DashboardSnapshot snapshot = CaseStatistics(db).snapshot(now);
            snapshot.takenAt = now;
            snapshot.approvals = RefundApprovalDesk(db, clock).pending();
            return snapshot;
        })
        .then(this, [this](QFuture<DashboardSnapshot> done) {
            m_reading = false;
            try {
                Q_EMIT snapshotReady(done.result());
            } catch (const StoreError &error) {
                if (error.kind() == StoreError::Kind::Forbidden) {
                    m_tick.stop();
                    m_again = false;
                    Q_EMIT refused(QString::fromUtf8(error.what()));
                    return;
                }
                Q_EMIT problem(QString::fromUtf8(error.what()));
            } catch (const std::exception &error) {
                Q_EMIT problem(QString::fromUtf8(error.what()));
            }
            if (m_again) {
                m_again = false;
                refresh();
            }
        });
}

void DashboardFeed::stop()
{
    m_tick.stop();
    m_again = false;
}

} // namespace caseline
