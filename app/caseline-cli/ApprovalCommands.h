#pragma once

#include "CliInvocation.h"
#include "domain/Clock.h"
#include "store/CaseDatabase.h"

namespace caseline::cli {

// `caseline-cli approvals list|approve|reject` and `case reassign`: a supervisor's decisions.
class ApprovalCommands
{
public:
    ApprovalCommands(const CliInvocation &invocation, CaseDatabase &db, const Clock &clock);

    int list();
    int decide(bool approve);
    int reassign();

private:
    const CliInvocation &m_invocation;
    CaseDatabase &m_db;
    const Clock &m_clock;
};

} // namespace caseline::cli
