#pragma once

#include "domain/SupportCase.h"

#include <vector>

namespace caseline {

// The cases the demo's stories begin with, so `caseline --demo` opens on a queue to work on:
// the stilettos, the vacuum nobody can deliver in the evening, the furniture delivery cancelled
// the day before, and the reseller's customer who has no order number.
class DemoCases
{
public:
    static std::vector<SupportCase> drafts(const std::string &assignee);
};

} // namespace caseline
