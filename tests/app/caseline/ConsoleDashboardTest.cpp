#include "ApprovalsPanel.h"
#include "BackofficeServer.h"
#include "CaseListPanel.h"
#include "ConsoleController.h"
#include "ConsoleSession.h"
#include "DashboardTiles.h"
#include "MainWindow.h"
#include "SupervisorConsole.h"
#include "SupervisorDashboard.h"
#include "TempDirectory.h"
#include "TestApplication.h"
#include "WaitUntil.h"
#include "actions/ActionPlanner.h"
#include "actions/ActionService.h"
#include "domain/SystemClock.h"
#include "store/CaseAlertBook.h"
#include "store/CaseDatabase.h"
#include "store/CaseRepository.h"
#include "store/CaseSeeder.h"
#include "store/CaseStatistics.h"
#include "store/SchemaMigrations.h"
#include "store/StaffDirectory.h"
#include "workspace/DashboardFeed.h"

#include <QAction>
#include <QDir>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QTableView>
#include <gtest/gtest.h>

namespace caseline::test {
namespace {

// The supervisor dashboard in the real console, on a store seeded with 2,000 cases, a
// registered supervisor and agent, a refund held for approval and a watchdog finding: its
// numbers are the store's, its actions change the store, and it follows changes live.
class ConsoleDashboardTest : public ::testing::Test
{
protected:
    ConsoleDashboardTest()
        : server({"--demo"})
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CaselineTest"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           QString::fromStdString(directory.file("settings")));
        other = std::make_unique<CaseDatabase>(address());
        SchemaMigrations::migrate(*other);
        StaffDirectory staff(*other, clock);
        staff.save({"sara", "supervisors", StaffMember::Role::Supervisor, ""}, "setup");
        staff.save({"anna", "customer-service", StaffMember::Role::Agent, ""}, "sara");
        CaseSeeder::seed(*other, 2000, clock.now());
        SupportCase draft;
        draft.customerId = "CUS-3001";
        draft.customerLanguage = "it";
        draft.subject = "Divano: rimborso parziale";
        draft.department = "customer-service";
        draft.links = {{"order", "ORD-3001"}};
        held = CaseRepository(*other, clock).create(draft, "anna");
        ActionService(*other, clock)
            .submit(held.id, ActionPlanner::refund("ORD-3001", 25000, "EUR", "goodwill"), "anna");
    }

    ~ConsoleDashboardTest() override
    {
        session.reset();
        window.reset();
    }

    StoreAddress address() const { return StoreAddress::parse(directory.file("cases.sqlite")); }

    void startConsoleAs(const std::string &actor)
    {
        window = std::make_unique<MainWindow>();
        window->resize(1360, 860);
        session = std::make_unique<ConsoleSession>(*window, server.config(), address(), actor);
        window->show();
        bool shown = false;
        // The queue is shown again on every live refresh: the connection must end with `shown`.
        QObject shownScope;
        QObject::connect(&session->controller(), &ConsoleController::queueShown, &shownScope,
                         [&shown] { shown = true; });
        session->controller().start();
        ASSERT_TRUE(waitUntil([&] { return shown; }, "the console to show its queue"));
    }

    SupervisorDashboard &openDashboard()
    {
        SupervisorDashboard *dashboard = session->supervisor().dashboard();
        window->dashboardAction()->trigger();
        EXPECT_TRUE(waitUntil([&] { return snapshots > 0 || dashboard->messageShown(); },
                              "the dashboard's first snapshot or a message"));
        return *dashboard;
    }

    void countSnapshots()
    {
        QObject::connect(&session->supervisor().feed(), &DashboardFeed::snapshotReady, window.get(),
                         [this](const DashboardSnapshot &snapshot) {
                             ++snapshots;
                             latest = snapshot;
                         });
    }

