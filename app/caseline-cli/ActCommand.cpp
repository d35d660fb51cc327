#include "ActCommand.h"

#include "CliOutput.h"
#include "EscalationCommands.h"
#include "OutboxDelivery.h"
#include "actions/ActionError.h"
#include "actions/ActionPlanner.h"
#include "actions/ActionService.h"
#include "actions/ActionValidator.h"
#include "actions/MessageTemplates.h"
#include "store/CaseRepository.h"
#include "store/Outbox.h"

#include <QFuture>
#include <algorithm>
#include <sstream>

namespace caseline::cli {

namespace {

std::vector<LineQuantity> linesFrom(const std::string &text)
{
    std::vector<LineQuantity> lines;
    std::stringstream items(text);
    for (std::string item; std::getline(items, item, ',');) {
        const auto colon = item.find(':');
        const std::string quantity = colon == std::string::npos ? "1" : item.substr(colon + 1);
        if (item.substr(0, colon).empty() || quantity.empty() || quantity.size() > 6 ||
            quantity.find_first_not_of("0123456789") != std::string::npos) {
            throw ActionError("--lines must look like L1:1,L2:2, not '" + text + "'");
        }
        lines.push_back({item.substr(0, colon), std::stoll(quantity)});
    }
    return lines;
}

} // namespace

ActCommand::ActCommand(const CliInvocation &invocation, CaseDatabase &db, CliSession &session)
    : m_invocation(invocation)
    , m_db(db)
    , m_session(session)
{
}

PlannedAction ActCommand::plan(const SupportCase &item) const
{
    const std::string &action = m_invocation.arguments.at(0);
    const auto option = [&](const char *name) {
        return m_invocation.option(name);
    };
    if (action == "refund") {
        return ActionPlanner::refund(
            option("order"),
            CliInvocation::wholeNumber(option("amount"), "--amount (minor units, e.g. cents)"),
            option("currency"), option("reason"),
            option("lines").empty() ? std::vector<LineQuantity>() : linesFrom(option("lines")));
    }
    if (action == "return-label") {
        return ActionPlanner::returnLabel(option("order"), linesFrom(option("lines")),
                                          option("reason"));
    }
    if (action == "reschedule") {
        return ActionPlanner::reschedule(option("shipment"), option("slot"), option("pickup-point"),
                                         option("reason"));
    }
    if (action == "cancel") {
        return ActionPlanner::cancel(option("order"), option("reason"));
    }
    if (action == "replace") {
        return ActionPlanner::replace(option("order"), linesFrom(option("lines")),
                                      option("reason"));
    }
    if (action == "message") {
        return ActionPlanner::message(item.customerId, option("order"), option("channel"),
                                      item.customerLanguage, option("subject"), option("text"));
    }
    throw ActionError("unknown action '" + action +
                      "': refund, return-label, reschedule, cancel, replace, message, note, "
                      "contact or escalate");
}

int ActCommand::run()
{
    // Read before anything is written: a bad option must not leave half an action behind.
    const auto timeout = m_invocation.seconds("timeout", 30, 3600);
    const long long caseId = CliInvocation::caseId(m_invocation.arguments.at(1));
    const std::string &action = m_invocation.arguments.at(0);
    if (action == "note" || action == "contact") {
        return recordOnCase(caseId, action);
    }
    if (action == "escalate") {
        return EscalationCommands(m_invocation, m_db, m_session.clock()).escalate(caseId);
    }
    CaseRepository cases(m_db, m_session.clock());
    const std::optional<SupportCase> item = cases.find(caseId);
    if (!item) {
        printError("there is no case CASE-" + std::to_string(caseId));
        return 4;
    }
    const PlannedAction planned = plan(*item);
    std::string problem;
    const OrderFacts facts = currentFacts(*item, problem);
    if (!problem.empty()) {
        printError("cannot check the action against the back-office: " + problem +
                   " Nothing was done.");
        return 3;
    }
    const bool linked =
        planned.orderId.empty() || facts.order(planned.orderId) != nullptr ||
        std::any_of(facts.shipments.begin(), facts.shipments.end(),
                    [&](const Shipment &s) { return s.orderId == planned.orderId; });
    if (!linked) {
        throw ActionError(planned.orderId + " is not an order of " + item->reference() +
                          " (link it when opening the case)");
    }
    std::optional<DeliveryOptions> options;
    if (!planned.shipmentId.empty()) {
        QFuture<Fetched<DeliveryOptions>> offered =
            m_session.connectors().delivery->deliveryOptions(planned.shipmentId);
        offered.waitForFinished();
        if (!offered.result().ok()) {
            printError("cannot read the carrier's options for " + planned.shipmentId + ": " +
                       offered.result().error().message() + " Nothing was done.");
            return 3;
        }
        options = offered.result().value();
    }
    ActionValidator::check(planned, facts, m_session.clock().now(), options);
    const ActionReceipt receipt =
        ActionService(m_db, m_session.clock()).submit(caseId, planned, m_invocation.actor);
    printLine(planned.summary);
    if (receipt.held()) {
        printLine("Held for a supervisor's approval (request " +
                  std::to_string(receipt.approvalId) + "); nothing is sent until then.");
        return 0;
    }
    const int delivered = deliver(receipt.outboxId, timeout);
    if (!m_invocation.notify || !MessageTemplates::has(planned.action)) {
        return delivered;
    }
    if (delivered != 0) {
        // Telling the customer before the back-office did it would be a broken promise.
        printError("the customer was not told: the action is not delivered");
        return delivered;
    }
    // A reschedule names the shipment; the customer knows the order.
    std::string orderId = planned.orderId;
    for (const Shipment &shipment : facts.shipments) {
        if (orderId.empty() && shipment.id == planned.shipmentId) {
            orderId = shipment.orderId;
        }
    }
    const long long messageId =
        ActionService(m_db, m_session.clock())
            .submit(caseId,
                    MessageTemplates::message(planned.action, item->customerLanguage,
                                              item->customerId, orderId, item->reference()),
                    m_invocation.actor)
            .outboxId;
    return deliver(messageId, timeout);
}

int ActCommand::recordOnCase(long long caseId, const std::string &action)
{
    CaseEntryKind kind = CaseEntryKind::Note;
    CaseEntryArguments arguments;
    if (action == "contact") {
        const std::string direction = m_invocation.option("direction");
        if (direction != "inbound" && direction != "outbound") {
            throw ActionError("a contact needs --direction inbound or outbound");
        }
        const std::optional<CaseChannel> channel =
            caseChannelFromString(m_invocation.option("channel"));
        if (!channel) {
            throw ActionError("a contact needs --channel " + caseChannelChoices());
        }
        kind =
            direction == "inbound" ? CaseEntryKind::ContactInbound : CaseEntryKind::ContactOutbound;
        arguments = CaseContact{*channel};
    }
    const std::string text = m_invocation.option("text");
    if (text.empty()) {
        throw ActionError("a " + action + " needs --text");
    }
    CaseRepository(m_db, m_session.clock())
        .addEntry(caseId, m_invocation.actor, kind, arguments, text);
    printLine("Recorded on CASE-" + std::to_string(caseId) + ".");
    return 0;
}

OrderFacts ActCommand::currentFacts(const SupportCase &item, std::string &problem)
{
    std::vector<QFuture<OrderTimeline>> pending;
    for (const CaseLink &link : item.links) {
        if (link.kind == "order") {
            pending.push_back(m_session.assembler().assemble(link.ref));
        }
    }
    OrderFacts facts;
    for (QFuture<OrderTimeline> &future : pending) {
        future.waitForFinished();
        const OrderTimeline timeline = future.result();
        for (const SourceStatus &source : timeline.sources) {
            if (source.state != SourceStatus::State::Ok && problem.empty()) {
                problem = toString(source.system) + " could not be read: " + source.error;
            }
        }
        facts.add(timeline.facts);
    }
    return facts;
}

int ActCommand::deliver(long long entryId, std::chrono::seconds timeout)
{
    OutboxDelivery(m_db.address(), m_session.config(), m_session.transport(), m_session.clock())
        .run(entryId, timeout);
    const std::optional<OutboxEntry> entry = Outbox(m_db).find(entryId);
    if (entry && entry->state == OutboxEntry::State::Delivered) {
        printLine("Delivered to " + entry->system + ": " + entry->result);
        return 0;
    }
    if (entry && entry->state == OutboxEntry::State::Failed) {
        printError("the back-office refused the action: " + entry->lastError);
        return 5;
    }
    printError("not delivered yet" +
               (entry && !entry->lastError.empty() ? " (" + entry->lastError + ")" : "") +
               "; it stays in the outbox and is sent by `caseline-cli outbox send` or the console");
    return 3;
}

} // namespace caseline::cli
