#include "SupervisorDashboard.h"

#include "AgingChart.h"
#include "ApprovalsPanel.h"
#include "BacklogChart.h"
#include "DashboardPresentation.h"
#include "DashboardTiles.h"
#include "MessageBar.h"
#include "StatePalette.h"
#include "itemmodels/ApprovalQueueModel.h"
#include "itemmodels/CaseQueueModel.h"
#include "itemmodels/QueueCountsModel.h"
#include "itemmodels/SlaCaseListModel.h"
#include "itemmodels/WatchdogListModel.h"
#include "itemmodels/WorkloadModel.h"

#include <QAction>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace caseline {

namespace {

// Read when a cell is drawn: the palette may have turned dark since the list was made.
QColor overdueColour()
{
    return StatePalette().emphasis(StatePalette::State::Error);
}

QColor atRiskColour()
{
    return StatePalette().emphasis(StatePalette::State::Warning);
}

QFont boldFont()
{
    QFont font;
    font.setBold(true);
    return font;
}

QVariant slaLook(const QModelIndex &source, int role)
{
    const auto state =
        static_cast<CaseQueueModel::SlaState>(source.data(SlaCaseListModel::SlaStateRole).toInt());
    if (source.column() == SlaCaseListModel::TimeLeftColumn) {
        if (role == Qt::ForegroundRole) {
            if (state == CaseQueueModel::SlaState::Breached) {
                return overdueColour();
            }
            if (state == CaseQueueModel::SlaState::AtRisk) {
                return atRiskColour();
            }
        }
        if (role == Qt::FontRole) {
            return boldFont();
        }
    }
    if (source.column() == SlaCaseListModel::PriorityColumn && role == Qt::FontRole &&
        source.data(SlaCaseListModel::PriorityRole).toString() == QLatin1String("urgent")) {
        return boldFont();
    }
    return {};
}

QVariant countsLook(const QModelIndex &source, int role)
{
    const bool total = source.data(QueueCountsModel::TotalRowRole).toBool() ||
                       source.column() == QueueCountsModel::TotalColumn;
    if (role == Qt::FontRole && total) {
        return boldFont();
    }
    if (role == Qt::ForegroundRole && source.column() == QueueCountsModel::UrgentColumn &&
        source.data(QueueCountsModel::CountRole).toLongLong() > 0) {
        return overdueColour();
    }
    return {};
}

QVariant workloadLook(const QModelIndex &source, int role)
{
    if (role == Qt::ForegroundRole) {
        if (source.column() == WorkloadModel::BreachedColumn &&
            source.data(WorkloadModel::BreachedRole).toLongLong() > 0) {
            return overdueColour();
        }
        if (source.column() == WorkloadModel::AtRiskColumn &&
            source.data(WorkloadModel::AtRiskRole).toLongLong() > 0) {
            return atRiskColour();
        }
    }
    if (role == Qt::FontRole && source.column() == WorkloadModel::AssigneeColumn &&
        source.data(WorkloadModel::AssigneeRole).toString().isEmpty()) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    return {};
}

} // namespace

