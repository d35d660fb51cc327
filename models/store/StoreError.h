#pragma once

#include <stdexcept>
#include <string>

namespace caseline {

// Why the case store refused or failed, in words an agent can act on. Conflict means someone
// else changed the record first: reload and try again; nothing was written. Forbidden means the
// user's role does not allow it: nothing was written but the refusal's audit entry.
class StoreError : public std::runtime_error
{
public:
    enum class Kind
    {
        Invalid,
        NotFound,
        Conflict,
        Unavailable,
        Forbidden
    };

    StoreError(Kind kind, const std::string &message)
        : std::runtime_error(message)
        , m_kind(kind)
    {
    }

    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

} // namespace caseline
