#pragma once

#include "CliInvocation.h"
#include "CliSession.h"
#include "domain/SupportCase.h"
#include "store/CaseDatabase.h"

namespace caseline::cli {

// caseline-cli's case verbs: case new, case show, case list. Each returns the exit code and
// prints its result (text or --json); invalid input exits 2 and writes nothing.
class CaseCommands
{
public:
    CaseCommands(const CliInvocation &invocation, CaseDatabase &db, CliSession &session);

    int createCase();
    int showCase();
    int listCases();
    int updateCase();

private:
    void acknowledge(const SupportCase &created);

    const CliInvocation &m_invocation;
    CaseDatabase &m_db;
    CliSession &m_session;
};

} // namespace caseline::cli
