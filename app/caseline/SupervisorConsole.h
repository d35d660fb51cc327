#pragma once

#include "SupervisorDashboard.h"

#include <QObject>
#include <QPointer>
#include <string>

namespace caseline {

class CaseStoreThread;
class Clock;
class ConsoleController;
class DashboardFeed;
class MainWindow;
class StoreChangeWatcher;
class SupervisorDesk;

// The supervisor's side of the console: the dashboard window fed live from the store (every
// change any console makes refreshes it), bulk reassignment and refund approvals through the
// SupervisorDesk, and a double-click on a case opens it in the main window. The store decides
// who may: the dashboard's reads and every action are checked (and refusals audited) there.
class SupervisorConsole : public QObject
{
    Q_OBJECT

public:
    SupervisorConsole(MainWindow &window, ConsoleController &controller, CaseStoreThread &store,
                      StoreChangeWatcher &watcher, const Clock &clock, const std::string &actor,
                      QObject *parent = nullptr);
    ~SupervisorConsole() override;

    void showDashboard();
    SupervisorDashboard *dashboard() const { return m_dashboard; }
    DashboardFeed &feed() { return *m_feed; }
    SupervisorDesk &desk() { return *m_desk; }

private:
    void connectDesk();

    MainWindow &m_window;
    ConsoleController &m_controller;
    DashboardFeed *m_feed = nullptr;
    SupervisorDesk *m_desk = nullptr;
    QPointer<SupervisorDashboard> m_dashboard;
};

} // namespace caseline
