#include "FakeHttpClient.h"

namespace caseline::test {

namespace {

bool endsWith(const std::string &text, const std::string &suffix)
{
    return text.size() >= suffix.size() &&
           text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

} // namespace

QFuture<HttpResult> FakeHttpClient::send(HttpRequest request)
{
    auto promise = std::make_shared<QPromise<HttpResult>>();
    promise->start();
    QFuture<HttpResult> future = promise->future();
    std::optional<HttpResult> immediate;
    {
        const std::lock_guard lock(m_mutex);
        m_requests.push_back(request);
        if (m_held) {
            m_pending.emplace_back(std::move(request), promise);
            return future;
        }
    }
    // Answered outside the lock: continuations run right here and may send more requests.
    promise->addResult(answer(request));
    promise->finish();
    return future;
}

void FakeHttpClient::setResponder(Responder responder)
{
    const std::lock_guard lock(m_mutex);
    m_responder = std::move(responder);
}

void FakeHttpClient::route(const std::string &urlSuffix, HttpResult result)
{
    const std::lock_guard lock(m_mutex);
    m_routes.emplace_back(urlSuffix, std::move(result));
}

void FakeHttpClient::hold(bool held)
{
    const std::lock_guard lock(m_mutex);
    m_held = held;
}

std::size_t FakeHttpClient::answerHeld()
{
    std::vector<std::pair<HttpRequest, std::shared_ptr<QPromise<HttpResult>>>> pending;
    {
        const std::lock_guard lock(m_mutex);
        pending.swap(m_pending);
    }
    for (auto &[request, promise] : pending) {
        promise->addResult(answer(request));
        promise->finish();
    }
    return pending.size();
}

std::vector<HttpRequest> FakeHttpClient::requests() const
{
    const std::lock_guard lock(m_mutex);
    return m_requests;
}

std::size_t FakeHttpClient::pendingCount() const
{
    const std::lock_guard lock(m_mutex);
    return m_pending.size();
}

HttpResult FakeHttpClient::answer(const HttpRequest &request) const
{
    Responder responder;
    {
        const std::lock_guard lock(m_mutex);
        // The latest route wins, so a test can override an earlier answer.
        for (auto route = m_routes.rbegin(); route != m_routes.rend(); ++route) {
            if (endsWith(request.url, route->first)) {
                return route->second;
            }
        }
        responder = m_responder;
    }
    if (responder) {
        return responder(request);
    }
    return failure(HttpError::Kind::HttpStatus, 404);
}

HttpResult FakeHttpClient::json(std::string body, long status)
{
    if (status >= 400) {
        HttpError error = failure(HttpError::Kind::HttpStatus, status).error();
        return error;
    }
    HttpResponse response;
    response.status = status;
    response.contentType = "application/json";
    response.body = std::move(body);
    return response;
}

HttpResult FakeHttpClient::failure(HttpError::Kind kind, long status)
{
    HttpError error;
    error.kind = kind;
    error.status = status;
    error.url = "http://backoffice.test";
    return error;
}

} // namespace caseline::test
