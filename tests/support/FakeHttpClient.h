#pragma once

#include "backoffice/HttpClient.h"

#include <QPromise>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace caseline::test {

// An HttpClient for unit tests: no network. Answers come from a responder (by default 404);
// while held, requests stay pending until answerHeld(), so a test can see which requests were
// started before any answer arrived. Thread-safe.
class FakeHttpClient : public HttpClient
{
public:
    using Responder = std::function<HttpResult(const HttpRequest &)>;

    QFuture<HttpResult> send(HttpRequest request) override;

    void setResponder(Responder responder);
    // Answers GET <url> (without the base) with this body; other URLs fall to the responder.
    void route(const std::string &urlSuffix, HttpResult result);
    void hold(bool held);
    // Answers every request pending now (not those its answers cause); returns how many.
    std::size_t answerHeld();

    std::vector<HttpRequest> requests() const;
    std::size_t pendingCount() const;

    static HttpResult json(std::string body, long status = 200);
    static HttpResult failure(HttpError::Kind kind, long status = 0);

private:
    HttpResult answer(const HttpRequest &request) const;

    mutable std::mutex m_mutex;
    Responder m_responder;
    std::vector<std::pair<std::string, HttpResult>> m_routes;
    bool m_held = false;
    std::vector<HttpRequest> m_requests;
    std::vector<std::pair<HttpRequest, std::shared_ptr<QPromise<HttpResult>>>> m_pending;
};

} // namespace caseline::test
