#include "backoffice/HttpError.h"

#include <QUrl>

namespace caseline {

namespace {

// "127.0.0.1:8480" or "payments.example.com": the part of the address an agent can pass on to
// IT. Paths and queries are left out, as queries may carry customer data.
std::string serverName(const std::string &url)
{
    const QUrl parsed(QString::fromStdString(url));
    if (url.empty() || !parsed.isValid() || parsed.host().isEmpty()) {
        return "the server";
    }
    std::string name = parsed.host().toStdString();
    if (parsed.port() >= 0) {
        name += ':' + std::to_string(parsed.port());
    }
    return "the server at " + name;
}

std::string capitalized(std::string text)
{
    if (!text.empty() && text.front() >= 'a' && text.front() <= 'z') {
        text.front() = static_cast<char>(text.front() - 'a' + 'A');
    }
    return text;
}

std::string duration(long milliseconds)
{
    if (milliseconds < 1000) {
        return std::to_string(milliseconds) + " ms";
    }
    const long tenths = (milliseconds + 50) / 100;
    std::string text = std::to_string(tenths / 10);
    if (tenths % 10 != 0) {
        text += '.' + std::to_string(tenths % 10);
    }
    return text + " s";
}

std::string attemptsSuffix(int attempts)
{
    return attempts > 1 ? " (" + std::to_string(attempts) + " attempts)" : std::string();
}

std::string sentence(std::string text)
{
    if (!text.empty() && text.back() != '.' && text.back() != '!' && text.back() != '?') {
        text += '.';
    }
    return text;
}

std::string statusMessage(const HttpError &error, const std::string &server)
{
    std::string code = std::to_string(error.status);
    if (error.attempts > 1) {
        code += ", " + std::to_string(error.attempts) + " attempts";
    }
    if (!error.problemDetail.empty()) {
        return sentence(server + " refused the request (" + code + "): " + error.problemDetail);
    }
    if (!error.problemTitle.empty()) {
        return sentence(server + " refused the request (" + code + "): " + error.problemTitle);
    }
    switch (error.status) {
    case 401:
    case 403:
        return server + " refused access (" + code + "); the credentials may be wrong.";
    case 404:
        return server + " does not know the requested item (" + code + ").";
    case 429:
        return server + " is too busy (" + code + "); try again shortly.";
    default:
        break;
    }
    if (error.status >= 500) {
        return server + " had an internal problem (" + code + ").";
    }
    return server + " rejected the request (" + code + ").";
}

} // namespace

std::string HttpError::message() const
{
    const std::string where = serverName(url);
    const std::string server = capitalized(where);
    switch (kind) {
    case Kind::Timeout:
        if (timeoutMs > 0) {
            return server + " did not answer within " + duration(timeoutMs) +
                   attemptsSuffix(attempts) + ".";
        }
        return server + " did not answer in time" + attemptsSuffix(attempts) + ".";
    case Kind::Connection:
        return server + " could not be reached or cut the connection" + attemptsSuffix(attempts) +
               ".";
    case Kind::Tls:
        return server + " could not prove its identity, so the secure connection was refused.";
    case Kind::HttpStatus:
        return statusMessage(*this, server);
    case Kind::MalformedPayload:
        return "The answer from " + where + " could not be understood" +
               (field.empty() ? "" : " (field " + field + ")") + ".";
    case Kind::Cancelled:
        return "The request to " + where + " was cancelled.";
    }
    return server + " could not be used.";
}

bool HttpError::retryable() const
{
    switch (kind) {
    case Kind::Timeout:
    case Kind::Connection:
        return true;
    case Kind::HttpStatus:
        return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
    case Kind::Tls:
    case Kind::MalformedPayload:
    case Kind::Cancelled:
        return false;
    }
    return false;
}

} // namespace caseline