    QApplication &app = testApplication();
    TempDirectory directory;
    BackofficeServer server;
    SystemClock clock;
    std::unique_ptr<CaseDatabase> other; // another console's connection to the same store
    SupportCase held;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<ConsoleSession> session;
    int snapshots = 0;
    DashboardSnapshot latest;
};

TEST_F(ConsoleDashboardTest, TheSupervisorSeesTheStoresNumbersAndActsOnThem)
{
    startConsoleAs("sara");
    EXPECT_TRUE(window->dashboardAction()->isEnabled());
    countSnapshots();
    SupervisorDashboard &dashboard = openDashboard();
    ASSERT_GT(snapshots, 0) << dashboard.messageText().toStdString();

    const CaseStatistics::Totals totals = CaseStatistics(*other).totals(clock.now());
    ASSERT_GT(totals.breached, 3);
    DashboardTiles *tiles = dashboard.tiles();
    const QLocale locale;
    EXPECT_EQ(tiles->valueText(DashboardTiles::Tile::OpenCases), locale.toString(totals.open));
    EXPECT_EQ(tiles->valueText(DashboardTiles::Tile::Breached), locale.toString(totals.breached));
    EXPECT_EQ(tiles->valueText(DashboardTiles::Tile::AtRisk), locale.toString(totals.atRisk));
    EXPECT_EQ(tiles->valueText(DashboardTiles::Tile::Approvals), QStringLiteral("1"));

    // Bulk reassign: the three most overdue cases go to Anna.
    dashboard.setCurrentTab(SupervisorDashboard::Tab::Breached);
    CaseListPanel *breached = dashboard.panel(SupervisorDashboard::Tab::Breached);
    QTableView *view = breached->view();
    for (int row = 0; row < 3; ++row) {
        view->selectionModel()->select(view->model()->index(row, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    const std::vector<long long> chosen = {latest.breachedCases[0].id, latest.breachedCases[1].id,
                                           latest.breachedCases[2].id};
    ASSERT_TRUE(waitUntil([&] { return breached->view()->isVisible(); },
                          "the breached cases' list on screen"));
    breached->reassignSelected();
    QMenu *menu = breached->assigneeMenu();
    QAction *anna = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text().remove(QLatin1Char('&')) == QStringLiteral("anna")) {
            anna = action;
        }
    }
    ASSERT_NE(anna, nullptr);
    anna->trigger();
    menu->hide();
    EXPECT_TRUE(waitUntil(
        [&] {
            for (long long id : chosen) {
                if (CaseRepository(*other, clock).get(id).assignee != "anna") {
                    return false;
                }
            }
            return true;
        },
        "the chosen cases reassigned to anna in the store"));

    // The held refund: approved with a note, it goes to the outbox exactly once.
    dashboard.setCurrentTab(SupervisorDashboard::Tab::Approvals);
    ApprovalsPanel *approvals = dashboard.approvalsPanel();
    QTableView *pending = dashboard.panel(SupervisorDashboard::Tab::Approvals)->view();
    ASSERT_TRUE(waitUntil([&] { return pending->model()->rowCount() == 1; },
                          "the refund held for approval in the list"));
    pending->selectRow(0);
    approvals->noteEdit()->setText(QStringLiteral("Goodwill agreed with the store"));
    approvals->approveSelected();
    EXPECT_TRUE(waitUntil(
        [&] {
            return other
                       ->scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE case_id = ? AND "
                                               "action = 'refund'"),
                                {held.id})
                       .toInt() == 1;
        },
        "the approved refund in the outbox"));
    EXPECT_TRUE(waitUntil(
        [&] { return tiles->valueText(DashboardTiles::Tile::Approvals) == QStringLiteral("0"); },
        "the approvals tile at 0"));

    // Live: another console resolves a breached case; the tile follows without a click.
    const int before = snapshots;
    SupportCase resolved = CaseRepository(*other, clock).get(latest.breachedCases[5].id);
    resolved.status = CaseStatus::Resolved;
    CaseRepository(*other, clock).update(resolved, "sara");
    EXPECT_TRUE(waitUntil(
        [&] {
            return snapshots > before && tiles->valueText(DashboardTiles::Tile::Breached) ==
                                             locale.toString(totals.breached - 1);
        },
        "the breached tile to follow another console's change"));

    // A watchdog finding recorded by any console appears in the watchdog list.
    Alert conflict;
    conflict.rule = "refunded-but-shipped";
    conflict.severity = AlertSeverity::Critical;
    conflict.message = "Refunded, yet delivered";
    conflict.orderId = "ORD-3001";
    CaseAlertBook(*other).record(held.id, "ORD-3001", {conflict}, clock.now());
    CaseListPanel *watchdog = dashboard.panel(SupervisorDashboard::Tab::Watchdog);
    EXPECT_TRUE(waitUntil(
        [&] {
            const QAbstractItemModel *model = watchdog->view()->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->index(row, 0).data().toString() ==
                    QString::fromStdString(held.reference())) {
                    return true;
                }
            }
            return false;
        },
        "the watchdog's finding in the list"));

    dashboard.setCurrentTab(SupervisorDashboard::Tab::Breached);
    const QString folder = qEnvironmentVariable("CASELINE_SCREENSHOT_DIR",
                                                QStringLiteral(CASELINE_BIN_DIR "/../screenshots"));
    QDir().mkpath(folder);
    dashboard.resize(1400, 900);
    EXPECT_TRUE(dashboard.grab().save(folder + QStringLiteral("/supervisor-dashboard-live.png")));
}

TEST_F(ConsoleDashboardTest, AnAgentIsNotOfferedTheDashboardAndTheStoreRefusesItInWords)
{
    startConsoleAs("anna");
    EXPECT_FALSE(window->dashboardAction()->isEnabled());
    // Even when asked directly, the store refuses and the audit log says so.
    SupervisorDashboard &dashboard = *session->supervisor().dashboard();
    session->supervisor().showDashboard();
    EXPECT_TRUE(waitUntil([&] { return dashboard.messageShown(); }, "the dashboard's refusal"));
    EXPECT_TRUE(dashboard.messageText().contains(QStringLiteral("anna")))
        << dashboard.messageText().toStdString();
    EXPECT_EQ(snapshots, 0);
    EXPECT_EQ(other
                  ->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor = 'anna' "
                                          "AND action = 'refused.view-dashboard'"))
                  .toInt(),
              1);
}

} // namespace
} // namespace caseline::test