SupervisorDashboard::SupervisorDashboard(QWidget *parent)
    : QWidget(parent)
    , m_countsModel(new QueueCountsModel(this))
    , m_breachedModel(new SlaCaseListModel(this))
    , m_atRiskModel(new SlaCaseListModel(this))
    , m_watchdogModel(new WatchdogListModel(this))
    , m_workloadModel(new WorkloadModel(this))
    , m_approvalModel(new ApprovalQueueModel(this))
    , m_lastUpdated(new QLabel(tr("Waiting for the first figures…"), this))
    , m_messageBar(new MessageBar(this))
    , m_noticeTimer(new QTimer(this))
    , m_tiles(new DashboardTiles(this))
    , m_aging(new AgingChart(this))
    , m_backlog(new BacklogChart(this))
    , m_tabs(new QTabWidget(this))
{
    setWindowTitle(tr("Supervisor dashboard"));
    setAccessibleName(tr("Supervisor dashboard"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(8);

    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("Supervisor dashboard"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_lastUpdated->setAccessibleName(tr("Last updated"));
    top->addWidget(title);
    top->addStretch(1);
    top->addWidget(m_lastUpdated);
    layout->addLayout(top);

    m_messageBar->setAccessibleName(tr("Message"));
    m_messageBar->setObjectName(QStringLiteral("messageBar"));
    layout->addWidget(m_messageBar);
    m_noticeTimer->setSingleShot(true);
    m_noticeTimer->setInterval(10000);
    connect(m_noticeTimer, &QTimer::timeout, m_messageBar, &QWidget::hide);

    layout->addWidget(m_tiles);

    auto *charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(m_aging);
    charts->addWidget(m_backlog);
    charts->setStretchFactor(0, 2);
    charts->setStretchFactor(1, 3);
    charts->setChildrenCollapsible(false);
    m_aging->setMinimumSize(300, 240);
    m_backlog->setMinimumSize(400, 240);
    charts->setSizes({2000, 3000}); // weights: the aging bars' day labels need the room
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(charts);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);

    m_tabs->setAccessibleName(tr("Dashboard lists"));
    m_tabs->setDocumentMode(true);
    buildLists();

    // Shortcuts belong to the dashboard (it may sit in the console's window): they act on the
    // list of the current tab.
    m_exportAction = new QAction(tr("Export CSV…"), this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_exportAction, &QAction::triggered, this,
            [this] { panel(currentTab())->exportCsv(); });
    m_reassignAction = new QAction(tr("Reassign selected…"), this);
    m_reassignAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_reassignAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_reassignAction, &QAction::triggered, this, [this] {
        CaseListPanel *list = panel(currentTab());
        if (list->reassignOffered()) {
            list->reassignSelected();
        } else {
            showProblem(tr("Cases are reassigned from the SLA and watchdog lists."));
        }
    });
    addAction(m_exportAction);
    addAction(m_reassignAction);
}

void SupervisorDashboard::buildLists()
{
    auto present = [this](QAbstractItemModel *model, DashboardPresentation::Decoration look) {
        auto *presentation = new DashboardPresentation(std::move(look), this);
        presentation->setSourceModel(model);
        return presentation;
    };
    auto *counts = new CaseListPanel(present(m_countsModel, countsLook), -1,
                                     tr("Counts by department"), m_tabs);
    counts->view()->horizontalHeader()->setStretchLastSection(false); // figures stay narrow
    addPanel(counts, counts, tr("Counts"));
    auto *breached = new CaseListPanel(present(m_breachedModel, slaLook),
                                       SlaCaseListModel::CaseIdRole, tr("SLA breached"), m_tabs);
    addPanel(breached, breached, tr("SLA breached"));
    auto *atRisk = new CaseListPanel(present(m_atRiskModel, slaLook), SlaCaseListModel::CaseIdRole,
                                     tr("SLA at risk"), m_tabs);
    addPanel(atRisk, atRisk, tr("SLA at risk"));
    auto *watchdog = new CaseListPanel(
        present(m_watchdogModel,
                [](const QModelIndex &source, int role) -> QVariant {
                    if (source.column() != WatchdogListModel::SeverityColumn ||
                        (role != Qt::BackgroundRole && role != Qt::ForegroundRole)) {
                        return {};
                    }
                    const StatePalette colours;
                    const StatePalette::State state = StatePalette::ofSeverity(
                        source.data(WatchdogListModel::SeverityRole).toString());
                    return role == Qt::BackgroundRole ? colours.background(state)
                                                      : colours.foreground(state);
                }),
        WatchdogListModel::CaseIdRole, tr("Watchdog"), m_tabs);
    addPanel(watchdog, watchdog, tr("Watchdog"));
    auto *workload =
        new CaseListPanel(present(m_workloadModel, workloadLook), -1, tr("Workload"), m_tabs);
    addPanel(workload, workload, tr("Workload"));
    m_approvals = new ApprovalsPanel(m_approvalModel, m_tabs);
    addPanel(m_approvals->list(), m_approvals, tr("Approvals"));
    connect(m_approvals, &ApprovalsPanel::approvalDecision, this,
            &SupervisorDashboard::approvalDecision);
    connect(m_approvals, &ApprovalsPanel::problem, this, &SupervisorDashboard::showProblem);
}

void SupervisorDashboard::addPanel(CaseListPanel *panel, QWidget *page, const QString &title)
{
    m_panels.append(panel);
    m_tabs->addTab(page, title);
    connect(panel, &CaseListPanel::reassignRequested, this,
            &SupervisorDashboard::reassignRequested);
    connect(panel, &CaseListPanel::caseActivated, this, &SupervisorDashboard::caseActivated);
    connect(panel, &CaseListPanel::problem, this, &SupervisorDashboard::showProblem);
    connect(panel, &CaseListPanel::notice, this, &SupervisorDashboard::showNotice);
}

void SupervisorDashboard::setSnapshot(const DashboardSnapshot &snapshot)
{
    const QDateTime now = snapshot.takenAt;
    m_tiles->setFigures(snapshot.openCases, snapshot.breached, snapshot.atRisk,
                        static_cast<long long>(snapshot.watchdog.size()),
                        static_cast<long long>(snapshot.approvals.size()));
    m_aging->setBuckets(snapshot.aging);
    m_backlog->setPoints(snapshot.backlog);
    m_countsModel->setRows(snapshot.counts);
    m_breachedModel->setRows(snapshot.breachedCases, now);
    m_atRiskModel->setRows(snapshot.atRiskCases, now);
    m_watchdogModel->setRows(snapshot.watchdog);
    m_workloadModel->setRows(snapshot.workload);
    m_approvalModel->setRows(snapshot.approvals, now);
    updateTabTitles(snapshot);
    const QString updated =
        tr("Last updated %1")
            .arg(QLocale().toString(now.toLocalTime().time(), QStringLiteral("HH:mm:ss")));
    if (m_lastUpdated->text() != updated) {
        m_lastUpdated->setText(updated);
    }
}

void SupervisorDashboard::setStaff(const QStringList &names)
{
    for (CaseListPanel *list : std::as_const(m_panels)) {
        list->setStaff(names);
    }
}

void SupervisorDashboard::showProblem(const QString &message)
{
    showMessage(message, true);
}

void SupervisorDashboard::showNotice(const QString &message)
{
    showMessage(message, false);
}

void SupervisorDashboard::setPathChooser(const CaseListPanel::PathChooser &chooser)
{
    for (CaseListPanel *list : std::as_const(m_panels)) {
        list->setPathChooser(chooser);
    }
}

SupervisorDashboard::Tab SupervisorDashboard::currentTab() const
{
    return static_cast<Tab>(m_tabs->currentIndex());
}

void SupervisorDashboard::setCurrentTab(Tab tab)
{
    m_tabs->setCurrentIndex(static_cast<int>(tab));
}

CaseListPanel *SupervisorDashboard::panel(Tab tab) const
{
    return m_panels.at(static_cast<int>(tab));
}

QString SupervisorDashboard::messageText() const
{
    return m_messageBar->text();
}

bool SupervisorDashboard::messageShown() const
{
    return !m_messageBar->isHidden();
}

void SupervisorDashboard::showMessage(const QString &message, bool problem)
{
    m_messageBar->showMessage(message, problem ? MessageBar::State::Error : MessageBar::State::Ok);
    if (problem) {
        m_noticeTimer->stop();
    } else {
        m_noticeTimer->start();
    }
}

void SupervisorDashboard::updateTabTitles(const DashboardSnapshot &snapshot)
{
    const QList<QString> titles = {
        tr("Counts"),
        tr("SLA breached (%1)").arg(snapshot.breached),
        tr("SLA at risk (%1)").arg(snapshot.atRisk),
        tr("Watchdog (%1)").arg(snapshot.watchdog.size()),
        tr("Workload"),
        tr("Approvals (%1)").arg(snapshot.approvals.size()),
    };
    for (int tab = 0; tab < titles.size(); ++tab) {
        if (m_tabs->tabText(tab) != titles.at(tab)) {
            m_tabs->setTabText(tab, titles.at(tab));
        }
    }
}

} // namespace caseline
