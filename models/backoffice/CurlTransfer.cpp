#include "backoffice/CurlTransfer.h"

#include "backoffice/RetryPolicy.h"

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>

namespace caseline {

namespace {

const char *const userAgent = "caseline/" CASELINE_VERSION;

std::string lowerCase(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::string trimmed(const std::string &text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) {
        return {};
    }
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

bool hasHeader(const HttpRequest &request, const std::string &name)
{
    return std::any_of(request.headers.begin(), request.headers.end(),
                       [&](const auto &header) { return lowerCase(header.first) == name; });
}

HttpError::Kind kindFor(CURLcode code)
{
    switch (code) {
    case CURLE_OPERATION_TIMEDOUT:
        return HttpError::Kind::Timeout;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_ENGINE_INITFAILED:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_SHUTDOWN_FAILED:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_CLIENTCERT:
    case CURLE_USE_SSL_FAILED:
        return HttpError::Kind::Tls;
    case CURLE_BAD_CONTENT_ENCODING:
    case CURLE_WEIRD_SERVER_REPLY:
        // Something answered, but not in HTTP (or a broken gzip stream).
        return HttpError::Kind::MalformedPayload;
    case CURLE_ABORTED_BY_CALLBACK:
        return HttpError::Kind::Cancelled;
    default:
        // Refused, reset, dropped, nothing received, truncated, name not resolved.
        return HttpError::Kind::Connection;
    }
}

// Fills the problem fields from an application/problem+json body; other bodies are left alone.
void readProblem(const std::string &contentType, const std::string &body, HttpError &error)
{
    if (lowerCase(contentType).find("json") == std::string::npos) {
        return;
    }
    const nlohmann::json problem = nlohmann::json::parse(body, nullptr, false);
    if (!problem.is_object()) {
        return;
    }
    const auto text = [&](const char *name) {
        const auto it = problem.find(name);
        return it != problem.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    error.problemTitle = text("title");
    error.problemDetail = text("detail");
    error.field = text("field");
    const std::string type = text("type");
    if (!type.empty()) {
        error.technical += " " + type;
    }
}

} // namespace

CurlTransfer::CurlTransfer(const HttpRequest &request, const std::string &caBundle)
    : m_easy(curl_easy_init())
    , m_url(request.url)
    , m_connectTimeoutMs(long(request.connectTimeout.count()))
    , m_totalTimeoutMs(long(request.totalTimeout.count()))
{
    if (m_easy) {
        configure(request, caBundle);
    }
}

CurlTransfer::~CurlTransfer()
{
    if (m_easy) {
        curl_easy_cleanup(m_easy);
    }
    curl_slist_free_all(m_headerList);
}

void CurlTransfer::configure(const HttpRequest &request, const std::string &caBundle)
{
    curl_easy_setopt(m_easy, CURLOPT_URL, request.url.c_str());
    curl_easy_setopt(m_easy, CURLOPT_PROTOCOLS_STR, "http,https");
    // Signals are not thread-safe; timeouts are enforced by the multi handle instead.
    curl_easy_setopt(m_easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(m_easy, CURLOPT_USERAGENT, userAgent);
    curl_easy_setopt(m_easy, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(m_easy, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(m_easy, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!caBundle.empty()) {
        curl_easy_setopt(m_easy, CURLOPT_CAINFO, caBundle.c_str());
    }
    if (request.connectTimeout.count() > 0) {
        curl_easy_setopt(m_easy, CURLOPT_CONNECTTIMEOUT_MS, m_connectTimeoutMs);
    }
    if (request.totalTimeout.count() > 0) {
        curl_easy_setopt(m_easy, CURLOPT_TIMEOUT_MS, m_totalTimeoutMs);
    }
    curl_easy_setopt(m_easy, CURLOPT_ERRORBUFFER, m_errorBuffer);
    curl_easy_setopt(m_easy, CURLOPT_WRITEFUNCTION, &CurlTransfer::onBody);
    curl_easy_setopt(m_easy, CURLOPT_WRITEDATA, this);
    curl_easy_setopt(m_easy, CURLOPT_HEADERFUNCTION, &CurlTransfer::onHeader);
    curl_easy_setopt(m_easy, CURLOPT_HEADERDATA, this);

    if (request.method == "GET") {
        curl_easy_setopt(m_easy, CURLOPT_HTTPGET, 1L);
    } else if (request.method == "HEAD") {
        curl_easy_setopt(m_easy, CURLOPT_NOBODY, 1L);
    } else {
        if (request.method != "POST") {
            curl_easy_setopt(m_easy, CURLOPT_CUSTOMREQUEST, request.method.c_str());
        }
        if (request.method == "POST" || !request.body.empty()) {
            curl_easy_setopt(m_easy, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.size()));
            curl_easy_setopt(m_easy, CURLOPT_COPYPOSTFIELDS, request.body.c_str());
        }
    }
    if (!RetryPolicy::isRead(request.method) && request.idempotencyKey.empty()) {
        // libcurl silently sends a request again when a reused connection turns out to have been
        // closed; a write without a key must never reach the server twice.
        curl_easy_setopt(m_easy, CURLOPT_FRESH_CONNECT, 1L);
    }

    for (const auto &[name, value] : request.headers) {
        m_headerList = curl_slist_append(m_headerList, (name + ": " + value).c_str());
    }
    if (!request.body.empty() && !hasHeader(request, "content-type")) {
        m_headerList = curl_slist_append(m_headerList, "Content-Type: application/json");
    }
    if (!hasHeader(request, "accept")) {
        m_headerList =
            curl_slist_append(m_headerList, "Accept: application/json, application/problem+json");
    }
    // Bodies are small; waiting for "100 Continue" would only add a round trip.
    m_headerList = curl_slist_append(m_headerList, "Expect:");
    if (!request.idempotencyKey.empty()) {
        m_headerList =
            curl_slist_append(m_headerList, ("Idempotency-Key: " + request.idempotencyKey).c_str());
    }
    if (!request.bearerToken.empty()) {
        m_headerList = curl_slist_append(m_headerList,
                                         ("Authorization: Bearer " + request.bearerToken).c_str());
    }
    curl_easy_setopt(m_easy, CURLOPT_HTTPHEADER, m_headerList);
}

size_t CurlTransfer::onBody(char *data, size_t size, size_t count, void *self)
{
    static_cast<CurlTransfer *>(self)->m_body.append(data, size * count);
    return size * count;
}

size_t CurlTransfer::onHeader(char *data, size_t size, size_t count, void *self)
{
    auto *transfer = static_cast<CurlTransfer *>(self);
    const std::string line(data, size * count);
    if (line.rfind("HTTP/", 0) == 0) {
        transfer->m_headers.clear(); // a new response begins (e.g. after an interim 1xx)
        return size * count;
    }
    const auto colon = line.find(':');
    if (colon != std::string::npos && colon > 0) {
        const std::string name = lowerCase(trimmed(line.substr(0, colon)));
        const std::string value = trimmed(line.substr(colon + 1));
        std::string &stored = transfer->m_headers[name];
        stored = stored.empty() ? value : stored + ", " + value;
    }
    return size * count;
}

long CurlTransfer::connectionsOpened() const
{
    long count = 0;
    if (m_easy) {
        curl_easy_getinfo(m_easy, CURLINFO_NUM_CONNECTS, &count);
    }
    return count;
}

bool CurlTransfer::isPermanent(CURLcode code)
{
    return code == CURLE_URL_MALFORMAT || code == CURLE_UNSUPPORTED_PROTOCOL ||
           code == CURLE_BAD_FUNCTION_ARGUMENT || code == CURLE_OUT_OF_MEMORY;
}

HttpError CurlTransfer::error(CURLcode code, int attempts) const
{
    HttpError error;
    error.kind = kindFor(code);
    error.url = m_url;
    error.attempts = attempts;
    error.technical = "curl error " + std::to_string(int(code)) + ": " +
                      (m_errorBuffer[0] ? m_errorBuffer : curl_easy_strerror(code));
    if (error.kind == HttpError::Kind::Timeout) {
        // A reused connection needed no connect; otherwise a zero connect time means the
        // connect phase is what ran out.
        curl_off_t connectTime = 0;
        curl_easy_getinfo(m_easy, CURLINFO_CONNECT_TIME_T, &connectTime);
        const bool connected = connectTime > 0 || connectionsOpened() == 0;
        error.timeoutMs = connected ? m_totalTimeoutMs : m_connectTimeoutMs;
    }
    return error;
}

HttpResult CurlTransfer::result(CURLcode code, int attempts) const
{
    if (!m_easy) {
        HttpError failure;
        failure.url = m_url;
        failure.attempts = attempts;
        failure.technical = "libcurl could not create a transfer";
        return failure;
    }
    if (code != CURLE_OK) {
        return error(code, attempts);
    }
    long status = 0;
    curl_easy_getinfo(m_easy, CURLINFO_RESPONSE_CODE, &status);
    const char *contentType = nullptr;
    curl_easy_getinfo(m_easy, CURLINFO_CONTENT_TYPE, &contentType);
    if (status >= 400) {
        HttpError failure;
        failure.kind = HttpError::Kind::HttpStatus;
        failure.status = status;
        failure.url = m_url;
        failure.attempts = attempts;
        failure.technical = "HTTP " + std::to_string(status);
        readProblem(contentType ? contentType : "", m_body, failure);
        return failure;
    }
    HttpResponse response;
    response.status = status;
    response.contentType = contentType ? contentType : "";
    response.body = m_body;
    response.headers = m_headers;
    response.attempts = attempts;
    return response;
}

} // namespace caseline
