#pragma once

#include "domain/SupportCase.h"

#include <vector>

namespace caseline {

class CaseDatabase;
class Clock;

// The cases the demo's stories begin with, so `caseline --demo` opens on a queue to work on:
// the stilettos, the vacuum nobody can deliver in the evening, the furniture delivery cancelled
// the day before, and the reseller's customer who has no order number.
class DemoCases
{
public:
    static std::vector<SupportCase> drafts(const std::string &assignee);
    // The demo's team: `user` (whoever tries the demo) as a supervisor of customer service, so
    // every screen is open to them, and colleagues in each role to reassign cases to.
    static void registerTeam(CaseDatabase &db, const Clock &clock, const std::string &user);
};

} // namespace caseline
