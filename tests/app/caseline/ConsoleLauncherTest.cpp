// The launcher as `caseline --demo` and a screen-pop use it: the demo back-office started on a
// free port, a fresh store, the queue on screen; a request handed over before the console was up
// waits for it; a phone number pops the caller's one open case.
#include "ConsoleLauncher.h"

#include "BackofficeServer.h"
#include "ConsoleController.h"
#include "ConsoleSession.h"
#include "MainWindow.h"
#include "ManualClock.h"
#include "TempDirectory.h"
#include "TestApplication.h"
#include "WaitUntil.h"
#include "store/CaseDatabase.h"
#include "store/SchemaMigrations.h"
#include "store/StaffDirectory.h"
#include "workspace/CaseWorkspace.h"

#include <QAction>
#include <QApplication>
#include <QProcess>
#include <QSettings>
#include <gtest/gtest.h>

namespace caseline::test {
namespace {

class ConsoleLauncherTest : public ::testing::Test
{
protected:
    ConsoleLauncherTest()
    {
        testApplication();
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           QString::fromStdString(directory.file("settings")));
    }
    TempDirectory directory;
};

TEST_F(ConsoleLauncherTest, TheDemoComesUpAndAPopWaitsForIt)
{
    ConsoleOptions options =
        ConsoleOptions::parse({QStringLiteral("caseline"), QStringLiteral("--demo"),
                               QStringLiteral("--as"), QStringLiteral("anna")});
    MainWindow window;
    ConsoleLauncher launcher(window, options);
    qint64 interactiveAfter = -1;
    QString failure;
    QObject::connect(&launcher, &ConsoleLauncher::interactive,
                     [&](qint64 ms) { interactiveAfter = ms; });
    QObject::connect(&launcher, &ConsoleLauncher::failed,
                     [&](const QString &reason) { failure = reason; });
    launcher.start();
    // A phone system pops the caller before the demo back-office is even up.
    launcher.handle({QStringLiteral("lookup"), QStringLiteral("+39 347 555 0101")});
    EXPECT_EQ(launcher.session(), nullptr);
    ASSERT_TRUE(waitUntil([&] { return interactiveAfter >= 0 || !failure.isEmpty(); },
                          "the demo to come up or fail"));
    ASSERT_TRUE(failure.isEmpty()) << failure.toStdString();
    ConsoleController &controller = launcher.session()->controller();
    // The fresh demo store opens with the stories' cases, in the agent's own queue.
    EXPECT_EQ(controller.queueModel().rowCount(), 4);
    ASSERT_TRUE(waitUntil([&] { return controller.searchModel().customerCount() > 0; },
                          "the demo's customers in the search"));
    EXPECT_EQ(
        controller.searchModel().index(0, 0).data(CustomerSearchModel::CustomerIdRole).toString(),
        "CUS-1001");
}

TEST_F(ConsoleLauncherTest, APhoneNumberPopsTheCallersOneOpenCase)
{
    ConsoleOptions options = ConsoleOptions::parse(
        {QStringLiteral("caseline"), QStringLiteral("--demo"), QStringLiteral("--db"),
         QString::fromStdString(directory.file("cases.sqlite"))});
    MainWindow window;
    ConsoleLauncher launcher(window, options);
    bool up = false;
    QObject::connect(&launcher, &ConsoleLauncher::interactive, [&](qint64) { up = true; });
    launcher.start();
    ASSERT_TRUE(waitUntil([&] { return up; }, "the console to come up"));
    ConsoleController &controller = launcher.session()->controller();
    CaseWorkspace &workspace = launcher.session()->workspace();
    std::vector<long long> created;
    QObject scope;
    QObject::connect(&workspace, &CaseWorkspace::caseCreated, &scope,
                     [&](const SupportCase &item) { created.push_back(item.id); });
    for (const auto &[customer, order] :
         {std::pair{"CUS-1001", "ORD-1001"}, std::pair{"CUS-2001", "ORD-4001"}}) {
        SupportCase draft;
        draft.customerId = customer;
        draft.customerLanguage = "it";
        draft.subject = std::string("Call about ") + order;
        draft.department = "customer-service";
        draft.links = {{"order", order}};
        const std::size_t before = created.size();
        workspace.createCase(draft);
        ASSERT_TRUE(
            waitUntil([&] { return created.size() == before + 1; }, "the case to be created"));
    }
    ASSERT_TRUE(waitUntil(
        [&] { return controller.openCase() && controller.openCase()->id() == created[1]; },
        "the second case to open"));

    launcher.handle({QStringLiteral("lookup"), QStringLiteral("+39 347 555 0101")});
    ASSERT_TRUE(waitUntil(
        [&] { return controller.openCase() && controller.openCase()->id() == created[0]; },
        "the caller's one open case to pop up"));
    launcher.handle({QStringLiteral("open"), QString::number(created[1])});
    ASSERT_TRUE(waitUntil(
        [&] { return controller.openCase() && controller.openCase()->id() == created[1]; },
        "the case the request names to open"));
}

// Without --as, whoever is signed in to the PC is mapped to their staff name through the
// store's staff logins: their queue, their role (here: the dashboard is offered).
TEST_F(ConsoleLauncherTest, TheOperatingSystemUserIsMappedToTheirStaffMember)
{
    BackofficeServer server({"--demo"});
    ASSERT_TRUE(server.running()) << server.error();
    const std::string store = directory.file("shared.sqlite");
    {
        ManualClock clock;
        CaseDatabase db(StoreAddress::parse(store));
        SchemaMigrations::migrate(db);
        StaffDirectory(db, clock).save(
            {"Sara Conti", "customer-service", StaffMember::Role::Supervisor, "sconti"}, "setup");
    }
    const ConsoleOptions options =
        ConsoleOptions::parse({QStringLiteral("caseline"), QStringLiteral("--backoffice"),
                               QString::fromStdString(server.baseUrl()), QStringLiteral("--db"),
                               QString::fromStdString(store)},
                              [](const char *name) {
                                  return QString::fromLatin1(name) == QStringLiteral("USER")
                                             ? QStringLiteral("sconti")
                                             : QString();
                              });
    MainWindow window;
    ConsoleLauncher launcher(window, options);
    bool up = false;
    QString failure;
    QObject::connect(&launcher, &ConsoleLauncher::interactive, [&](qint64) { up = true; });
    QObject::connect(&launcher, &ConsoleLauncher::failed,
                     [&](const QString &reason) { failure = reason; });
    launcher.start();
    ASSERT_TRUE(
        waitUntil([&] { return up || !failure.isEmpty(); }, "the console to come up or fail"));
    ASSERT_TRUE(failure.isEmpty()) << failure.toStdString();
    EXPECT_EQ(launcher.session()->workspace().actor(), "Sara Conti");
    EXPECT_TRUE(waitUntil([&] { return window.dashboardAction()->isEnabled(); },
                          "the dashboard to be offered"));
}

// The executable itself: the command line is read before any window, so a mistake is said in
// words (exit 2) even without a display, and --version answers.
TEST_F(ConsoleLauncherTest, TheExecutableSaysWhatIsWrongWithItsCommandLine)
{
    const QString program = QStringLiteral(CASELINE_BIN_DIR "/caseline");
    QProcess wrong;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM")); // no display needed to refuse
    environment.remove(QStringLiteral("DISPLAY"));
    wrong.setProcessEnvironment(environment);
    wrong.start(program,
                {QStringLiteral("--demo"), QStringLiteral("--latency"), QStringLiteral("soon")});
    ASSERT_TRUE(wrong.waitForFinished(10000));
    EXPECT_EQ(wrong.exitCode(), 2);
    EXPECT_TRUE(wrong.readAllStandardError().contains("--latency")) << "names the option";

    QProcess version;
    version.setProcessEnvironment(environment);
    version.start(program, {QStringLiteral("--version")});
    ASSERT_TRUE(version.waitForFinished(10000));
    EXPECT_EQ(version.exitCode(), 0);
    EXPECT_TRUE(version.readAllStandardOutput().startsWith("caseline "));

    // The help speaks the chosen language, Qt's own words ("Usage", "Options") included.
    QProcess help;
    help.setProcessEnvironment(environment);
    help.start(program,
               {QStringLiteral("--help"), QStringLiteral("--language"), QStringLiteral("de")});
    ASSERT_TRUE(help.waitForFinished(10000));
    EXPECT_EQ(help.exitCode(), 0);
    const QString german = QString::fromUtf8(help.readAllStandardOutput());
    EXPECT_TRUE(german.contains(QStringLiteral("Diese Hilfe anzeigen."))) << german.toStdString();
    EXPECT_TRUE(german.contains(QStringLiteral("Optionen:"))) << german.toStdString();
}

} // namespace
} // namespace caseline::test
