#include "CaseCommands.h"

#include "CaseReport.h"
#include "CliOutput.h"
#include "OutboxDelivery.h"
#include "TextTable.h"
#include "actions/ActionService.h"
#include "actions/MessageTemplates.h"
#include "domain/Rfc3339.h"
#include "store/CaseRepository.h"
#include "store/EscalationDesk.h"
#include "store/Outbox.h"
#include "store/StoreError.h"

#include <QFuture>
#include <sstream>

namespace caseline::cli {

CaseCommands::CaseCommands(const CliInvocation &invocation, CaseDatabase &db, CliSession &session)
    : m_invocation(invocation)
    , m_db(db)
    , m_session(session)
{
}

int CaseCommands::createCase()
{
    SupportCase draft;
    draft.customerId = m_invocation.option("customer");
    draft.customerLanguage = m_invocation.option("language");
    draft.subject = m_invocation.option("subject");
    draft.department = m_invocation.option("department").empty()
                           ? std::string("customer-service")
                           : m_invocation.option("department");
    if (!m_invocation.option("channel").empty()) {
        const auto channel = caseChannelFromString(m_invocation.option("channel"));
        if (!channel) {
            throw StoreError(StoreError::Kind::Invalid,
                             "--channel must be " + caseChannelChoices());
        }
        draft.channel = *channel;
    }
    if (!m_invocation.option("priority").empty()) {
        const auto priority = casePriorityFromString(m_invocation.option("priority"));
        if (!priority) {
            throw StoreError(StoreError::Kind::Invalid,
                             "--priority must be " + casePriorityChoices());
        }
        draft.priority = *priority;
    }
    std::stringstream orders(m_invocation.option("order"));
    for (std::string order; std::getline(orders, order, ',');) {
        if (!order.empty()) {
            draft.links.push_back({"order", order});
        }
    }
    const SupportCase created =
        CaseRepository(m_db, m_session.clock()).create(draft, m_invocation.actor);
    if (created.channel == CaseChannel::Email || created.channel == CaseChannel::ComplaintForm) {
        acknowledge(created);
    }
    if (m_invocation.json) {
        printLine(CaseReport::caseJson(created).dump(2));
    } else {
        printLine("Opened " + created.reference() + " for " + created.customerId + " (" +
                  created.department + ", due " + Rfc3339::format(created.slaDue) + ").");
    }
    return 0;
}

void CaseCommands::acknowledge(const SupportCase &created)
{
    // Written complaints get an answer at once, so the customer knows they were heard.
    const std::string orderId = created.links.empty() ? std::string() : created.links.front().ref;
    const long long entryId =
        ActionService(m_db, m_session.clock())
            .submit(created.id,
                    MessageTemplates::message("acknowledgement", created.customerLanguage,
                                              created.customerId, orderId, created.reference()),
                    "caseline")
            .outboxId;
    OutboxDelivery(m_db.address(), m_session.config(), m_session.transport(), m_session.clock())
        .run(entryId, std::chrono::seconds(30));
    const std::optional<OutboxEntry> entry = Outbox(m_db).find(entryId);
    if (!entry || entry->state != OutboxEntry::State::Delivered) {
        printError("the acknowledgement to the customer is not sent yet" +
                   (entry ? " (" + entry->lastError + ")" : std::string()) +
                   "; it stays in the outbox");
    }
}

int CaseCommands::showCase()
{
    CaseRepository cases(m_db, m_session.clock());
    const std::optional<SupportCase> found =
        cases.find(CliInvocation::caseId(m_invocation.argument()));
    if (!found) {
        printError("there is no case " + m_invocation.argument());
        return 4;
    }
    // Every linked order's timeline is assembled at once.
    std::vector<QFuture<OrderTimeline>> pending;
    for (const CaseLink &link : found->links) {
        if (link.kind == "order") {
            pending.push_back(m_session.assembler().assemble(link.ref));
        }
    }
    std::vector<OrderTimeline> timelines;
    for (QFuture<OrderTimeline> &future : pending) {
        future.waitForFinished();
        timelines.push_back(future.result());
    }
    const CaseReport report(*found, cases.entries(found->id), timelines,
                            EscalationDesk(m_db, m_session.clock()).ofCase(found->id),
                            m_session.clock().now());
    print(m_invocation.json ? report.json().dump(2) + "\n" : report.text());
    return report.anySourceFailed() ? 3 : 0;
}

int CaseCommands::updateCase()
{
    CaseRepository cases(m_db, m_session.clock());
    SupportCase item = cases.get(CliInvocation::caseId(m_invocation.argument()));
    const std::string expected = m_invocation.option("expect-version");
    if (!expected.empty()) {
        // The version the agent saw: a change made by someone else since then is a conflict.
        item.version = CliInvocation::wholeNumber(expected, "--expect-version");
    }
    if (!m_invocation.option("status").empty()) {
        const auto status = caseStatusFromString(m_invocation.option("status"));
        if (!status) {
            throw StoreError(StoreError::Kind::Invalid, "--status must be " + caseStatusChoices());
        }
        item.status = *status;
    }
    if (!m_invocation.option("priority").empty()) {
        const auto priority = casePriorityFromString(m_invocation.option("priority"));
        if (!priority) {
            throw StoreError(StoreError::Kind::Invalid,
                             "--priority must be " + casePriorityChoices());
        }
        item.priority = *priority;
    }
    if (!m_invocation.option("department").empty()) {
        item.department = m_invocation.option("department");
    }
    if (m_invocation.options.contains("assignee")) {
        item.assignee = m_invocation.option("assignee");
    }
    const SupportCase saved = cases.update(item, m_invocation.actor);
    if (m_invocation.json) {
        printLine(CaseReport::caseJson(saved).dump(2));
    } else {
        printLine("Saved " + saved.reference() + " (version " + std::to_string(saved.version) +
                  ").");
    }
    return 0;
}

int CaseCommands::listCases()
{
    CaseFilter filter;
    filter.department = m_invocation.option("department");
    if (!m_invocation.option("status").empty()) {
        filter.status = caseStatusFromString(m_invocation.option("status"));
        if (!filter.status) {
            throw StoreError(StoreError::Kind::Invalid, "--status must be " + caseStatusChoices());
        }
    }
    const std::vector<SupportCase> cases = CaseRepository(m_db, m_session.clock()).list(filter);
    if (m_invocation.json) {
        nlohmann::json list = nlohmann::json::array();
        for (const SupportCase &item : cases) {
            list.push_back(CaseReport::caseJson(item));
        }
        printLine(list.dump(2));
        return 0;
    }
    if (cases.empty()) {
        printLine("No cases.");
        return 0;
    }
    TextTable table;
    table.addRow({"CASE", "STATUS", "PRIORITY", "DEPARTMENT", "DUE (UTC)", "SUBJECT"});
    for (const SupportCase &item : cases) {
        table.addRow(
            {item.reference(), toString(item.status), toString(item.priority), item.department,
             item.slaDue.toString(QStringLiteral("yyyy-MM-dd HH:mm")).toStdString(), item.subject});
    }
    print(table.text());
    return 0;
}

} // namespace caseline::cli
