#pragma once

#include <stdexcept>

namespace caseline {

// An action that cannot be taken as asked, in words for the agent: nothing was stored or sent.
class ActionError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

} // namespace caseline
