#pragma once

#include "backoffice/HttpError.h"

#include <utility>
#include <variant>

namespace caseline {

// What one read from a back-office system produced: the mapped value, or why there is none
// (transport failure, an error status, or a payload that did not map — naming the field).
template<typename T>
class Fetched
{
public:
    Fetched()
        : m_value(HttpError{})
    {
    }
    Fetched(T value)
        : m_value(std::move(value))
    {
    }
    Fetched(HttpError error)
        : m_value(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_value); }
    const T &value() const { return std::get<T>(m_value); }
    T &value() { return std::get<T>(m_value); }
    const HttpError &error() const { return std::get<HttpError>(m_value); }
    bool notFound() const
    {
        return !ok() && error().kind == HttpError::Kind::HttpStatus && error().status == 404;
    }

private:
    std::variant<T, HttpError> m_value;
};

} // namespace caseline
