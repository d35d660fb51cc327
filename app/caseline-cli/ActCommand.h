#pragma once

#include "CliInvocation.h"
#include "CliSession.h"
#include "actions/PlannedAction.h"
#include "domain/SupportCase.h"
#include "store/CaseDatabase.h"
#include "timeline/OrderFacts.h"

namespace caseline::cli {

// `caseline-cli act ACTION CASE_ID ...`: checks the action against the back-office's current
// state, stores it (outbox + history + audit in one transaction) and delivers it at once
// through the outbox. Notes and contacts go straight to the case's history.
class ActCommand
{
public:
    ActCommand(const CliInvocation &invocation, CaseDatabase &db, CliSession &session);
    int run();

private:
    PlannedAction plan(const SupportCase &item) const;
    int recordOnCase(long long caseId, const std::string &action);
    OrderFacts currentFacts(const SupportCase &item, std::string &problem);
    int deliver(long long entryId, std::chrono::seconds timeout);

    const CliInvocation &m_invocation;
    CaseDatabase &m_db;
    CliSession &m_session;
};

} // namespace caseline::cli
