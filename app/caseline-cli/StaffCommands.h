#pragma once

#include "CliInvocation.h"
#include "domain/Clock.h"
#include "store/CaseDatabase.h"

namespace caseline::cli {

// `caseline-cli staff list|set`: who works in which department with which role.
class StaffCommands
{
public:
    StaffCommands(const CliInvocation &invocation, CaseDatabase &db, const Clock &clock);

    int list();
    int set();

private:
    const CliInvocation &m_invocation;
    CaseDatabase &m_db;
    const Clock &m_clock;
};

} // namespace caseline::cli
