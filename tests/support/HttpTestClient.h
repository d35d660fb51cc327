#pragma once

#include "HttpResponse.h"

#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

namespace caseline::test {

// A small synchronous HTTP client for tests. One libcurl easy handle is reused for every
// request, so consecutive requests share a keep-alive connection. Not thread-safe: give each
// thread its own client.
class HttpTestClient
{
public:
    using Headers = std::map<std::string, std::string>;

    // baseUrl such as "http://127.0.0.1:40123" (no trailing slash needed); paths are appended.
    explicit HttpTestClient(std::string baseUrl, long timeoutMs = 30000);
    ~HttpTestClient();
    HttpTestClient(const HttpTestClient &) = delete;
    HttpTestClient &operator=(const HttpTestClient &) = delete;
    HttpTestClient(HttpTestClient &&) noexcept;
    HttpTestClient &operator=(HttpTestClient &&) noexcept;

    HttpResponse get(const std::string &path, const Headers &headers = {});
    // Sends Content-Type: application/json unless the headers name another one.
    HttpResponse post(const std::string &path, const std::string &body,
                      const Headers &headers = {});
    HttpResponse postJson(const std::string &path, const nlohmann::json &body,
                          const Headers &headers = {});
    HttpResponse del(const std::string &path, const Headers &headers = {});
    // Sends exactly the given headers (a header whose value is "" is suppressed, e.g.
    // {"Content-Type", ""} sends none). A non-empty body is sent as the request body.
    HttpResponse request(const std::string &method, const std::string &path,
                         const std::string &body, const Headers &headers = {});

    // Headers added to every request (e.g. Authorization); per-request headers override them.
    void setDefaultHeader(const std::string &name, const std::string &value);
    void clearDefaultHeaders();

    void setTimeoutMs(long timeoutMs);
    long timeoutMs() const { return m_timeoutMs; }
    void setBaseUrl(std::string baseUrl);
    const std::string &baseUrl() const { return m_baseUrl; }

    // A fresh Idempotency-Key, unique within the process ("prefix-<pid>-<counter>-<random>").
    static std::string uniqueKey(const std::string &prefix = "test");

private:
    struct Handle;

    std::string m_baseUrl;
    long m_timeoutMs;
    Headers m_defaultHeaders;
    std::unique_ptr<Handle> m_handle;
};

} // namespace caseline::test
