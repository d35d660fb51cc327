#pragma once

#include <stdexcept>
#include <string>

namespace caseline {

// A back-office configuration that cannot be used, naming the setting at fault
// (e.g. "systems.payments.totalTimeoutMs must be a positive integer").
class BackofficeConfigError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

} // namespace caseline
