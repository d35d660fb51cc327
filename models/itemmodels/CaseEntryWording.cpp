#include "itemmodels/CaseEntryWording.h"

#include "domain/Rfc3339.h"
#include "itemmodels/CaseRowPresentation.h"
#include "itemmodels/CodeWords.h"
#include "itemmodels/DepartmentWords.h"
#include "itemmodels/EnglishWording.h"
#include "itemmodels/TimelineModel.h"
#include "timeline/AlertText.h"

namespace caseline {

namespace {

// A note's or a contact's line on the timeline holds its beginning; the detail holds it all.
constexpr int lineLength = 200;

QString words(const std::string &text)
{
    return QString::fromStdString(text);
}

QString none()
{
    return CaseEntryWording::tr("(none)", "no value: no assignee, no department");
}

QString orNone(const std::string &value)
{
    return value.empty() ? none() : words(value);
}

QString when(const QDateTime &at)
{
    return EnglishWording::locale().toString(EnglishWording::shown(at),
                                             QStringLiteral("dd MMM yyyy HH:mm"));
}

QString when(const std::string &rfc3339)
{
    const std::optional<QDateTime> at = Rfc3339::parse(rfc3339);
    return at ? when(*at) : orNone(rfc3339);
}

QString department(const std::string &code)
{
    return code.empty() ? none() : DepartmentWords::of(code);
}

QString statusWord(const std::string &code)
{
    const std::optional<CaseStatus> status = caseStatusFromString(code);
    return status ? CaseRowPresentation::statusTitle(*status) : orNone(code);
}

QString priorityWord(const std::string &code)
{
    const std::optional<CasePriority> priority = casePriorityFromString(code);
    return priority ? CaseRowPresentation::priorityTitle(*priority) : orNone(code);
}

// In the reader's format; in English as the store's own "1234.50 EUR".
QString amount(long long minorUnits, const std::string &currency)
{
    return words(EnglishWording::active() ? AlertText::storedMoney(minorUnits, currency)
                                          : AlertText::money(minorUnits, currency));
}

QString messageChannel(const std::string &code)
{
    if (code == "sms") {
        return CaseEntryWording::tr("SMS");
    }
    const std::optional<CaseChannel> channel = caseChannelFromString(code);
    return channel ? CaseEntryWording::channel(*channel) : CodeWords::of(code);
}

QString system(const std::optional<BackofficeSystem> &system)
{
    return system ? TimelineModel::systemTitle(words(toString(*system))) : none();
}

template<typename Arguments>
const Arguments &argumentsOf(const CaseEntry &entry)
{
    return std::get<Arguments>(entry.arguments);
}

QString refund(const RefundCommand &refund)
{
    //: %1 = amount with currency, %2 = order, %3 = reason
    return CaseEntryWording::tr("Refund of %1 on %2: %3")
        .arg(amount(refund.amount, refund.currency), words(refund.orderId), words(refund.reason));
}

} // namespace

QString CaseEntryWording::summary(const CaseEntry &entry)
{
    const QString text = words(entry.text);
    if (!entry.fits()) {
        return text; // not made by a writer: there is nothing to say but what it holds
    }
    switch (entry.kind) {
    case CaseEntryKind::CaseOpened:
        //: %1 = channel (phone, email, …), %2 = the case's subject
        return tr("Case opened from %1: %2")
            .arg(channel(argumentsOf<CaseOpening>(entry).channel), text);
    case CaseEntryKind::CaseUpdated:
        return changes(argumentsOf<CaseChanges>(entry));
    case CaseEntryKind::Note:
        return text.left(lineLength);
    case CaseEntryKind::ContactInbound:
    case CaseEntryKind::ContactOutbound:
        //: A contact with the customer: %1 = channel (phone, email, …), %2 = what was said
        return tr("%1: %2", "contact")
            .arg(channel(argumentsOf<CaseContact>(entry).channel), text.left(lineLength));
    case CaseEntryKind::ActionRequested:
        return command(argumentsOf<ActionCommand>(entry));
    case CaseEntryKind::ActionDelivered: {
        const ActionOutcome &outcome = argumentsOf<ActionOutcome>(entry);
        //: %1 = action (refund, return label, …), %2 = back-office system
        return tr("%1 delivered to %2").arg(action(outcome.action), system(outcome.system));
    }
    case CaseEntryKind::ActionFailed: {
        const ActionOutcome &outcome = argumentsOf<ActionOutcome>(entry);
        const QString why = failure(outcome, text);
        if (why.isEmpty()) {
            //: %1 = action (refund, return label, …); nothing says why
            return tr("%1 failed").arg(action(outcome.action));
        }
        //: %1 = action (refund, return label, …), %2 = why, as the system said it
        return tr("%1 failed: %2").arg(action(outcome.action), why);
    }
    case CaseEntryKind::EscalationOpened: {
        const EscalationOpening &opening = argumentsOf<EscalationOpening>(entry);
        //: %1 = department, %2 = date and time it is due, %3 = reason
        return tr("Escalated to %1 (due %2): %3")
            .arg(department(opening.department), when(opening.due), text);
    }
    case CaseEntryKind::EscalationAccepted:
    case CaseEntryKind::EscalationResolved:
    case CaseEntryKind::EscalationReturned:
        return answer(entry.kind, argumentsOf<EscalationAnswer>(entry), text);
    case CaseEntryKind::RefundHeld: {
        const HeldRefund &held = argumentsOf<HeldRefund>(entry);
        //: %1 = approval request number, %2 = the refund ("Refund of 25.00 EUR on ORD-1: …")
        return tr("Held for a supervisor's approval (request %1): %2")
            .arg(QString::number(held.request), refund(held.refund));
    }
    case CaseEntryKind::RefundApproved:
    case CaseEntryKind::RefundRejected:
        return decision(entry.kind, argumentsOf<RefundDecision>(entry), text);
    case CaseEntryKind::Written:
        return text;
    }
    return text;
}

QString CaseEntryWording::detail(const CaseEntry &entry)
{
    if (!entry.fits()) {
        return {};
    }
    switch (entry.kind) {
    case CaseEntryKind::Note:
    case CaseEntryKind::ContactInbound:
    case CaseEntryKind::ContactOutbound:
    case CaseEntryKind::ActionDelivered:
    case CaseEntryKind::RefundApproved:
    case CaseEntryKind::RefundRejected:
        return words(entry.text);
    case CaseEntryKind::ActionRequested:
        return requestDetail(argumentsOf<ActionCommand>(entry));
    case CaseEntryKind::Written:
        return words(argumentsOf<WrittenEntry>(entry).detail);
    default:
        return {}; // the summary says it all
    }
}

std::string CaseEntryWording::inEnglish(const CaseEntry &entry)
{
    const EnglishWording english;
    return (summary(entry) + QLatin1Char('\n') + detail(entry)).toStdString();
}

QString CaseEntryWording::command(const ActionCommand &command)
{
    if (const auto *money = std::get_if<RefundCommand>(&command)) {
        return refund(*money);
    }
    if (const auto *label = std::get_if<ReturnLabelCommand>(&command)) {
        //: %1 = order, %2 = reason
        return tr("Return label for %1: %2").arg(words(label->orderId), words(label->reason));
    }
    if (const auto *move = std::get_if<RescheduleCommand>(&command)) {
        if (move->redirects()) {
            //: %1 = shipment, %2 = pickup point
            return tr("Delivery of %1 redirected to pickup point %2")
                .arg(words(move->shipmentId), words(move->pickupPointId));
        }
        //: %1 = shipment, %2 = delivery slot
        return tr("Delivery of %1 moved to slot %2")
            .arg(words(move->shipmentId), words(move->slotId));
    }
    if (const auto *cancel = std::get_if<CancelCommand>(&command)) {
        //: Cancelling an order: %1 = order, %2 = reason
        return tr("Cancel %1: %2").arg(words(cancel->orderId), words(cancel->reason));
    }
    if (const auto *replacement = std::get_if<ReplacementCommand>(&command)) {
        //: %1 = order, %2 = reason
        return tr("Replacement for %1: %2")
            .arg(words(replacement->orderId), words(replacement->reason));
    }
    const auto &message = std::get<CustomerMessageCommand>(command);
    //: %1 = channel (email, SMS), %2 = the customer's language code, %3 = subject
    return tr("Message to the customer (%1, %2): %3")
        .arg(messageChannel(message.channel), words(message.language), words(message.subject));
}

QString CaseEntryWording::requestDetail(const ActionCommand &command)
{
    if (const auto *message = std::get_if<CustomerMessageCommand>(&command)) {
        return words(message->body);
    }
    if (const auto *move = std::get_if<RescheduleCommand>(&command)) {
        return words(move->note); // for the carrier
    }
    return {};
}

QString CaseEntryWording::action(ActionKind kind)
{
    switch (kind) {
    case ActionKind::Refund:
        return tr("refund");
    case ActionKind::ReturnLabel:
        return tr("return label");
    case ActionKind::Reschedule:
        return tr("reschedule", "an action: change a delivery's slot or address");
    case ActionKind::Cancel:
        return tr("cancel", "an action: cancel an order");
    case ActionKind::Replacement:
        return tr("replace", "an action: send a replacement");
    case ActionKind::CustomerMessage:
        return tr("message", "an action: write to the customer");
    }
    return words(toString(kind));
}

QString CaseEntryWording::action(const std::string &code)
{
    const std::optional<ActionKind> kind = actionKindFromString(code);
    return kind ? action(*kind) : CodeWords::of(code);
}

QString CaseEntryWording::channel(CaseChannel channel)
{
    switch (channel) {
    case CaseChannel::Phone:
        return tr("phone");
    case CaseChannel::Email:
        return tr("email");
    case CaseChannel::Chat:
        return tr("chat");
    case CaseChannel::Store:
        return tr("store", "a case channel: the customer came to a store");
    case CaseChannel::Social:
        return tr("social");
    case CaseChannel::ComplaintForm:
        return tr("complaint form");
    }
    return CodeWords::of(toString(channel));
}

QString CaseEntryWording::changes(const CaseChanges &changes)
{
    if (changes.fields.empty()) {
        return tr("Linked orders or shipments changed");
    }
    QStringList said;
    for (const CaseFieldChange &change : changes.fields) {
        said.append(fieldChange(change));
    }
    return said.join(QStringLiteral("; "));
}

QString CaseEntryWording::fieldChange(const CaseFieldChange &change)
{
    switch (change.field) {
    case CaseField::Status:
        return tr("status %1 → %2").arg(statusWord(change.before), statusWord(change.after));
    case CaseField::Priority:
        return tr("priority %1 → %2").arg(priorityWord(change.before), priorityWord(change.after));
    case CaseField::Department:
        return tr("department %1 → %2").arg(department(change.before), department(change.after));
    case CaseField::Assignee:
        return tr("assignee %1 → %2").arg(orNone(change.before), orNone(change.after));
    case CaseField::Subject:
        return tr("subject %1 → %2").arg(orNone(change.before), orNone(change.after));
    case CaseField::SlaDue:
        break;
    }
    return tr("due %1 → %2", "the case's SLA deadline changed")
        .arg(when(change.before), when(change.after));
}

QString CaseEntryWording::failure(const ActionOutcome &outcome, const QString &asWritten)
{
    if (outcome.error) {
        QString why = words(outcome.error->message());
        if (outcome.gaveUpAfter > 0) {
            //: Follows the error sentence of an action the outbox stopped sending
            why += QLatin1Char(' ') +
                   AlertText::singularWhenUntranslated(
                       tr("Gave up after %n tries.", nullptr, outcome.gaveUpAfter),
                       "Gave up after %n tries.", "Gave up after %n try.", outcome.gaveUpAfter);
        }
        return why;
    }
    if (!asWritten.isEmpty()) {
        return asWritten; // the reason as an older store kept it
    }
    if (!outcome.system) {
        //: Why an action failed: its outbox entry names a system Caseline has no address for
        return tr("unknown back-office system");
    }
    return {};
}

QString CaseEntryWording::answer(CaseEntryKind kind, const EscalationAnswer &answer,
                                 const QString &note)
{
    const QString who = department(answer.department);
    if (kind == CaseEntryKind::EscalationAccepted) {
        //: %1 = department
        return note.isEmpty() ? tr("%1 accepted the escalation").arg(who)
                              : tr("%1 accepted the escalation: %2").arg(who, note);
    }
    if (kind == CaseEntryKind::EscalationResolved) {
        //: %1 = department
        return note.isEmpty() ? tr("%1 resolved the escalation").arg(who)
                              : tr("%1 resolved the escalation: %2").arg(who, note);
    }
    //: %1 = department; returned = handed back to the case's owner without a resolution
    return note.isEmpty() ? tr("%1 returned the escalation").arg(who)
                          : tr("%1 returned the escalation: %2").arg(who, note);
}

QString CaseEntryWording::decision(CaseEntryKind kind, const RefundDecision &decision,
                                   const QString &note)
{
    const QString money = amount(decision.amount, decision.currency);
    const QString order = words(decision.orderId);
    const QString request = QString::number(decision.request);
    if (kind == CaseEntryKind::RefundApproved) {
        //: %1 = amount with currency, %2 = order, %3 = approval request number
        return note.isEmpty()
                   ? tr("Refund of %1 on %2 approved (request %3)").arg(money, order, request)
                   : tr("Refund of %1 on %2 approved (request %3): %4")
                         .arg(money, order, request, note);
    }
    //: %1 = amount with currency, %2 = order, %3 = approval request number, %4 = why
    return note.isEmpty()
               ? tr("Refund of %1 on %2 rejected (request %3)").arg(money, order, request)
               : tr("Refund of %1 on %2 rejected (request %3): %4")
                     .arg(money, order, request, note);
}

} // namespace caseline
