#include "backoffice/CurlTransport.h"

#include "backoffice/CurlTransfer.h"

#include <QLoggingCategory>
#include <QPromise>
#include <QUrl>
#include <algorithm>
#include <new>

namespace caseline {

namespace {

// Quiet unless enabled (QT_LOGGING_RULES="caseline.transport.debug=true"): failures reach the
// agent through the result, not the log.
Q_LOGGING_CATEGORY(transportLog, "caseline.transport", QtWarningMsg)

// How long the poll may sleep when nothing is scheduled; libcurl shortens it for its own
// timeouts and curl_multi_wakeup() ends it when a request arrives.
constexpr int idlePollMs = 60000;

// For logs: scheme, host, port and path. Queries are left out (they may carry e-mail
// addresses and phone numbers from a search); headers, and so bearer tokens, are never logged.
QString loggable(const std::string &url)
{
    return QUrl(QString::fromStdString(url))
        .adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString();
}

HttpError cancelledError(const std::string &url, int attempts)
{
    HttpError error;
    error.kind = HttpError::Kind::Cancelled;
    error.url = url;
    error.attempts = attempts;
    return error;
}

} // namespace

struct CurlTransport::Job
{
    HttpRequest request;
    QPromise<HttpResult> promise;
    int attempts = 0;
    std::unique_ptr<CurlTransfer> transfer;
};

CurlTransport::CurlTransport(QObject *parent)
    : CurlTransport(Options{}, parent)
{
}

CurlTransport::CurlTransport(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    // libcurl's global state must be set up once, before any handle exists on any thread.
    static std::once_flag curlReady;
    std::call_once(curlReady, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    m_multi = curl_multi_init();
    if (!m_multi) {
        throw std::bad_alloc();
    }
    curl_multi_setopt(m_multi, CURLMOPT_MAX_HOST_CONNECTIONS, m_options.maxHostConnections);
    curl_multi_setopt(m_multi, CURLMOPT_MAXCONNECTS, m_options.maxCachedConnections);
    m_worker = std::thread([this] { run(); });
}

CurlTransport::~CurlTransport()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    curl_multi_wakeup(m_multi);
    m_worker.join();
    curl_multi_cleanup(m_multi);
}

QFuture<HttpResult> CurlTransport::send(HttpRequest request)
{
    auto job = std::make_unique<Job>();
    job->request = std::move(request);
    job->promise.start();
    QFuture<HttpResult> future = job->promise.future();
    {
        const std::lock_guard lock(m_mutex);
        if (!m_stopping) {
            m_incoming.push_back(std::move(job));
        }
    }
    if (job) {
        // Shutting down: the worker no longer takes requests.
        HttpError cancelled = cancelledError(job->request.url, 0);
        finish(std::move(job), std::move(cancelled));
        return future;
    }
    curl_multi_wakeup(m_multi);
    return future;
}

void CurlTransport::run()
{
    for (;;) {
        std::vector<std::unique_ptr<Job>> incoming;
        bool stopping = false;
        {
            const std::lock_guard lock(m_mutex);
            incoming.swap(m_incoming);
            stopping = m_stopping;
        }
        if (stopping) {
            // send() refuses new work once m_stopping is set, so nothing arrives after this.
            for (auto &job : incoming) {
                m_waiting.emplace(Clock::now(), std::move(job));
            }
            break;
        }
        for (auto &job : incoming) {
            startTry(std::move(job));
        }
        dropCancelledJobs();
        startDueRetries();
        int running = 0;
        curl_multi_perform(m_multi, &running);
        collectFinished();
        if (curl_multi_poll(m_multi, nullptr, 0, pollTimeoutMs(), nullptr) != CURLM_OK) {
            // Should never happen; pausing keeps a broken poll from turning into a busy loop.
            qCWarning(transportLog) << "curl_multi_poll failed";
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    }
    cancelEverything();
}

void CurlTransport::startTry(std::unique_ptr<Job> job)
{
    ++job->attempts;
    job->transfer = std::make_unique<CurlTransfer>(job->request, m_options.caBundle);
    CURL *easy = job->transfer->handle();
    if (!easy || curl_multi_add_handle(m_multi, easy) != CURLM_OK) {
        HttpResult failed = job->transfer->result(CURLE_FAILED_INIT, job->attempts);
        finish(std::move(job), std::move(failed));
        return;
    }
    m_running.emplace(easy, std::move(job));
}

void CurlTransport::collectFinished()
{
    int queued = 0;
    while (CURLMsg *message = curl_multi_info_read(m_multi, &queued)) {
        if (message->msg != CURLMSG_DONE) {
            continue;
        }
        // The message is freed by curl_multi_remove_handle(): copy what is needed first.
        CURL *easy = message->easy_handle;
        const CURLcode code = message->data.result;
        const auto found = m_running.find(easy);
        if (found == m_running.end()) {
            continue;
        }
        std::unique_ptr<Job> job = std::move(found->second);
        m_running.erase(found);
        curl_multi_remove_handle(m_multi, easy);
        m_connectionsOpened += job->transfer->connectionsOpened();
        HttpResult result = job->transfer->result(code, job->attempts);
        job->transfer.reset();

        if (!result.ok() && !CurlTransfer::isPermanent(code) && !job->promise.isCanceled() &&
            m_options.retryPolicy.shouldRetry(job->request, result.error(), job->attempts)) {
            const auto wait = m_options.retryPolicy.delay(job->attempts);
            qCDebug(transportLog) << job->request.method.c_str() << loggable(job->request.url)
                                  << "try" << job->attempts
                                  << "failed:" << result.error().technical.c_str()
                                  << "- next try in" << wait.count() << "ms";
            m_waiting.emplace(Clock::now() + wait, std::move(job));
            continue;
        }
        finish(std::move(job), std::move(result));
    }
}

void CurlTransport::startDueRetries()
{
    const auto now = Clock::now();
    while (!m_waiting.empty() && m_waiting.begin()->first <= now) {
        std::unique_ptr<Job> job = std::move(m_waiting.begin()->second);
        m_waiting.erase(m_waiting.begin());
        startTry(std::move(job));
    }
}

void CurlTransport::dropCancelledJobs()
{
    // A caller cancelled the future (e.g. the case was closed): free the connection it holds.
    for (auto it = m_running.begin(); it != m_running.end();) {
        if (!it->second->promise.isCanceled()) {
            ++it;
            continue;
        }
        curl_multi_remove_handle(m_multi, it->first);
        std::unique_ptr<Job> job = std::move(it->second);
        it = m_running.erase(it);
        HttpError error = cancelledError(job->request.url, job->attempts);
        finish(std::move(job), std::move(error));
    }
    for (auto it = m_waiting.begin(); it != m_waiting.end();) {
        if (!it->second->promise.isCanceled()) {
            ++it;
            continue;
        }
        std::unique_ptr<Job> job = std::move(it->second);
        it = m_waiting.erase(it);
        HttpError error = cancelledError(job->request.url, job->attempts);
        finish(std::move(job), std::move(error));
    }
}

int CurlTransport::pollTimeoutMs() const
{
    if (m_waiting.empty()) {
        return idlePollMs;
    }
    const auto until = m_waiting.begin()->first - Clock::now();
    // Rounded up, so the loop does not wake a moment early and spin until the retry is due.
    const auto ms = std::chrono::ceil<std::chrono::milliseconds>(until).count();
    return int(std::clamp<long long>(ms, 0, idlePollMs));
}

void CurlTransport::finish(std::unique_ptr<Job> job, HttpResult result)
{
    if (!result.ok() && result.error().kind != HttpError::Kind::Cancelled) {
        qCInfo(transportLog) << job->request.method.c_str() << loggable(job->request.url)
                             << "failed, tries:" << job->attempts << "-"
                             << result.error().technical.c_str();
    }
    job->transfer.reset();
    job->promise.addResult(std::move(result));
    job->promise.finish();
}

void CurlTransport::cancelEverything()
{
    for (auto &[easy, job] : m_running) {
        curl_multi_remove_handle(m_multi, easy);
        m_waiting.emplace(Clock::now(), std::move(job));
    }
    m_running.clear();
    for (auto &[due, job] : m_waiting) {
        HttpError error = cancelledError(job->request.url, job->attempts);
        finish(std::move(job), std::move(error));
    }
    m_waiting.clear();
}

} // namespace caseline
