#pragma once

#include <stdexcept>
#include <string>

namespace caseline {

// A back-office response body that does not match the API description. The field path lets the
// console tell IT exactly which part of which answer was wrong instead of showing bad data.
class MappingError : public std::runtime_error
{
public:
    // field: the path from the body root, e.g. "items[2].lines[0].quantity"; empty when the
    // whole body is at fault. problem: what is wrong with it, e.g. "must be an integer".
    MappingError(std::string field, std::string problem);

    const std::string &field() const { return m_field; }
    const std::string &problem() const { return m_problem; }

private:
    std::string m_field;
    std::string m_problem;
};

} // namespace caseline
