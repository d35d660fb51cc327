#include "SupervisorConsole.h"

#include "CaseFieldsEditor.h"
#include "CasePane.h"
#include "ConsoleController.h"
#include "MainWindow.h"
#include "SupervisorDashboard.h"
#include "workspace/DashboardFeed.h"
#include "workspace/StoreChangeWatcher.h"
#include "workspace/SupervisorDesk.h"

#include <QAction>

namespace caseline {

SupervisorConsole::SupervisorConsole(MainWindow &window, ConsoleController &controller,
                                     CaseStoreThread &store, StoreChangeWatcher &watcher,
                                     const Clock &clock, const std::string &actor, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_controller(controller)
    , m_feed(new DashboardFeed(store, clock, actor, this))
    , m_desk(new SupervisorDesk(store, clock, actor, this))
    , m_dashboard(new SupervisorDashboard)
{
    m_dashboard->setWindowTitle(tr("Caseline — supervisor dashboard"));
    m_dashboard->resize(1400, 900);
    connect(m_window.dashboardAction(), &QAction::triggered, this,
            &SupervisorConsole::showDashboard);
    // Live: whatever any console changes, the open dashboard shows within a second.
    connect(&watcher, &StoreChangeWatcher::casesChanged, this, [this] {
        if (m_dashboard && m_dashboard->isVisible()) {
            m_feed->refresh();
        }
    });
    connect(m_feed, &DashboardFeed::snapshotReady, m_dashboard, &SupervisorDashboard::setSnapshot);
    connect(m_feed, &DashboardFeed::refused, m_dashboard, &SupervisorDashboard::showProblem);
    connect(m_feed, &DashboardFeed::problem, m_dashboard, [this](const QString &reason) {
        m_dashboard->showProblem(tr("The dashboard could not be read: %1").arg(reason));
    });
    connect(m_dashboard, &SupervisorDashboard::caseActivated, this, [this](qlonglong caseId) {
        m_controller.openCase(caseId);
        m_window.raise();
        m_window.activateWindow();
    });
    connectDesk();
}

SupervisorConsole::~SupervisorConsole()
{
    delete m_dashboard; // a window of its own: no parent deletes it
}

void SupervisorConsole::connectDesk()
{
    connect(m_dashboard, &SupervisorDashboard::reassignRequested, this,
            [this](const QList<qlonglong> &caseIds, const QString &assignee) {
                m_desk->reassign(std::vector<long long>(caseIds.begin(), caseIds.end()), assignee);
            });
    connect(m_dashboard, &SupervisorDashboard::approvalDecision, this,
            [this](qlonglong approvalId, bool approve, const QString &note) {
                if (approve) {
                    m_desk->approve(approvalId, note);
                } else {
                    m_desk->reject(approvalId, note);
                }
            });
    connect(m_desk, &SupervisorDesk::reassigned, this, [this](int count) {
        m_dashboard->showNotice(tr("%n case(s) reassigned.", nullptr, count));
        m_feed->refresh();
    });
    connect(m_desk, &SupervisorDesk::approvalDecided, this, [this](const RefundApproval &done) {
        m_dashboard->showNotice(
            done.state == RefundApproval::State::Approved
                ? tr("Refund request %1 approved: it is being sent.").arg(done.id)
                : tr("Refund request %1 rejected.").arg(done.id));
        m_feed->refresh();
    });
    connect(m_desk, &SupervisorDesk::staffLoaded, this,
            [this](const std::vector<StaffMember> &staff) {
                QStringList names;
                for (const StaffMember &member : staff) {
                    names << QString::fromStdString(member.name);
                }
                m_dashboard->setStaff(names);
                m_window.casePane()->fieldsEditor()->setStaff(names);
            });
    const auto refusal = [this](const QString &what, const QString &reason) {
        m_dashboard->showProblem(tr("Could not %1: %2").arg(what, reason));
    };
    connect(m_desk, &SupervisorDesk::refused, this, refusal);
    connect(m_desk, &SupervisorDesk::problem, this, refusal);
    m_desk->loadStaff();
}

void SupervisorConsole::showDashboard()
{
    m_dashboard->show();
    m_dashboard->raise();
    m_dashboard->activateWindow();
    m_feed->refresh();
    m_desk->loadStaff();
}

} // namespace caseline
