#pragma once

#include "store/CaseDatabase.h"
#include "store/StoreAddress.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThread>
#include <exception>
#include <memory>
#include <type_traits>

namespace caseline {

// The console's one thread for the case store: every SQL statement the console runs goes
// through run(), so the GUI thread never waits on a disk or a PostgreSQL round trip, and the
// store connection stays in the thread that opened it (Qt SQL connections must not cross
// threads). The connection is opened, and the schema migrated, by the first piece of work.
//
// run() returns at once; the future carries the work's result or the exception it threw
// (StoreError, ActionError...). Work runs in submission order.
class CaseStoreThread
{
public:
    explicit CaseStoreThread(StoreAddress address);
    ~CaseStoreThread(); // shutdown()
    // Finishes the queued work, closes the connection in its thread and stops the thread. Their
    // answers are posted to the objects that asked, so those must still exist (Qt 6.4's
    // QFuture::then(context) requires a live context when the work ends).
    void shutdown();
    CaseStoreThread(const CaseStoreThread &) = delete;
    CaseStoreThread &operator=(const CaseStoreThread &) = delete;

    template<typename Work>
    auto run(Work work) -> QFuture<std::invoke_result_t<Work, CaseDatabase &>>
    {
        using Result = std::invoke_result_t<Work, CaseDatabase &>;
        auto promise = std::make_shared<QPromise<Result>>();
        QFuture<Result> future = promise->future();
        promise->start();
        post([this, promise, work = std::move(work)]() mutable {
            try {
                CaseDatabase &db = database();
                if constexpr (std::is_void_v<Result>) {
                    work(db);
                } else {
                    promise->addResult(work(db));
                }
            } catch (...) {
                promise->setException(std::current_exception());
            }
            promise->finish();
        });
        return future;
    }

    const StoreAddress &address() const { return m_address; }

private:
    void post(std::function<void()> task);
    CaseDatabase &database(); // only called in the store thread

    StoreAddress m_address;
    QThread m_thread;
    std::unique_ptr<QObject> m_context; // lives in m_thread; queued tasks run in its context
    std::unique_ptr<CaseDatabase> m_db; // created and destroyed in m_thread
};

} // namespace caseline
