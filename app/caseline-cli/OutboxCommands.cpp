#include "OutboxCommands.h"

#include "CliOutput.h"
#include "OutboxDelivery.h"
#include "TextTable.h"
#include "domain/Rfc3339.h"
#include "store/AuditLog.h"
#include "store/Outbox.h"

#include <algorithm>

namespace caseline::cli {

OutboxCommands::OutboxCommands(const CliInvocation &invocation, CaseDatabase &db,
                               CliSession &session)
    : m_invocation(invocation)
    , m_db(db)
    , m_session(session)
{
}

int OutboxCommands::list()
{
    const std::vector<OutboxEntry> entries = Outbox(m_db).unfinished();
    if (m_invocation.json) {
        nlohmann::json list = nlohmann::json::array();
        for (const OutboxEntry &entry : entries) {
            list.push_back(
                {{"id", entry.id},
                 {"case", entry.caseId > 0 ? "CASE-" + std::to_string(entry.caseId) : ""},
                 {"action", entry.action},
                 {"system", entry.system},
                 {"state", toString(entry.state)},
                 {"attempts", entry.attempts},
                 {"nextAttemptAt", Rfc3339::format(entry.nextAttemptAt)},
                 {"lastError", entry.lastError},
                 {"idempotencyKey", entry.idempotencyKey}});
        }
        printLine(list.dump(2));
        return 0;
    }
    if (entries.empty()) {
        printLine("The outbox is empty: every action was delivered.");
        return 0;
    }
    TextTable table;
    table.addRow({"ENTRY", "CASE", "ACTION", "STATE", "TRIES", "LAST ERROR"});
    for (const OutboxEntry &entry : entries) {
        table.addRow({std::to_string(entry.id), "CASE-" + std::to_string(entry.caseId),
                      entry.action + " → " + entry.system, toString(entry.state),
                      std::to_string(entry.attempts), entry.lastError});
    }
    print(table.text());
    return 0;
}

int OutboxCommands::send()
{
    OutboxPolicy policy;
    policy.lease = m_invocation.seconds("lease", policy.lease.count(), 3600);
    policy.maxBackoff = m_invocation.seconds(
        "max-backoff", std::chrono::duration_cast<std::chrono::seconds>(policy.maxBackoff).count(),
        86400);
    const OutboxDelivery::Report report =
        OutboxDelivery(m_db.address(), m_session.config(), m_session.transport(), m_session.clock())
            .run(std::nullopt, m_invocation.seconds("timeout", 60, 86400), policy);
    for (const std::string &problem : report.problems) {
        printError(problem);
    }
    Outbox outbox(m_db);
    const int pending = outbox.count(OutboxEntry::State::Pending);
    const int failed = outbox.count(OutboxEntry::State::Failed);
    printLine("Delivered " + std::to_string(report.delivered) + ", pending " +
              std::to_string(pending) + ", failed " + std::to_string(failed) + ".");
    if (failed > 0) {
        return 5;
    }
    return pending > 0 ? 3 : 0;
}

int OutboxCommands::verifyAudit()
{
    const AuditLog::Finding finding = AuditLog::verify(m_db);
    if (finding.brokenAt) {
        printError("the audit log is broken: " + finding.problem);
        return 6;
    }
    printLine("The audit log is intact: " + std::to_string(finding.entries) + " entries.");
    return 0;
}

} // namespace caseline::cli
