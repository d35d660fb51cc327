#include "ApprovalCommands.h"

#include "CliOutput.h"
#include "TextTable.h"
#include "actions/ActionError.h"
#include "domain/Rfc3339.h"
#include "store/CaseReassignment.h"
#include "store/RefundApprovalDesk.h"
#include "timeline/AlertText.h"

#include <nlohmann/json.hpp>

namespace caseline::cli {

namespace {

nlohmann::json approvalJson(const RefundApproval &item)
{
    return {{"id", item.id},
            {"case", "CASE-" + std::to_string(item.caseId)},
            {"order", item.orderId},
            {"amount", item.amount},
            {"currency", item.currency},
            {"reason", item.reason},
            {"requestedBy", item.requestedBy},
            {"requestedAt", Rfc3339::format(item.requestedAt)},
            {"state", toString(item.state)},
            {"decidedBy", item.decidedBy},
            {"note", item.note},
            {"outboxId", item.outboxId}};
}

} // namespace

ApprovalCommands::ApprovalCommands(const CliInvocation &invocation, CaseDatabase &db,
                                   const Clock &clock)
    : m_invocation(invocation)
    , m_db(db)
    , m_clock(clock)
{
}

int ApprovalCommands::list()
{
    const std::vector<RefundApproval> pending = RefundApprovalDesk(m_db, m_clock).pending();
    if (m_invocation.json) {
        nlohmann::json list = nlohmann::json::array();
        for (const RefundApproval &item : pending) {
            list.push_back(approvalJson(item));
        }
        printLine(list.dump(2));
        return 0;
    }
    if (pending.empty()) {
        printLine("No refunds awaiting approval.");
        return 0;
    }
    TextTable table;
    table.addRow({"ID", "CASE", "ORDER", "AMOUNT", "BY", "ASKED (UTC)", "REASON"});
    for (const RefundApproval &item : pending) {
        table.addRow({std::to_string(item.id), "CASE-" + std::to_string(item.caseId), item.orderId,
                      AlertText::money(item.amount, item.currency), item.requestedBy,
                      item.requestedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")).toStdString(),
                      item.reason});
    }
    print(table.text());
    return 0;
}

int ApprovalCommands::decide(bool approve)
{
    const long long id = CliInvocation::wholeNumber(m_invocation.argument(), "the request id");
    RefundApprovalDesk desk(m_db, m_clock);
    const std::string note = m_invocation.option("note");
    const RefundApproval decided = approve ? desk.approve(id, m_invocation.actor, note)
                                           : desk.reject(id, m_invocation.actor, note);
    if (m_invocation.json) {
        printLine(approvalJson(decided).dump(2));
    } else {
        std::string line = approve ? "Approved the refund of " : "Rejected the refund of ";
        line += AlertText::money(decided.amount, decided.currency) + " on " + decided.orderId;
        line += approve ? "; it is in the outbox (entry " + std::to_string(decided.outboxId) + ")."
                        : ".";
        printLine(line);
    }
    return 0;
}

int ApprovalCommands::reassign()
{
    if (!m_invocation.options.contains("to")) {
        throw ActionError("case reassign needs --to USER");
    }
    std::vector<long long> ids;
    std::string list = m_invocation.argument();
    std::size_t start = 0;
    while (start <= list.size()) {
        const std::size_t comma = std::min(list.find(',', start), list.size());
        ids.push_back(CliInvocation::caseId(list.substr(start, comma - start)));
        start = comma + 1;
    }
    const int moved = CaseReassignment(m_db, m_clock)
                          .reassign(ids, m_invocation.option("to"), m_invocation.actor);
    printLine("Reassigned " + std::to_string(moved) + " of " + std::to_string(ids.size()) +
              " cases to " + m_invocation.option("to") + ".");
    return 0;
}

} // namespace caseline::cli
