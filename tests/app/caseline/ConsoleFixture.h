#pragma once

#include "BackofficeServer.h"
#include "ConsoleController.h"
#include "ConsoleSession.h"
#include "HttpTestClient.h"
#include "MainWindow.h"
#include "TempDirectory.h"
#include "TestApplication.h"
#include "WaitUntil.h"
#include "workspace/CaseWorkspace.h"

#include <QApplication>
#include <QCoreApplication>
#include <QSettings>
#include <gtest/gtest.h>
#include <memory>

namespace caseline::test {

// The real console on real widgets (offscreen), wired to the real reference back-office
// (--demo) and a fresh SQLite store. Tests only spin the event loop and use the widgets.
class ConsoleFixture : public ::testing::Test
{
protected:
    ConsoleFixture(std::vector<std::string> serverArguments = {"--demo"})
        : server(std::move(serverArguments))
        , admin(server.baseUrl())
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CaselineTest"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           QString::fromStdString(directory.file("settings")));
        window = std::make_unique<MainWindow>();
        window->resize(1360, 860);
        session = std::make_unique<ConsoleSession>(
            *window, server.config(), StoreAddress::parse(directory.file("cases.sqlite")), "anna");
        window->show();
        bool ready = false;
        const auto shown = QObject::connect(&controller(), &ConsoleController::queueShown,
                                            [&ready] { ready = true; });
        controller().start();
        EXPECT_TRUE(waitUntil([&] { return ready; }, "the console to show its queue"));
        QObject::disconnect(shown);
    }

    ~ConsoleFixture() override
    {
        session.reset();
        window.reset();
    }

    ConsoleController &controller() { return session->controller(); }

    // Opens a case through the workspace (the new-case dialog has its own test) and shows it,
    // waiting until every fresh timeline is on screen.
    long long openCaseFor(const std::string &customer, const std::string &order,
                          const std::string &language = "it")
    {
        SupportCase draft;
        draft.customerId = customer;
        draft.customerLanguage = language;
        draft.subject = "Call about " + order;
        draft.department = "customer-service";
        if (!order.empty()) {
            draft.links = {{"order", order}};
        }
        // The console opens a case it created; wait until its timeline is all on screen.
        long long caseId = 0;
        bool settled = false;
        auto created = QObject::connect(&session->workspace(), &CaseWorkspace::caseCreated,
                                        [&](const SupportCase &item) { caseId = item.id; });
        auto done = QObject::connect(&controller(), &ConsoleController::caseSettled,
                                     [&](long long id) { settled = settled || id == caseId; });
        session->workspace().createCase(draft);
        EXPECT_TRUE(waitUntil([&] { return caseId != 0 && settled; },
                              "the new case's timeline to settle on screen"));
        QObject::disconnect(created);
        QObject::disconnect(done);
        return caseId;
    }

    void showCase(long long caseId)
    {
        bool settled = false;
        auto done = QObject::connect(&controller(), &ConsoleController::caseSettled,
                                     [&](long long id) { settled = settled || id == caseId; });
        controller().openCase(caseId);
        EXPECT_TRUE(waitUntil([&] { return settled; }, "the case's timeline to settle on screen"));
        QObject::disconnect(done);
    }

    QApplication &app = testApplication();
    TempDirectory directory;
    BackofficeServer server;
    HttpTestClient admin;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<ConsoleSession> session;
};

} // namespace caseline::test
