#include "backoffice/HttpErrorJson.h"

#include "backoffice/JsonBody.h"
#include "backoffice/JsonReader.h"
#include "domain/EnumNames.h"

#include <QUrl>
#include <nlohmann/json.hpp>

namespace caseline::HttpErrorJson {

namespace {

constexpr EnumNames<HttpError::Kind, 6> kindNames{{{
    {HttpError::Kind::Timeout, "timeout"},
    {HttpError::Kind::Connection, "connection"},
    {HttpError::Kind::Tls, "tls"},
    {HttpError::Kind::HttpStatus, "http-status"},
    {HttpError::Kind::MalformedPayload, "malformed-payload"},
    {HttpError::Kind::Cancelled, "cancelled"},
}}};

std::optional<HttpError::Kind> kindFrom(const std::string &text)
{
    return kindNames.fromString(text);
}

HttpError errorFrom(const JsonReader &reader)
{
    HttpError error;
    error.kind = reader.requiredEnum("kind", kindFrom);
    error.status = static_cast<long>(reader.requiredInteger("status", 0));
    error.problemTitle = reader.requiredString("problemTitle");
    error.problemDetail = reader.requiredString("problemDetail");
    error.field = reader.requiredString("field");
    error.technical = reader.requiredString("technical");
    error.url = reader.requiredString("url");
    error.attempts = static_cast<int>(reader.requiredInteger("attempts", 1));
    error.timeoutMs = static_cast<long>(reader.requiredInteger("timeoutMs", 0));
    return error;
}

// Only the server is kept: a path or query may carry customer data, and the sentence names
// no more than the server anyway.
std::string serverOnly(const std::string &url)
{
    const QUrl parsed(QString::fromStdString(url));
    if (!parsed.isValid() || parsed.host().isEmpty()) {
        return {};
    }
    return parsed
        .adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery |
                  QUrl::RemoveFragment)
        .toString()
        .toStdString();
}

} // namespace

std::string write(const HttpError &error)
{
    return nlohmann::json{{"kind", kindNames.toString(error.kind)},
                          {"status", error.status},
                          {"problemTitle", error.problemTitle},
                          {"problemDetail", error.problemDetail},
                          {"field", error.field},
                          {"technical", error.technical},
                          {"url", serverOnly(error.url)},
                          {"attempts", error.attempts},
                          {"timeoutMs", error.timeoutMs}}
        .dump();
}

HttpError read(const std::string &text)
{
    return readBody(parseJsonBody(text), errorFrom);
}

} // namespace caseline::HttpErrorJson
