#pragma once

#include "CliInvocation.h"
#include "CliSession.h"
#include "store/CaseDatabase.h"

namespace caseline::cli {

// `caseline-cli outbox` (what is pending or failed), `outbox send` (deliver everything due)
// and `audit verify` (check the audit log's hash chain).
class OutboxCommands
{
public:
    OutboxCommands(const CliInvocation &invocation, CaseDatabase &db, CliSession &session);

    int list();
    int send();
    int verifyAudit();

private:
    const CliInvocation &m_invocation;
    CaseDatabase &m_db;
    CliSession &m_session;
};

} // namespace caseline::cli
