#include "PostgresUrl.h"

#include <cctype>
#include <stdexcept>

namespace caseline::test {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

std::string decode(const std::string &text, const std::string &url)
{
    std::string decoded;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '%') {
            decoded += text[i];
            continue;
        }
        const bool complete = i + 2 < text.size();
        const int high = complete ? hexValue(text[i + 1]) : -1;
        const int low = complete ? hexValue(text[i + 2]) : -1;
        if (high < 0 || low < 0) {
            throw std::runtime_error("bad percent-escape in PostgreSQL URL: " + url);
        }
        decoded += static_cast<char>(high * 16 + low);
        i += 2;
    }
    return decoded;
}

// Leaves RFC 3986 "unreserved" characters alone, so ordinary names stay readable.
std::string encode(const std::string &text)
{
    static const char digits[] = "0123456789ABCDEF";
    std::string encoded;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) || c == '-' || c == '.' || c == '_' || c == '~') {
            encoded += c;
        } else {
            encoded += '%';
            encoded += digits[byte >> 4];
            encoded += digits[byte & 0x0F];
        }
    }
    return encoded;
}

int parsePort(const std::string &text, const std::string &url)
{
    int port = 0;
    for (const char c : text) {
        if (!std::isdigit(static_cast<unsigned char>(c)) || port > 65535) {
            port = -1;
            break;
        }
        port = port * 10 + (c - '0');
    }
    if (text.empty() || port < 1 || port > 65535) {
        throw std::runtime_error("bad port \"" + text + "\" in PostgreSQL URL: " + url);
    }
    return port;
}

} // namespace

PostgresUrl PostgresUrl::parse(const std::string &text)
{
    std::string rest;
    for (const std::string scheme : {"postgresql://", "postgres://"}) {
        if (text.rfind(scheme, 0) == 0) {
            rest = text.substr(scheme.size());
            break;
        }
    }
    if (rest.empty()) {
        throw std::runtime_error("not a postgresql:// URL with a host: \"" + text + "\"");
    }
    rest = rest.substr(0, rest.find('?'));

    PostgresUrl url;
    const auto slash = rest.find('/');
    std::string authority = rest.substr(0, slash);
    if (slash != std::string::npos) {
        url.database = decode(rest.substr(slash + 1), text);
    }

    const auto at = authority.rfind('@');
    if (at != std::string::npos) {
        const std::string credentials = authority.substr(0, at);
        const auto colon = credentials.find(':');
        url.user = decode(credentials.substr(0, colon), text);
        if (colon != std::string::npos) {
            url.password = decode(credentials.substr(colon + 1), text);
        }
        authority = authority.substr(at + 1);
    }

    std::string portText;
    if (!authority.empty() && authority.front() == '[') {
        const auto close = authority.find(']');
        if (close == std::string::npos) {
            throw std::runtime_error("unclosed '[' in PostgreSQL URL: " + text);
        }
        url.host = authority.substr(1, close - 1);
        const std::string after = authority.substr(close + 1);
        if (!after.empty() && after.front() != ':') {
            throw std::runtime_error("unexpected text after ']' in PostgreSQL URL: " + text);
        }
        portText = after.empty() ? std::string() : after.substr(1);
    } else {
        const auto colon = authority.find(':');
        url.host = authority.substr(0, colon);
        if (colon != std::string::npos) {
            portText = authority.substr(colon + 1);
        }
    }
    if (url.host.empty()) {
        throw std::runtime_error("no host in PostgreSQL URL: " + text);
    }
    if (!portText.empty() || authority.back() == ':') {
        url.port = parsePort(portText, text);
    }
    return url;
}

std::string PostgresUrl::text() const
{
    std::string result = "postgresql://";
    if (!user.empty() || !password.empty()) {
        result += encode(user);
        if (!password.empty()) {
            result += ':' + encode(password);
        }
        result += '@';
    }
    result += host.find(':') != std::string::npos ? '[' + host + ']' : host;
    result += ':' + std::to_string(port);
    if (!database.empty()) {
        result += '/' + encode(database);
    }
    return result;
}

} // namespace caseline::test
