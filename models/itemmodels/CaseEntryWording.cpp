#include "itemmodels/CaseEntryWording.h"

#include "domain/Rfc3339.h"
#include "itemmodels/CaseRowPresentation.h"
#include "itemmodels/CodeWords.h"
#include "itemmodels/DepartmentWords.h"
#include "itemmodels/TimelineModel.h"
#include "timeline/AlertText.h"

#include <QLocale>
#include <QRegularExpression>

namespace caseline {

namespace {

// The patterns mirror the English sentences the writers compose (CaseRepository, ActionPlanner,
// OutboxSender, EscalationDesk, RefundApprovalDesk); CaseEntryWordingTest writes each through
// the real writer and reads it back, so a changed sentence fails there, not on screen.
QRegularExpressionMatch whole(const QString &pattern, const QString &text)
{
    const QRegularExpression expression(QStringLiteral("^") + pattern + QStringLiteral("$"),
                                        QRegularExpression::DotMatchesEverythingOption);
    return expression.match(text);
}

QString none()
{
    return CaseEntryWording::tr("(none)", "no value: no assignee, no department");
}

QString orNone(const QString &value)
{
    return value == QLatin1String("(none)") ? none() : value;
}

QString when(const QString &rfc3339)
{
    const std::optional<QDateTime> at = Rfc3339::parse(rfc3339.toStdString());
    if (!at) {
        return orNone(rfc3339);
    }
    return QLocale().toString(at->toLocalTime(), QStringLiteral("dd MMM yyyy HH:mm"));
}

QString department(const QString &code)
{
    return code == QLatin1String("(none)") ? none() : DepartmentWords::of(code.toStdString());
}

QString statusWord(const QString &code)
{
    const std::optional<CaseStatus> status = caseStatusFromString(code.toStdString());
    return status ? CaseRowPresentation::statusTitle(*status) : orNone(code);
}

QString priorityWord(const QString &code)
{
    const std::optional<CasePriority> priority = casePriorityFromString(code.toStdString());
    return priority ? CaseRowPresentation::priorityTitle(*priority) : orNone(code);
}

// Amounts are stored as "1234.50 EUR"; the reader sees them in their own format.
QString amount(const QString &stored)
{
    const auto money = AlertText::parseStoredMoney(stored.toStdString());
    return money ? QString::fromStdString(AlertText::money(money->first, money->second)) : stored;
}

QString messageChannel(const QString &code)
{
    if (code == QLatin1String("sms")) {
        return CaseEntryWording::tr("SMS");
    }
    return CaseEntryWording::channel(code.toStdString());
}

QString system(const QString &code)
{
    return TimelineModel::systemTitle(code);
}

} // namespace

QString CaseEntryWording::summary(const std::string &kind, const std::string &stored)
{
    const QString text = QString::fromStdString(stored);
    QString said;
    if (kind == "case.opened") {
        said = caseOpened(text);
    } else if (kind == "case.updated") {
        said = caseUpdated(text);
    } else if (kind == "contact.inbound" || kind == "contact.outbound") {
        said = contact(text);
    } else if (kind == "action.requested") {
        said = actionRequested(text);
    } else if (kind == "action.delivered" || kind == "action.failed") {
        said = actionOutcome(kind, text);
    } else if (kind.rfind("escalation.", 0) == 0) {
        said = escalation(kind, text);
    } else if (kind == "refund.approved" || kind == "refund.rejected") {
        said = refundDecision(text);
    } else if (kind == "refund.awaiting-approval") {
        said = refundHeld(text);
    }
    return said.isEmpty() ? text : said;
}

QString CaseEntryWording::action(const std::string &code)
{
    if (code == "refund") {
        return tr("refund");
    }
    if (code == "return-label") {
        return tr("return label");
    }
    if (code == "reschedule") {
        return tr("reschedule", "an action: change a delivery's slot or address");
    }
    if (code == "cancel") {
        return tr("cancel", "an action: cancel an order");
    }
    if (code == "replace") {
        return tr("replace", "an action: send a replacement");
    }
    if (code == "message") {
        return tr("message", "an action: write to the customer");
    }
    return CodeWords::of(code);
}

QString CaseEntryWording::channel(const std::string &code)
{
    if (code == "phone") {
        return tr("phone");
    }
    if (code == "email") {
        return tr("email");
    }
    if (code == "chat") {
        return tr("chat");
    }
    if (code == "store") {
        return tr("store", "a case channel: the customer came to a store");
    }
    if (code == "social") {
        return tr("social");
    }
    if (code == "complaint-form") {
        return tr("complaint form");
    }
    return CodeWords::of(code);
}

QString CaseEntryWording::caseOpened(const QString &stored)
{
    const QRegularExpressionMatch match =
        whole(QStringLiteral("Case opened from ([a-z-]+): (.*)"), stored);
    if (!match.hasMatch()) {
        return {};
    }
    //: %1 = channel (phone, email, …), %2 = the case's subject
    return tr("Case opened from %1: %2")
        .arg(channel(match.captured(1).toStdString()), match.captured(2));
}

QString CaseEntryWording::caseUpdated(const QString &stored)
{
    if (stored == QLatin1String("links changed")) {
        return tr("Linked orders or shipments changed");
    }
    // "status open → pending; assignee (none) → lena": split only where a field name follows, so
    // a subject with "; " in it stays whole.
    static const QRegularExpression split(
        QStringLiteral("; (?=(?:status|priority|department|assignee|subject|SLA due) )"));
    QStringList said;
    for (const QString &part : stored.split(split)) {
        const QRegularExpressionMatch match = whole(
            QStringLiteral("(status|priority|department|assignee|subject|SLA due) (.*) → (.*)"),
            part);
        if (!match.hasMatch()) {
            return {};
        }
        said.append(fieldChange(match.captured(1), match.captured(2), match.captured(3)));
    }
    return said.join(QStringLiteral("; "));
}

QString CaseEntryWording::fieldChange(const QString &field, const QString &before,
                                      const QString &after)
{
    if (field == QLatin1String("status")) {
        return tr("status %1 → %2").arg(statusWord(before), statusWord(after));
    }
    if (field == QLatin1String("priority")) {
        return tr("priority %1 → %2").arg(priorityWord(before), priorityWord(after));
    }
    if (field == QLatin1String("department")) {
        return tr("department %1 → %2").arg(department(before), department(after));
    }
    if (field == QLatin1String("assignee")) {
        return tr("assignee %1 → %2").arg(orNone(before), orNone(after));
    }
    if (field == QLatin1String("subject")) {
        return tr("subject %1 → %2").arg(orNone(before), orNone(after));
    }
    return tr("due %1 → %2", "the case's SLA deadline changed").arg(when(before), when(after));
}

QString CaseEntryWording::contact(const QString &stored)
{
    const QRegularExpressionMatch match = whole(QStringLiteral("([a-z-]+): (.*)"), stored);
    if (!match.hasMatch()) {
        return {};
    }
    //: A contact with the customer: %1 = channel (phone, email, …), %2 = what was said
    return tr("%1: %2", "contact").arg(channel(match.captured(1).toStdString()), match.captured(2));
}

QString CaseEntryWording::actionRequested(const QString &stored)
{
    QRegularExpressionMatch match = whole(QStringLiteral("Refund of (.+) on (\\S+): (.*)"), stored);
    if (match.hasMatch()) {
        //: %1 = amount with currency, %2 = order, %3 = reason
        return tr("Refund of %1 on %2: %3")
            .arg(amount(match.captured(1)), match.captured(2), match.captured(3));
    }
    match = whole(QStringLiteral("Return label for (\\S+): (.*)"), stored);
    if (match.hasMatch()) {
        //: %1 = order, %2 = reason
        return tr("Return label for %1: %2").arg(match.captured(1), match.captured(2));
    }
    match = whole(QStringLiteral("Delivery of (\\S+) redirected to pickup point (.+)"), stored);
    if (match.hasMatch()) {
        //: %1 = shipment, %2 = pickup point
        return tr("Delivery of %1 redirected to pickup point %2")
            .arg(match.captured(1), match.captured(2));
    }
    match = whole(QStringLiteral("Delivery of (\\S+) moved to slot (.+)"), stored);
    if (match.hasMatch()) {
        //: %1 = shipment, %2 = delivery slot
        return tr("Delivery of %1 moved to slot %2").arg(match.captured(1), match.captured(2));
    }
    match = whole(QStringLiteral("Cancel (\\S+): (.*)"), stored);
    if (match.hasMatch()) {
        //: Cancelling an order: %1 = order, %2 = reason
        return tr("Cancel %1: %2").arg(match.captured(1), match.captured(2));
    }
    match = whole(QStringLiteral("Replacement for (\\S+): (.*)"), stored);
    if (match.hasMatch()) {
        //: %1 = order, %2 = reason
        return tr("Replacement for %1: %2").arg(match.captured(1), match.captured(2));
    }
    match = whole(QStringLiteral("Message to the customer \\(([^,]+), ([^)]+)\\): (.*)"), stored);
    if (match.hasMatch()) {
        //: %1 = channel (email, SMS), %2 = the customer's language code, %3 = subject
        return tr("Message to the customer (%1, %2): %3")
            .arg(messageChannel(match.captured(1)), match.captured(2), match.captured(3));
    }
    return {};
}

QString CaseEntryWording::actionOutcome(const std::string &kind, const QString &stored)
{
    if (kind == "action.delivered") {
        const QRegularExpressionMatch match =
            whole(QStringLiteral("(\\S+) delivered to (\\S+)"), stored);
        if (!match.hasMatch()) {
            return {};
        }
        //: %1 = action (refund, return label, …), %2 = back-office system
        return tr("%1 delivered to %2")
            .arg(action(match.captured(1).toStdString()), system(match.captured(2)));
    }
    const QRegularExpressionMatch match = whole(QStringLiteral("(\\S+) failed: (.*)"), stored);
    if (!match.hasMatch()) {
        return {};
    }
    //: %1 = action (refund, return label, …), %2 = why, as the system said it
    return tr("%1 failed: %2").arg(action(match.captured(1).toStdString()), match.captured(2));
}

QString CaseEntryWording::escalation(const std::string &kind, const QString &stored)
{
    if (kind == "escalation.opened") {
        const QRegularExpressionMatch match =
            whole(QStringLiteral("Escalated to (\\S+) \\(due ([^)]+)\\): (.*)"), stored);
        if (!match.hasMatch()) {
            return {};
        }
        //: %1 = department, %2 = date and time it is due, %3 = reason
        return tr("Escalated to %1 (due %2): %3")
            .arg(department(match.captured(1)), when(match.captured(2)), match.captured(3));
    }
    const QRegularExpressionMatch match = whole(
        QStringLiteral("(\\S+) (accepted|resolved|returned) the escalation(?:: (.*))?"), stored);
    if (!match.hasMatch()) {
        return {};
    }
    const QString who = department(match.captured(1));
    const QString verb = match.captured(2);
    const QString note = match.captured(3);
    if (verb == QLatin1String("accepted")) {
        //: %1 = department
        return note.isEmpty() ? tr("%1 accepted the escalation").arg(who)
                              : tr("%1 accepted the escalation: %2").arg(who, note);
    }
    if (verb == QLatin1String("resolved")) {
        //: %1 = department
        return note.isEmpty() ? tr("%1 resolved the escalation").arg(who)
                              : tr("%1 resolved the escalation: %2").arg(who, note);
    }
    //: %1 = department; returned = handed back to the case's owner without a resolution
    return note.isEmpty() ? tr("%1 returned the escalation").arg(who)
                          : tr("%1 returned the escalation: %2").arg(who, note);
}

QString CaseEntryWording::refundDecision(const QString &stored)
{
    const QRegularExpressionMatch match =
        whole(QStringLiteral(
                  "Refund of (.+) on (\\S+) (approved|rejected) \\(request (\\d+)\\)(?:: (.*))?"),
              stored);
    if (!match.hasMatch()) {
        return {};
    }
    const QString money = amount(match.captured(1));
    const QString order = match.captured(2);
    const QString request = match.captured(4);
    const QString note = match.captured(5);
    if (match.captured(3) == QLatin1String("approved")) {
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

QString CaseEntryWording::refundHeld(const QString &stored)
{
    const QRegularExpressionMatch match = whole(
        QStringLiteral("Held for a supervisor's approval \\(request (\\d+)\\): (.*)"), stored);
    if (!match.hasMatch()) {
        return {};
    }
    const QString refund = actionRequested(match.captured(2));
    //: %1 = approval request number, %2 = the refund ("Refund of 25.00 EUR on ORD-1: …")
    return tr("Held for a supervisor's approval (request %1): %2")
        .arg(match.captured(1), refund.isEmpty() ? match.captured(2) : refund);
}

} // namespace caseline
