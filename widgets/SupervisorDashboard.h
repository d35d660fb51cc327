#pragma once

#include "CaseListPanel.h"
#include "domain/DashboardSnapshot.h"

#include <QWidget>

class QAction;
class QLabel;
class QTabWidget;
class QTimer;

namespace caseline {

class AgingChart;
class ApprovalQueueModel;
class ApprovalsPanel;
class BacklogChart;
class DashboardTiles;
class MessageBar;
class QueueCountsModel;
class SlaCaseListModel;
class WatchdogListModel;
class WorkloadModel;

// The supervisor's view of the whole service: headline tiles, the age of open cases, the
// backlog over time, and the lists to act on (counts, SLA breached and at risk, the watchdog's
// conflicts, workload, refund approvals). setSnapshot() may come every second: everything
// updates in place, keeping selections, scroll positions and the current tab.
class SupervisorDashboard : public QWidget
{
    Q_OBJECT

public:
    enum class Tab
    {
        Counts,
        Breached,
        AtRisk,
        Watchdog,
        Workload,
        Approvals
    };

    explicit SupervisorDashboard(QWidget *parent = nullptr);

    void setSnapshot(const DashboardSnapshot &snapshot);
    // The people cases can be reassigned to.
    void setStaff(const QStringList &names);
    // A message bar above the tiles: a problem stays until closed, a notice fades after a while.
    void showProblem(const QString &message);
    void showNotice(const QString &message);
    // For tests and embedding: where exports go, instead of asking with a file dialog.
    void setPathChooser(const CaseListPanel::PathChooser &chooser);

    Tab currentTab() const;
    void setCurrentTab(Tab tab);
    // The list on `tab` (for Approvals: the list inside the approvals panel).
    CaseListPanel *panel(Tab tab) const;
    ApprovalsPanel *approvalsPanel() const { return m_approvals; }
    DashboardTiles *tiles() const { return m_tiles; }
    AgingChart *agingChart() const { return m_aging; }
    BacklogChart *backlogChart() const { return m_backlog; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *lastUpdatedLabel() const { return m_lastUpdated; }
    QString messageText() const;
    bool messageShown() const;
    MessageBar *messageBar() const { return m_messageBar; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *reassignAction() const { return m_reassignAction; }

Q_SIGNALS:
    void reassignRequested(const QList<qlonglong> &caseIds, const QString &assignee);
    void caseActivated(qlonglong caseId);
    void approvalDecision(qlonglong approvalId, bool approve, const QString &note);

private:
    void buildLists();
    void addPanel(CaseListPanel *panel, QWidget *page, const QString &title);
    void showMessage(const QString &message, bool problem);
    void updateTabTitles(const DashboardSnapshot &snapshot);

    QueueCountsModel *m_countsModel = nullptr;
    SlaCaseListModel *m_breachedModel = nullptr;
    SlaCaseListModel *m_atRiskModel = nullptr;
    WatchdogListModel *m_watchdogModel = nullptr;
    WorkloadModel *m_workloadModel = nullptr;
    ApprovalQueueModel *m_approvalModel = nullptr;

    QLabel *m_lastUpdated = nullptr;
    MessageBar *m_messageBar = nullptr;
    QTimer *m_noticeTimer = nullptr;
    DashboardTiles *m_tiles = nullptr;
    AgingChart *m_aging = nullptr;
    BacklogChart *m_backlog = nullptr;
    QTabWidget *m_tabs = nullptr;
    QList<CaseListPanel *> m_panels; // in Tab order
    ApprovalsPanel *m_approvals = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_reassignAction = nullptr;
};

} // namespace caseline
