#include "SupervisorDashboard.h"

#include "AgingChart.h"
#include "ApprovalsPanel.h"
#include "BacklogChart.h"
#include "CaseListPanel.h"
#include "DashboardSeed.h"
#include "DashboardTiles.h"
#include "DialogTesting.h"
#include "TempDirectory.h"
#include "itemmodels/SlaCaseListModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <ctime>
#include <gtest/gtest.h>

using namespace caseline;
using namespace caseline::test;
using Tab = SupervisorDashboard::Tab;
using Tile = DashboardTiles::Tile;

namespace {

QString screenshotPath(const QString &name)
{
    QString folder = qEnvironmentVariable("CASELINE_SCREENSHOT_DIR");
    if (folder.isEmpty()) {
        const QString bin =
            qEnvironmentVariable("CASELINE_BIN_DIR", QCoreApplication::applicationDirPath());
        folder = QDir(bin).filePath(QStringLiteral("../screenshots"));
    }
    QDir().mkpath(folder);
    return QDir(folder).filePath(name);
}

QList<qlonglong> caseIdsOf(const QModelIndexList &rows)
{
    QList<qlonglong> ids;
    for (const QModelIndex &row : rows) {
        ids.append(row.data(SlaCaseListModel::CaseIdRole).toLongLong());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void selectRows(QTableView *view, const QList<int> &rows)
{
    view->selectionModel()->clearSelection();
    for (const int row : rows) {
        view->selectionModel()->select(view->model()->index(row, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

class SupervisorDashboardTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        qputenv("TZ", "UTC");
        tzset();
        QLocale::setDefault(QLocale::c());
        caseline::testing::application();
    }

    SupervisorDashboardTest()
    {
        dashboard.resize(1400, 900);
        dashboard.setStaff({"ana", "ben", "giulia", "marco"});
        dashboard.setSnapshot(snapshot);
    }

    QTableView *view(Tab tab) const { return dashboard.panel(tab)->view(); }
    QString cell(Tab tab, int row, int column) const
    {
        return view(tab)->model()->index(row, column).data().toString();
    }

    DashboardSnapshot snapshot = seedSnapshot();
    SupervisorDashboard dashboard;
};

} // namespace

TEST_F(SupervisorDashboardTest, TilesShowTheFiguresAndColourWhatNeedsASupervisor)
{
    const DashboardTiles *tiles = dashboard.tiles();
    EXPECT_EQ(tiles->valueText(Tile::OpenCases), "124");
    EXPECT_EQ(tiles->valueText(Tile::Breached), "8");
    EXPECT_EQ(tiles->valueText(Tile::AtRisk), "6");
    EXPECT_EQ(tiles->valueText(Tile::Watchdog), "4");
    EXPECT_EQ(tiles->valueText(Tile::Approvals), "2");
    EXPECT_EQ(tiles->tone(Tile::OpenCases), DashboardTiles::Tone::Calm);
    EXPECT_EQ(tiles->tone(Tile::Breached), DashboardTiles::Tone::Alarm);
    EXPECT_EQ(tiles->tone(Tile::AtRisk), DashboardTiles::Tone::Warning);
    EXPECT_EQ(tiles->frame(Tile::Breached)->accessibleName(), "SLA breached: 8");
    EXPECT_EQ(dashboard.lastUpdatedLabel()->text(), "Last updated 15:42:07");
    EXPECT_EQ(dashboard.tabs()->tabText(1), "SLA breached (8)");
    EXPECT_EQ(dashboard.tabs()->tabText(5), "Approvals (2)");
}

TEST_F(SupervisorDashboardTest, ChartsHoldTheSnapshotsValues)
{
    const QBarSet *bars = dashboard.agingChart()->bars();
    ASSERT_EQ(bars->count(), 6);
    for (int i = 0; i < 6; ++i) {
        EXPECT_EQ(bars->at(i),
                  static_cast<qreal>(snapshot.aging[static_cast<std::size_t>(i)].cases));
    }
    EXPECT_EQ(dashboard.agingChart()->categoryAxis()->categories(),
              QStringList({"0–1", "1–2", "2–3", "3–7", "7–14", "14+"}));

    const BacklogChart *backlog = dashboard.backlogChart();
    const QList<QPointF> open = backlog->openSeries()->points();
    const QList<QPointF> opened = backlog->openedSeries()->points();
    const QList<QPointF> resolved = backlog->resolvedSeries()->points();
    ASSERT_EQ(open.size(), 30);
    ASSERT_EQ(opened.size(), 30);
    ASSERT_EQ(resolved.size(), 30);
    for (int i = 0; i < 30; ++i) {
        const BacklogPoint &point = snapshot.backlog[static_cast<std::size_t>(i)];
        EXPECT_EQ(open[i].x(), BacklogChart::dayPosition(point.day));
        EXPECT_EQ(open[i].y(), static_cast<qreal>(point.open));
        EXPECT_EQ(opened[i].y(), static_cast<qreal>(point.opened));
        EXPECT_EQ(resolved[i].y(), static_cast<qreal>(point.resolved));
    }
    EXPECT_EQ(open.last().y(), 124.0);
}

TEST_F(SupervisorDashboardTest, ListsHoldTheSnapshotsRows)
{
    EXPECT_EQ(view(Tab::Counts)->model()->rowCount(), 7); // six departments and the total
    EXPECT_EQ(cell(Tab::Counts, 6, 0), "All departments");
    EXPECT_EQ(cell(Tab::Counts, 6, 5), "124");
    EXPECT_EQ(view(Tab::Breached)->model()->rowCount(), 8);
    EXPECT_EQ(cell(Tab::Breached, 0, SlaCaseListModel::ReferenceColumn), "CASE-1187");
    EXPECT_EQ(cell(Tab::Breached, 0, SlaCaseListModel::TimeLeftColumn), "overdue by 1 d 2 h");
    EXPECT_EQ(cell(Tab::Breached, 1, SlaCaseListModel::AssigneeColumn), "(unassigned)");
    EXPECT_EQ(view(Tab::AtRisk)->model()->rowCount(), 6);
    EXPECT_EQ(cell(Tab::AtRisk, 3, SlaCaseListModel::TimeLeftColumn), "2 h 10 min left");
    EXPECT_EQ(view(Tab::Watchdog)->model()->rowCount(), 4);
    EXPECT_EQ(cell(Tab::Watchdog, 0, 3), "refunded but shipped");
    EXPECT_EQ(view(Tab::Workload)->model()->rowCount(), 11);
    EXPECT_EQ(cell(Tab::Workload, 0, 0), "(unassigned)");
    EXPECT_EQ(view(Tab::Approvals)->model()->rowCount(), 2);
    EXPECT_EQ(cell(Tab::Approvals, 0, 3), QString::fromUtf8("1249.00\u00a0EUR"));
}

TEST_F(SupervisorDashboardTest, ReassignsTheSelectedCasesToWhoeverIsChosen)
{
    QSignalSpy reassigned(&dashboard, &SupervisorDashboard::reassignRequested);
    dashboard.setCurrentTab(Tab::Breached);
    CaseListPanel *list = dashboard.panel(Tab::Breached);
    // Nothing selected: the button is off and the shortcut says why in words.
    EXPECT_FALSE(list->reassignButton()->isEnabled());
    dashboard.reassignAction()->trigger();
    EXPECT_TRUE(dashboard.messageShown());
    EXPECT_EQ(dashboard.messageText(), "Select the cases to reassign first.");

    selectRows(list->view(), {0, 2, 4});
    EXPECT_TRUE(list->reassignButton()->isEnabled());
    EXPECT_TRUE(list->reassignButton()->toolTip().contains("Ctrl+R"));
    caseline::testing::showActive(&dashboard);
    list->reassignButton()->click();
    QMenu *menu = list->assigneeMenu();
    EXPECT_TRUE(menu->isVisible());
    QStringList names;
    for (QAction *action : menu->actions()) {
        names.append(action->text());
    }
    EXPECT_EQ(names, QStringList({"ana", "ben", "giulia", "marco"}));
    menu->actions().at(3)->trigger();
    menu->hide();
    ASSERT_EQ(reassigned.count(), 1);
    EXPECT_EQ(reassigned.at(0).at(0).value<QList<qlonglong>>(),
              QList<qlonglong>({1187, 1211, 1224}));
    EXPECT_EQ(reassigned.at(0).at(1).toString(), "marco");

    dashboard.showNotice(QStringLiteral("3 cases reassigned to marco"));
    EXPECT_EQ(dashboard.messageText(), "3 cases reassigned to marco");

    // Workload rows are people, not cases: Ctrl+R there says where reassigning happens.
    dashboard.setCurrentTab(Tab::Workload);
    dashboard.reassignAction()->trigger();
    EXPECT_TRUE(dashboard.messageText().contains("reassigned from the SLA and watchdog lists"));
    EXPECT_EQ(reassigned.count(), 1);
}

TEST_F(SupervisorDashboardTest, DoubleClickingACaseOpensIt)
{
    QSignalSpy activated(&dashboard, &SupervisorDashboard::caseActivated);
    QTableView *watchdog = view(Tab::Watchdog);
    Q_EMIT watchdog->activated(watchdog->model()->index(1, 2));
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.at(0).at(0).toLongLong(), 1262);
}

TEST_F(SupervisorDashboardTest, ExportsTheListAsCsvAndSaysWhenItCannot)
{
    TempDirectory folder;
    const QString path = QString::fromStdString(folder.file("at-risk.csv"));
    QString suggested;
    dashboard.setPathChooser([&](const QString &name) {
        suggested = name;
        return path;
    });
    dashboard.setCurrentTab(Tab::AtRisk);
    EXPECT_TRUE(dashboard.panel(Tab::AtRisk)->exportButton()->toolTip().contains("Ctrl+E"));
    dashboard.exportAction()->trigger();
    EXPECT_EQ(suggested, "sla-at-risk.csv");
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    ASSERT_EQ(lines.size(), 8); // header, six cases, the empty rest after the last CRLF
    EXPECT_EQ(lines[0], "Case,Customer,Department,Assignee,Status,Priority,Due,Minutes left\r");
    EXPECT_EQ(lines[1], "CASE-1250,CUS-3002,Logistics,elena,Open,High,2026-12-01T16:07:07Z,25\r");
    EXPECT_EQ(lines[4], "CASE-1268,CUS-2875,returns,(unassigned),New,Normal,"
                        "2026-12-01T17:52:07Z,130\r");
    EXPECT_TRUE(dashboard.messageText().startsWith("Exported 6 row"))
        << dashboard.messageText().toStdString();

    // A hidden column stays out of the file.
    view(Tab::Watchdog)->setColumnHidden(5, true);
    dashboard.setCurrentTab(Tab::Watchdog);
    dashboard.panel(Tab::Watchdog)->exportButton()->click();
    ASSERT_TRUE(file.seek(0));
    file.close();
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readLine().startsWith("Case,Customer,Order,Rule,Severity,Found\r\n"));

    dashboard.setPathChooser(
        [&](const QString &) { return QString::fromStdString(folder.file("gone/at-risk.csv")); });
    dashboard.exportAction()->trigger();
    EXPECT_TRUE(dashboard.messageShown());
    EXPECT_TRUE(dashboard.messageText().startsWith("Could not write"))
        << dashboard.messageText().toStdString();
}

TEST_F(SupervisorDashboardTest, ApprovesAndRejectsWithANote)
{
    QSignalSpy decided(&dashboard, &SupervisorDashboard::approvalDecision);
    dashboard.setCurrentTab(Tab::Approvals);
    ApprovalsPanel *approvals = dashboard.approvalsPanel();
    EXPECT_FALSE(approvals->approveButton()->isEnabled());
    EXPECT_FALSE(approvals->list()->reassignOffered());

    selectRows(approvals->list()->view(), {0});
    approvals->noteEdit()->setText(QStringLiteral("Photos confirm the damage"));
    approvals->approveButton()->click();
    ASSERT_EQ(decided.count(), 1);
    EXPECT_EQ(decided.at(0).at(0).toLongLong(), 17);
    EXPECT_TRUE(decided.at(0).at(1).toBool());
    EXPECT_EQ(decided.at(0).at(2).toString(), "Photos confirm the damage");
    EXPECT_TRUE(approvals->noteEdit()->text().isEmpty());

    selectRows(approvals->list()->view(), {1});
    approvals->rejectButton()->click();
    EXPECT_EQ(decided.count(), 1);
    EXPECT_TRUE(dashboard.messageShown());
    EXPECT_TRUE(
        dashboard.messageText().startsWith("Write a note saying why the refund is rejected"));

    approvals->noteEdit()->setText(QStringLiteral("Second goodwill refund this month"));
    approvals->rejectButton()->click();
    ASSERT_EQ(decided.count(), 2);
    EXPECT_EQ(decided.at(1).at(0).toLongLong(), 18);
    EXPECT_FALSE(decided.at(1).at(1).toBool());
    EXPECT_EQ(decided.at(1).at(2).toString(), "Second goodwill refund this month");
}

TEST_F(SupervisorDashboardTest, ANewSnapshotUpdatesInPlaceKeepingSelectionAndTab)
{
    QAbstractItemModelTester atRiskView(view(Tab::AtRisk)->model(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester countsView(view(Tab::Counts)->model(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    caseline::testing::showActive(&dashboard);
    dashboard.setCurrentTab(Tab::AtRisk);
    QTableView *atRisk = view(Tab::AtRisk);
    selectRows(atRisk, {1, 4});
    const QList<qlonglong> selected = caseIdsOf(atRisk->selectionModel()->selectedRows());
    EXPECT_EQ(selected, QList<qlonglong>({1255, 1271}));
    QSignalSpy reset(atRisk->model(), &QAbstractItemModel::modelReset);
    QSignalSpy countsReset(view(Tab::Counts)->model(), &QAbstractItemModel::modelReset);

    // A minute later: one more breach (the first at-risk case), one new case at risk.
    DashboardSnapshot later = seedSnapshot();
    later.takenAt = later.takenAt.addSecs(60);
    later.breachedCases.push_back(later.atRiskCases.front());
    later.breached = 9;
    later.atRiskCases.erase(later.atRiskCases.begin());
    later.atRiskCases.insert(later.atRiskCases.begin(),
                             seedCase(1290, "CUS-7001", "Kitchen order incomplete", "warehouse",
                                      "chiara", CaseStatus::Open, CasePriority::High, 20));
    later.openCases = 125;
    later.counts.push_back({"warehouse", CaseStatus::New, CasePriority::High, 1});
    later.aging[0].cases = 39;
    later.backlog.back().open = 125;
    later.backlog.back().opened += 1;
    dashboard.setSnapshot(later);

    EXPECT_EQ(dashboard.currentTab(), Tab::AtRisk);
    EXPECT_EQ(reset.count(), 0);
    EXPECT_EQ(countsReset.count(), 0);
    EXPECT_EQ(caseIdsOf(atRisk->selectionModel()->selectedRows()), selected);
    EXPECT_EQ(dashboard.tiles()->valueText(Tile::OpenCases), "125");
    EXPECT_EQ(dashboard.tiles()->valueText(Tile::Breached), "9");
    EXPECT_EQ(dashboard.lastUpdatedLabel()->text(), "Last updated 15:43:07");
    EXPECT_EQ(dashboard.tabs()->tabText(1), "SLA breached (9)");
    EXPECT_EQ(cell(Tab::AtRisk, 0, SlaCaseListModel::ReferenceColumn), "CASE-1290");
    EXPECT_EQ(cell(Tab::AtRisk, 1, SlaCaseListModel::TimeLeftColumn), "54 min left");
    EXPECT_EQ(cell(Tab::Counts, 6, 5), "125");
    EXPECT_EQ(dashboard.agingChart()->bars()->at(0), 39.0);
    EXPECT_EQ(dashboard.backlogChart()->openSeries()->points().last().y(), 125.0);
}

TEST_F(SupervisorDashboardTest, RendersOffscreenForTheReadme)
{
    caseline::testing::showActive(&dashboard);
    dashboard.setCurrentTab(Tab::Breached);
    selectRows(view(Tab::Breached), {1});
    dashboard.showNotice(QStringLiteral("3 cases reassigned to marco"));
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
    }
    const QImage image = dashboard.grab().toImage();
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(1400, 900));
    const QString path = screenshotPath(QStringLiteral("supervisor-dashboard.png"));
    EXPECT_TRUE(image.save(path)) << path.toStdString();

    // The other lists, for review (not in the README).
    const std::pair<Tab, QString> others[] = {{Tab::Counts, QStringLiteral("counts")},
                                              {Tab::Watchdog, QStringLiteral("watchdog")},
                                              {Tab::Workload, QStringLiteral("workload")},
                                              {Tab::Approvals, QStringLiteral("approvals")}};
    for (const auto &[tab, name] : others) {
        dashboard.setCurrentTab(tab);
        QCoreApplication::processEvents();
        const QString other =
            screenshotPath(QStringLiteral("supervisor-dashboard-%1.png").arg(name));
        EXPECT_TRUE(dashboard.grab().save(other)) << other.toStdString();
    }
}

TEST_F(SupervisorDashboardTest, CtrlEAndCtrlRActOnTheCurrentList)
{
    int asked = 0;
    dashboard.setPathChooser([&](const QString &) {
        ++asked;
        return QString(); // the user gave up: nothing written, nothing said
    });
    caseline::testing::showActive(&dashboard);
    dashboard.setCurrentTab(Tab::AtRisk);
    view(Tab::AtRisk)->setFocus();
    caseline::testing::keyClick(view(Tab::AtRisk), Qt::Key_E, Qt::ControlModifier);
    EXPECT_EQ(asked, 1);
    EXPECT_FALSE(dashboard.messageShown());
    caseline::testing::keyClick(view(Tab::AtRisk), Qt::Key_R, Qt::ControlModifier);
    EXPECT_EQ(dashboard.messageText(), "Select the cases to reassign first.");
}
