#pragma once

#include <stdexcept>
#include <string>

namespace caseline::backoffice {

// A refusal that becomes an application/problem+json response. Thrown by validation and
// business rules; the request's transaction rolls back, so nothing is written.
class ApiError : public std::runtime_error
{
public:
    ApiError(int status, std::string slug, std::string title, std::string detail,
             std::string field = {})
        : std::runtime_error(detail)
        , status(status)
        , slug(std::move(slug))
        , title(std::move(title))
        , detail(std::move(detail))
        , field(std::move(field))
    {
    }

    static ApiError validation(std::string field, std::string detail, int status = 422)
    {
        return ApiError(status, "validation", "Invalid request", std::move(detail), std::move(field));
    }
    static ApiError notFound(std::string detail, std::string field = {})
    {
        return ApiError(404, "not-found", "Not found", std::move(detail), std::move(field));
    }
    static ApiError conflict(std::string detail)
    {
        return ApiError(409, "conflict", "Refused by a business rule", std::move(detail));
    }

    int status;
    std::string slug;
    std::string title;
    std::string detail;
    std::string field;
};

} // namespace caseline::backoffice
