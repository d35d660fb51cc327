#include "OutboxDelivery.h"

#include "actions/OutboxSender.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

namespace caseline::cli {

OutboxDelivery::OutboxDelivery(const StoreAddress &store, const BackofficeConfig &config,
                               HttpClient &http, const Clock &clock)
    : m_store(store)
    , m_config(config)
    , m_http(http)
    , m_clock(clock)
{
}

OutboxDelivery::Report OutboxDelivery::run(std::optional<long long> entryId,
                                           std::chrono::seconds timeout, OutboxPolicy policy)
{
    Report report;
    policy.pollInterval = std::chrono::milliseconds(200);
    OutboxSender sender(m_store, m_config, m_http, m_clock, policy);
    QEventLoop loop;
    const auto done = [&] {
        report.finished = true;
        loop.quit();
    };
    QObject::connect(&sender, &OutboxSender::delivered, [&](long long id, long long) {
        ++report.delivered;
        if (entryId && id == *entryId) {
            done();
        }
    });
    QObject::connect(
        &sender, &OutboxSender::failed, [&](long long id, long long, const QString &reason) {
            ++report.failed;
            report.problems.push_back("entry " + std::to_string(id) + ": " + reason.toStdString());
            if (entryId && id == *entryId) {
                done();
            }
        });
    QObject::connect(&sender, &OutboxSender::drained, [&] { done(); });
    QObject::connect(&sender, &OutboxSender::storeProblem, [&](const QString &reason) {
        report.problems.push_back(reason.toStdString());
    });
    QTimer::singleShot(std::chrono::duration_cast<std::chrono::milliseconds>(timeout), &loop,
                       &QEventLoop::quit);
    QTimer::singleShot(0, &sender, &OutboxSender::start);
    loop.exec();
    sender.stop();
    // Answers still on their way are not waited for: the lease runs out and the entry is sent
    // again, with the same key, by the next run.
    return report;
}

} // namespace caseline::cli
