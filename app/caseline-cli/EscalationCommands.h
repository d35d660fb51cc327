#pragma once

#include "CliInvocation.h"
#include "domain/Clock.h"
#include "store/CaseDatabase.h"

namespace caseline::cli {

// `caseline-cli act escalate`, `escalation list|accept|resolve|return` and
// `department list|set`: handing cases between departments.
class EscalationCommands
{
public:
    EscalationCommands(const CliInvocation &invocation, CaseDatabase &db, const Clock &clock);

    int escalate(long long caseId);
    int list();
    int answer();
    int listDepartments();
    int setDepartment();

private:
    const CliInvocation &m_invocation;
    CaseDatabase &m_db;
    const Clock &m_clock;
};

} // namespace caseline::cli
