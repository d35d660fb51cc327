#include "ConsoleSession.h"

#include "ConsoleController.h"
#include "MainWindow.h"
#include "SupervisorConsole.h"
#include "workspace/BackofficeSession.h"
#include "workspace/CaseActionDesk.h"
#include "workspace/CaseEditor.h"
#include "workspace/CaseStoreThread.h"
#include "workspace/CaseWorkspace.h"
#include "workspace/StoreChangeWatcher.h"

#include <QAction>

namespace caseline {

ConsoleSession::ConsoleSession(MainWindow &window, BackofficeConfig config, StoreAddress store,
                               std::string actor)
    : m_backoffice(std::make_unique<BackofficeSession>(std::move(config), m_clock))
    , m_store(std::make_unique<CaseStoreThread>(store))
    , m_workspace(std::make_unique<CaseWorkspace>(*m_store, *m_backoffice, actor))
    , m_desk(std::make_unique<CaseActionDesk>(*m_store, *m_backoffice, actor))
    , m_editor(std::make_unique<CaseEditor>(*m_store, m_clock, actor))
    , m_watcher(std::make_unique<StoreChangeWatcher>(*m_store, m_clock))
    , m_controller(std::make_unique<ConsoleController>(window, *m_workspace, *m_desk, m_clock))
{
    m_controller->followChanges(*m_watcher, *m_editor);
    m_supervisor = std::make_unique<SupervisorConsole>(window, *m_controller, *m_store, *m_watcher,
                                                       m_clock, actor);
    QObject::connect(m_workspace.get(), &CaseWorkspace::ready, &window, [this, &window] {
        window.dashboardAction()->setEnabled(m_workspace->mayViewDashboard());
    });
    // Follow from when the store is open, so this console's own start-up is not news to it.
    QObject::connect(m_workspace.get(), &CaseWorkspace::ready, m_watcher.get(),
                     &StoreChangeWatcher::start, Qt::SingleShotConnection);
}

// Work still under way ends first, while everyone who asked for it still exists (Qt 6.4's
// QFuture::then(context) needs a live context when the work ends); its answers are posted and
// dropped with their receivers. Then the controller (it listens to the others) and the rest.
ConsoleSession::~ConsoleSession()
{
    m_desk->shutdown();
    m_backoffice->shutdown();
    m_store->shutdown();
    m_supervisor.reset();
    m_controller.reset();
    m_watcher.reset();
    m_editor.reset();
    m_desk.reset();
    m_workspace.reset();
    m_store.reset();
}

} // namespace caseline
