#pragma once

#include "backoffice/HttpRequest.h"
#include "backoffice/HttpResult.h"

#include <curl/curl.h>
#include <map>
#include <string>

namespace caseline {

// One try of one request: a configured libcurl easy handle and the answer it collects.
// CurlTransport adds the handle to its multi handle and, once libcurl reports the transfer
// done, turns it into an HttpResult. Lives on the transport's worker thread only.
class CurlTransfer
{
public:
    // caBundle: a PEM file of trusted certificates; empty means the system store.
    CurlTransfer(const HttpRequest &request, const std::string &caBundle);
    ~CurlTransfer();
    CurlTransfer(const CurlTransfer &) = delete;
    CurlTransfer &operator=(const CurlTransfer &) = delete;

    // Null when libcurl could not create a handle (out of memory).
    CURL *handle() const { return m_easy; }

    // The outcome after libcurl finished with code: a response for 1xx-3xx, else an error.
    HttpResult result(CURLcode code, int attempts) const;
    // Connections this try had to open (0 when it reused a cached one).
    long connectionsOpened() const;
    // Whether the failure is a fault in the request itself (bad URL), which no retry can cure.
    static bool isPermanent(CURLcode code);

private:
    static size_t onBody(char *data, size_t size, size_t count, void *self);
    static size_t onHeader(char *data, size_t size, size_t count, void *self);
    void configure(const HttpRequest &request, const std::string &caBundle);
    HttpError error(CURLcode code, int attempts) const;

    CURL *m_easy = nullptr;
    curl_slist *m_headerList = nullptr;
    std::string m_url;
    long m_connectTimeoutMs = 0;
    long m_totalTimeoutMs = 0;
    std::string m_body;
    std::map<std::string, std::string> m_headers;
    char m_errorBuffer[CURL_ERROR_SIZE] = {};
};

} // namespace caseline
