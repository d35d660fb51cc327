#pragma once

#include "backoffice/HttpError.h"
#include "backoffice/HttpResponse.h"

#include <variant>

namespace caseline {

// Either a response with a 2xx status, or an error (4xx/5xx statuses are errors).
class HttpResult
{
public:
    HttpResult() = default;
    HttpResult(HttpResponse response) : m_value(std::move(response)) {}
    HttpResult(HttpError error) : m_value(std::move(error)) {}

    bool ok() const { return std::holds_alternative<HttpResponse>(m_value); }
    const HttpResponse &response() const { return std::get<HttpResponse>(m_value); }
    const HttpError &error() const { return std::get<HttpError>(m_value); }

private:
    std::variant<HttpResponse, HttpError> m_value{HttpError{}};
};

} // namespace caseline
