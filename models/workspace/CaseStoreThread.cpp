#include "workspace/CaseStoreThread.h"

#include "store/SchemaMigrations.h"

#include <QMetaObject>

namespace caseline {

CaseStoreThread::CaseStoreThread(StoreAddress address)
    : m_address(std::move(address))
    , m_context(std::make_unique<QObject>())
{
    m_thread.setObjectName(QStringLiteral("case store"));
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

CaseStoreThread::~CaseStoreThread()
{
    shutdown();
}

void CaseStoreThread::shutdown()
{
    if (m_thread.isFinished()) {
        return;
    }
    // The connection belongs to the store thread: close it there, after the queued work.
    post([this] { m_db.reset(); });
    QMetaObject::invokeMethod(
        m_context.get(), [this] { m_thread.quit(); }, Qt::QueuedConnection);
    m_thread.wait();
}

void CaseStoreThread::post(std::function<void()> task)
{
    QMetaObject::invokeMethod(m_context.get(), std::move(task), Qt::QueuedConnection);
}

CaseDatabase &CaseStoreThread::database()
{
    if (!m_db) {
        auto db = std::make_unique<CaseDatabase>(m_address);
        SchemaMigrations::migrate(*db);
        m_db = std::move(db);
    }
    return *m_db;
}

} // namespace caseline
