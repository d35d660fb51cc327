#pragma once

#include "CliInvocation.h"
#include "domain/Clock.h"
#include "store/CaseDatabase.h"

namespace caseline::cli {

// `caseline-cli staff list|set` and `roles list|grant|revoke`: who works in which department
// with which role and login, and what each role may do.
class StaffCommands
{
public:
    StaffCommands(const CliInvocation &invocation, CaseDatabase &db, const Clock &clock);

    int list();
    int set();
    int listRoles();
    int changeRole(bool grant);

private:
    const CliInvocation &m_invocation;
    CaseDatabase &m_db;
    const Clock &m_clock;
};

} // namespace caseline::cli
