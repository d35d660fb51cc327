#pragma once

#include "domain/ChangeEvent.h"

#include <string>
#include <vector>

namespace caseline {

// One page of the back-office change feed and the cursor to continue after it.
struct ChangeEventPage
{
    std::vector<ChangeEvent> events;
    std::string next; // pass as `after` to read on
};

} // namespace caseline
