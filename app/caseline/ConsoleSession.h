#pragma once

#include "backoffice/BackofficeConfig.h"
#include "domain/SystemClock.h"
#include "store/StoreAddress.h"

#include <memory>
#include <string>

namespace caseline {

class BackofficeSession;
class CaseActionDesk;
class CaseEditor;
class CaseStoreThread;
class CaseWorkspace;
class ConsoleController;
class MainWindow;
class StoreChangeWatcher;
class SupervisorConsole;

// Everything the console runs on once it knows its back-office and its store: the clock, the
// back-office session, the store thread, the workspace, the action desk and the controller
// that wires them to the window. Made when the configuration is known (at once, after the
// first-run dialog, or when the demo back-office is up); destroyed in the right order.
class ConsoleSession
{
public:
    ConsoleSession(MainWindow &window, BackofficeConfig config, StoreAddress store,
                   std::string actor);
    ~ConsoleSession();
    ConsoleSession(const ConsoleSession &) = delete;
    ConsoleSession &operator=(const ConsoleSession &) = delete;

    ConsoleController &controller() { return *m_controller; }
    CaseWorkspace &workspace() { return *m_workspace; }
    CaseActionDesk &desk() { return *m_desk; }
    CaseStoreThread &store() { return *m_store; }
    StoreChangeWatcher &watcher() { return *m_watcher; }
    SupervisorConsole &supervisor() { return *m_supervisor; }
    const Clock &clock() const { return m_clock; }

private:
    SystemClock m_clock;
    std::unique_ptr<BackofficeSession> m_backoffice;
    std::unique_ptr<CaseStoreThread> m_store;
    std::unique_ptr<CaseWorkspace> m_workspace;
    std::unique_ptr<CaseActionDesk> m_desk;
    std::unique_ptr<CaseEditor> m_editor;
    std::unique_ptr<StoreChangeWatcher> m_watcher;
    std::unique_ptr<ConsoleController> m_controller;
    std::unique_ptr<SupervisorConsole> m_supervisor;
};

} // namespace caseline
