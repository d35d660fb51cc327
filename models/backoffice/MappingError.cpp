#include "backoffice/MappingError.h"

#include <utility>

namespace caseline {

namespace {

// "field 'items[0].amount' must be an integer", or "body is not valid JSON: ..." for the body.
std::string describe(const std::string &field, const std::string &problem)
{
    if (field.empty()) {
        return "body " + problem;
    }
    return "field '" + field + "' " + problem;
}

} // namespace

MappingError::MappingError(std::string field, std::string problem)
    : std::runtime_error(describe(field, problem))
    , m_field(std::move(field))
    , m_problem(std::move(problem))
{
}

} // namespace caseline
