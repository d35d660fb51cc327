#include "WaitUntil.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTimer>

namespace caseline::test {

::testing::AssertionResult waitUntil(const std::function<bool()> &done, std::string_view awaited,
                                     std::chrono::milliseconds limit)
{
    if (done()) {
        return ::testing::AssertionSuccess();
    }
    // Not QTest::qWaitFor: it sleeps 10 ms between its passes, which the benchmarks would
    // measure. A blocking pass wakes at the first event; the heartbeat wakes it for what no
    // event announces (a future or a flag another thread completes) and for the deadline.
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.start(2);
    const QDeadlineTimer deadline(limit, Qt::PreciseTimer);
    while (!done()) {
        if (deadline.hasExpired()) {
            return ::testing::AssertionFailure()
                   << "gave up after " << limit.count() << " ms waiting for " << awaited;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return ::testing::AssertionSuccess();
}

} // namespace caseline::test
