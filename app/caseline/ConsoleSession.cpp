#include "ConsoleSession.h"

#include "ConsoleController.h"
#include "MainWindow.h"
#include "workspace/BackofficeSession.h"
#include "workspace/CaseActionDesk.h"
#include "workspace/CaseStoreThread.h"
#include "workspace/CaseWorkspace.h"

namespace caseline {

ConsoleSession::ConsoleSession(MainWindow &window, BackofficeConfig config, StoreAddress store,
                               std::string actor)
    : m_backoffice(std::make_unique<BackofficeSession>(std::move(config), m_clock))
    , m_store(std::make_unique<CaseStoreThread>(store))
    , m_workspace(std::make_unique<CaseWorkspace>(*m_store, *m_backoffice, actor))
    , m_desk(std::make_unique<CaseActionDesk>(*m_store, *m_backoffice, actor))
    , m_controller(std::make_unique<ConsoleController>(window, *m_workspace, *m_desk, m_clock))
{
}

// The controller goes first (it listens to the others), the store thread after everything
// that queues work on it.
ConsoleSession::~ConsoleSession()
{
    m_controller.reset();
    m_desk.reset();
    m_workspace.reset();
    m_store.reset();
}

} // namespace caseline
