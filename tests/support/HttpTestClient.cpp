#include "HttpTestClient.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <random>
#include <stdexcept>
#include <unistd.h>

namespace caseline::test {

namespace {

std::string lowerCase(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::string trim(const std::string &text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) {
        return {};
    }
    const auto last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

void initialiseCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
            throw std::runtime_error("curl_global_init failed");
        }
    });
}

size_t appendBody(char *data, size_t size, size_t count, void *user)
{
    auto *response = static_cast<HttpResponse *>(user);
    response->body.append(data, size * count);
    return size * count;
}

size_t collectHeader(char *data, size_t size, size_t count, void *user)
{
    auto *response = static_cast<HttpResponse *>(user);
    const std::string line(data, size * count);
    if (line.rfind("HTTP/", 0) == 0) {
        // A new status line (after "100 Continue" or a redirect) starts a new header set.
        response->headers.clear();
        return size * count;
    }
    const auto colon = line.find(':');
    if (colon != std::string::npos) {
        response->headers[lowerCase(trim(line.substr(0, colon)))] = trim(line.substr(colon + 1));
    }
    return size * count;
}

} // namespace

struct HttpTestClient::Handle
{
    CURL *curl = nullptr;
    char errorBuffer[CURL_ERROR_SIZE] = {};

    Handle()
    {
        initialiseCurlOnce();
        curl = curl_easy_init();
        if (!curl) {
            throw std::runtime_error("curl_easy_init failed");
        }
    }
    ~Handle() { curl_easy_cleanup(curl); }
    Handle(const Handle &) = delete;
    Handle &operator=(const Handle &) = delete;
};

HttpTestClient::HttpTestClient(std::string baseUrl, long timeoutMs)
    : m_baseUrl(std::move(baseUrl))
    , m_timeoutMs(timeoutMs)
    , m_handle(std::make_unique<Handle>())
{
    while (!m_baseUrl.empty() && m_baseUrl.back() == '/') {
        m_baseUrl.pop_back();
    }
}

HttpTestClient::~HttpTestClient() = default;
HttpTestClient::HttpTestClient(HttpTestClient &&) noexcept = default;
HttpTestClient &HttpTestClient::operator=(HttpTestClient &&) noexcept = default;

void HttpTestClient::setTimeoutMs(long timeoutMs)
{
    m_timeoutMs = timeoutMs;
}

void HttpTestClient::setBaseUrl(std::string baseUrl)
{
    m_baseUrl = std::move(baseUrl);
    while (!m_baseUrl.empty() && m_baseUrl.back() == '/') {
        m_baseUrl.pop_back();
    }
}

void HttpTestClient::setDefaultHeader(const std::string &name, const std::string &value)
{
    m_defaultHeaders[name] = value;
}

void HttpTestClient::clearDefaultHeaders()
{
    m_defaultHeaders.clear();
}

HttpResponse HttpTestClient::get(const std::string &path, const Headers &headers)
{
    return request("GET", path, {}, headers);
}

HttpResponse HttpTestClient::post(const std::string &path, const std::string &body,
                                  const Headers &headers)
{
    Headers all = headers;
    const bool hasContentType = std::any_of(all.begin(), all.end(), [](const auto &entry) {
        return lowerCase(entry.first) == "content-type";
    });
    if (!hasContentType) {
        all["Content-Type"] = "application/json";
    }
    return request("POST", path, body, all);
}

HttpResponse HttpTestClient::postJson(const std::string &path, const nlohmann::json &body,
                                      const Headers &headers)
{
    return post(path, body.dump(), headers);
}

HttpResponse HttpTestClient::del(const std::string &path, const Headers &headers)
{
    return request("DELETE", path, {}, headers);
}

HttpResponse HttpTestClient::request(const std::string &method, const std::string &path,
                                     const std::string &body, const Headers &headers)
{
    CURL *curl = m_handle->curl;
    HttpResponse response;
    const std::string url = m_baseUrl + path;

    // Merge default and per-request headers; names compare case-insensitively.
    std::map<std::string, std::pair<std::string, std::string>> merged;
    for (const auto &[name, value] : m_defaultHeaders) {
        merged[lowerCase(name)] = {name, value};
    }
    for (const auto &[name, value] : headers) {
        merged[lowerCase(name)] = {name, value};
    }
    if (merged.find("expect") == merged.end()) {
        // No "Expect: 100-continue" round trip for larger bodies: the server answers directly.
        merged["expect"] = {"Expect", ""};
    }
    if (merged.find("content-type") == merged.end()) {
        // curl would otherwise label a body application/x-www-form-urlencoded on its own.
        merged["content-type"] = {"Content-Type", ""};
    }
    curl_slist *headerList = nullptr;
    for (const auto &[lower, entry] : merged) {
        const std::string line =
            entry.second.empty() ? entry.first + ":" : entry.first + ": " + entry.second;
        headerList = curl_slist_append(headerList, line.c_str());
    }

    m_handle->errorBuffer[0] = '\0';
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_PROXY, "");
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, m_timeoutMs);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, std::min(m_timeoutMs, 10000L));
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, m_handle->errorBuffer);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &appendBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &response);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, &collectHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &response);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headerList);

    // Reset whatever the previous request left on the handle.
    curl_easy_setopt(curl, CURLOPT_NOBODY, 0L);
    curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, nullptr);
    curl_easy_setopt(curl, CURLOPT_HTTPGET, 1L);
    if (method == "HEAD") {
        curl_easy_setopt(curl, CURLOPT_NOBODY, 1L);
    } else if (!body.empty() || method == "POST" || method == "PUT" || method == "PATCH") {
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.data());
        if (method != "POST") {
            curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, method.c_str());
        }
    } else if (method != "GET") {
        curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, method.c_str());
    }

    response.curlCode = curl_easy_perform(curl);
    curl_slist_free_all(headerList);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, nullptr);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, nullptr);
    curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, nullptr);

    if (response.curlCode != CURLE_OK) {
        response.error = m_handle->errorBuffer[0] != '\0'
                             ? std::string(m_handle->errorBuffer)
                             : std::string(curl_easy_strerror(response.curlCode));
        response.status = 0;
        return response;
    }
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response.status);
    response.contentType = response.header("content-type");
    return response;
}

std::string HttpTestClient::uniqueKey(const std::string &prefix)
{
    static std::atomic<unsigned long long> counter{0};
    static const unsigned long long salt = [] {
        std::random_device device;
        return (static_cast<unsigned long long>(device()) << 32) ^ device() ^
               static_cast<unsigned long long>(
                   std::chrono::steady_clock::now().time_since_epoch().count());
    }();
    char suffix[17];
    std::snprintf(suffix, sizeof suffix, "%016llx", salt);
    return prefix + "-" + std::to_string(::getpid()) + "-" + std::to_string(++counter) + "-" +
           suffix;
}

} // namespace caseline::test
