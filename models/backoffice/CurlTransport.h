#pragma once

#include "backoffice/HttpClient.h"
#include "backoffice/RetryPolicy.h"

#include <QObject>
#include <atomic>
#include <chrono>
#include <curl/curl.h>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace caseline {

// The HTTP transport of every connector: one worker thread drives one libcurl multi handle, so
// all requests share its connection cache (keep-alive, reuse per host) and its DNS cache.
// send() may be called from any thread and returns at once; the future is fulfilled on the
// worker. Failed tries are retried under a RetryPolicy; the wait between tries is scheduled
// in the worker's poll loop, so other transfers keep running meanwhile.
class CurlTransport : public QObject, public HttpClient
{
    Q_OBJECT

public:
    struct Options
    {
        std::string caBundle; // PEM file of trusted CAs; empty = the system store
        // Parallel connections per host; more requests queue. A single reference back-office
        // serves all five systems from one host, and a console keeps several timelines in
        // flight (five requests each).
        long maxHostConnections = 48;
        long maxCachedConnections = 64;
        RetryPolicy retryPolicy;
    };

    explicit CurlTransport(QObject *parent = nullptr);
    explicit CurlTransport(Options options, QObject *parent = nullptr);
    // Fails whatever is still pending with Kind::Cancelled and joins the worker.
    ~CurlTransport() override;
    CurlTransport(const CurlTransport &) = delete;
    CurlTransport &operator=(const CurlTransport &) = delete;

    QFuture<HttpResult> send(HttpRequest request) override;

    // Connections opened since construction (lower than the number of tries when they are
    // reused).
    long connectionsOpened() const { return m_connectionsOpened.load(); }

private:
    struct Job;
    using Clock = std::chrono::steady_clock;

    void run();
    void startTry(std::unique_ptr<Job> job);
    void collectFinished();
    void startDueRetries();
    void dropCancelledJobs();
    void finish(std::unique_ptr<Job> job, HttpResult result);
    int pollTimeoutMs() const;
    void cancelEverything();

    const Options m_options;
    CURLM *m_multi = nullptr;
    std::atomic<long> m_connectionsOpened{0};

    // Shared between send() and the worker.
    std::mutex m_mutex;
    std::vector<std::unique_ptr<Job>> m_incoming;
    bool m_stopping = false;

    // Worker thread only.
    std::map<CURL *, std::unique_ptr<Job>> m_running;
    std::multimap<Clock::time_point, std::unique_ptr<Job>> m_waiting;

    std::thread m_worker;
};

} // namespace caseline
