#include "store/LegacyHistoryReader.h"

#include "domain/Rfc3339.h"

#include <QRegularExpression>
#include <map>
#include <nlohmann/json.hpp>

namespace caseline {

namespace {

// The patterns mirror the English sentences the writers of schema 8 and earlier composed. Each
// is compiled once: a store may hold millions of entries.
QRegularExpressionMatch whole(const char *pattern, const std::string &text)
{
    thread_local std::map<const char *, QRegularExpression> compiled;
    auto found = compiled.find(pattern);
    if (found == compiled.end()) {
        found = compiled
                    .emplace(pattern,
                             QRegularExpression(QStringLiteral("^") + QString::fromUtf8(pattern) +
                                                    QStringLiteral("$"),
                                                QRegularExpression::DotMatchesEverythingOption))
                    .first;
    }
    return found->second.match(QString::fromStdString(text));
}

std::string captured(const QRegularExpressionMatch &match, int group)
{
    return match.captured(group).toStdString();
}

// The writers said "(none)" for an empty value.
std::string value(const std::string &said)
{
    return said == "(none)" ? std::string() : said;
}

// "1234.50 EUR", as amounts were stored whatever the writer's language.
std::optional<std::pair<long long, std::string>> money(const std::string &text)
{
    const QRegularExpressionMatch match = whole("(-?)(\\d+)\\.(\\d\\d) ([A-Z]{3})", text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const long long units = match.captured(2).toLongLong() * 100 + match.captured(3).toLongLong();
    return std::make_pair(match.captured(1).isEmpty() ? units : -units, captured(match, 4));
}

// The second line of an action request was the back-office request's body; what the sentence
// does not say (lines, a carrier's note, a message's text) is read from it where it is there.
nlohmann::json bodyOf(const std::string &detail)
{
    nlohmann::json body = nlohmann::json::parse(detail, nullptr, false);
    return body.is_object() ? body : nlohmann::json::object();
}

std::string member(const nlohmann::json &body, const char *key)
{
    const auto found = body.find(key);
    return found != body.end() && found->is_string() ? found->get<std::string>() : std::string();
}

std::vector<LineQuantity> linesOf(const nlohmann::json &body)
{
    std::vector<LineQuantity> lines;
    const auto found = body.find("lines");
    if (found == body.end() || !found->is_array()) {
        return lines;
    }
    for (const nlohmann::json &line : *found) {
        if (line.is_object() && line.value("lineId", nlohmann::json()).is_string() &&
            line.value("quantity", nlohmann::json()).is_number_integer()) {
            lines.push_back(
                {line.at("lineId").get<std::string>(), line.at("quantity").get<long long>()});
        }
    }
    return lines;
}

std::optional<RefundCommand> refundFrom(const std::string &sentence, const nlohmann::json &body)
{
    const QRegularExpressionMatch match =
        whole("Refund of (-?\\d+\\.\\d\\d [A-Z]{3}) on (\\S+): (.*)", sentence);
    const auto amount = money(captured(match, 1));
    if (!match.hasMatch() || !amount) {
        return std::nullopt;
    }
    return RefundCommand{captured(match, 2), amount->first, amount->second, captured(match, 3),
                         linesOf(body)};
}

std::optional<ActionCommand> commandFrom(const std::string &sentence, const std::string &detail)
{
    const nlohmann::json body = bodyOf(detail);
    if (const std::optional<RefundCommand> refund = refundFrom(sentence, body)) {
        return *refund;
    }
    QRegularExpressionMatch match = whole("Return label for (\\S+): (.*)", sentence);
    if (match.hasMatch()) {
        return ReturnLabelCommand{captured(match, 1), linesOf(body), captured(match, 2)};
    }
    match = whole("Delivery of (\\S+) redirected to pickup point (.+)", sentence);
    if (match.hasMatch()) {
        return RescheduleCommand{captured(match, 1), {}, captured(match, 2), member(body, "note")};
    }
    match = whole("Delivery of (\\S+) moved to slot (.+)", sentence);
    if (match.hasMatch()) {
        return RescheduleCommand{captured(match, 1), captured(match, 2), {}, member(body, "note")};
    }
    match = whole("Cancel (\\S+): (.*)", sentence);
    if (match.hasMatch()) {
        return CancelCommand{captured(match, 1), captured(match, 2)};
    }
    match = whole("Replacement for (\\S+): (.*)", sentence);
    if (match.hasMatch()) {
        return ReplacementCommand{captured(match, 1), linesOf(body), captured(match, 2)};
    }
    match = whole("Message to the customer \\(([^,]+), ([^)]+)\\): (.*)", sentence);
    if (match.hasMatch()) {
        return CustomerMessageCommand{member(body, "customerId"), member(body, "orderId"),
                                      captured(match, 1),         captured(match, 2),
                                      captured(match, 3),         member(body, "body")};
    }
    return std::nullopt;
}

// Notes and contacts kept their first 200 bytes as the sentence and the whole text as the
// second line (or nothing there). Any other pair says more than one text can: kept as written.
std::optional<std::string> wholeText(const std::string &beginning, const std::string &detail)
{
    if (detail.empty()) {
        return beginning;
    }
    if (detail.substr(0, 200) == beginning) {
        return detail;
    }
    return std::nullopt;
}

std::optional<CaseField> fieldNamed(const std::string &name)
{
    return name == "SLA due" ? CaseField::SlaDue : caseFieldFromString(name);
}

} // namespace

CaseEntry LegacyHistoryReader::read(const Row &row)
{
    CaseEntry entry;
    const std::optional<CaseEntryKind> kind = caseEntryKindFromString(row.kind);
    bool read = false;
    if (kind) {
        entry.kind = *kind;
        switch (*kind) {
        case CaseEntryKind::CaseOpened:
            read = readOpening(row, entry);
            break;
        case CaseEntryKind::CaseUpdated:
            read = readChanges(row, entry);
            break;
        case CaseEntryKind::Note:
        case CaseEntryKind::ContactInbound:
        case CaseEntryKind::ContactOutbound:
            read = readHandWritten(row, entry);
            break;
        case CaseEntryKind::ActionRequested:
            read = readRequest(row, entry);
            break;
        case CaseEntryKind::ActionDelivered:
        case CaseEntryKind::ActionFailed:
            read = readOutcome(row, entry);
            break;
        case CaseEntryKind::EscalationOpened:
        case CaseEntryKind::EscalationAccepted:
        case CaseEntryKind::EscalationResolved:
        case CaseEntryKind::EscalationReturned:
            read = readEscalation(row, entry);
            break;
        case CaseEntryKind::RefundHeld:
        case CaseEntryKind::RefundApproved:
        case CaseEntryKind::RefundRejected:
            read = readRefund(row, entry);
            break;
        case CaseEntryKind::Written:
            break; // no older writer wrote this kind
        }
    }
    if (read && entry.fits()) {
        return entry;
    }
    return {0, 0, {}, {}, CaseEntryKind::Written, WrittenEntry{row.kind, row.detail}, row.summary};
}

bool LegacyHistoryReader::readOpening(const Row &row, CaseEntry &entry)
{
    const QRegularExpressionMatch match = whole("Case opened from ([a-z-]+): (.*)", row.summary);
    const std::optional<CaseChannel> channel = caseChannelFromString(captured(match, 1));
    if (entry.kind != CaseEntryKind::CaseOpened || !match.hasMatch() || !channel ||
        !row.detail.empty()) {
        return false;
    }
    entry.arguments = CaseOpening{*channel};
    entry.text = captured(match, 2);
    m_subject = entry.text;
    return true;
}

bool LegacyHistoryReader::readChanges(const Row &row, CaseEntry &entry)
{
    if (entry.kind != CaseEntryKind::CaseUpdated || !row.detail.empty()) {
        return false;
    }
    if (row.summary == "links changed") {
        entry.arguments = CaseChanges{{}, true};
        return true;
    }
    // "status open → pending; assignee (none) → lena": split only where a field's name follows.
    static const QRegularExpression split(
        QStringLiteral("; (?=(?:status|priority|department|assignee|subject|SLA due) )"));
    static const std::string arrow = " → ";
    CaseChanges changes;
    std::string subject = m_subject;
    for (const QString &part : QString::fromStdString(row.summary).split(split)) {
        const QRegularExpressionMatch match =
            whole("(status|priority|department|assignee|subject|SLA due) (.*)", part.toStdString());
        const std::optional<CaseField> field = fieldNamed(captured(match, 1));
        if (!match.hasMatch() || !field) {
            return false;
        }
        const std::string said = captured(match, 2);
        std::size_t at = said.find(arrow);
        if (*field == CaseField::Subject && !subject.empty() &&
            said.rfind(subject + arrow, 0) == 0) {
            at = subject.size(); // the subject before may hold arrows of its own
        } else if (at == std::string::npos ||
                   said.find(arrow, at + arrow.size()) != std::string::npos) {
            return false; // no arrow, or several and nothing says which one splits
        }
        CaseFieldChange change{*field, value(said.substr(0, at)),
                               value(said.substr(at + arrow.size()))};
        if (*field == CaseField::Subject) {
            subject = change.after;
        }
        changes.fields.push_back(std::move(change));
    }
    entry.arguments = std::move(changes);
    m_subject = subject;
    return true;
}

bool LegacyHistoryReader::readHandWritten(const Row &row, CaseEntry &entry)
{
    if (entry.kind == CaseEntryKind::Note) {
        const std::optional<std::string> text = wholeText(row.summary, row.detail);
        entry.arguments = std::monostate{};
        entry.text = text.value_or(std::string());
        return text.has_value();
    }
    const QRegularExpressionMatch match = whole("([a-z-]+): (.*)", row.summary);
    const std::optional<CaseChannel> channel = caseChannelFromString(captured(match, 1));
    const std::optional<std::string> text = wholeText(captured(match, 2), row.detail);
    if (!match.hasMatch() || !channel || !text) {
        return false;
    }
    entry.arguments = CaseContact{*channel};
    entry.text = *text;
    return true;
}

bool LegacyHistoryReader::readRequest(const Row &row, CaseEntry &entry)
{
    const std::optional<ActionCommand> command = commandFrom(row.summary, row.detail);
    if (command) {
        entry.arguments = *command;
    }
    return command.has_value();
}

bool LegacyHistoryReader::readOutcome(const Row &row, CaseEntry &entry)
{
    if (entry.kind == CaseEntryKind::ActionDelivered) {
        const QRegularExpressionMatch match = whole("(\\S+) delivered to (\\S+)", row.summary);
        const std::optional<ActionKind> action = actionKindFromString(captured(match, 1));
        const std::optional<BackofficeSystem> system =
            backofficeSystemFromString(captured(match, 2));
        if (!match.hasMatch() || !action || !system) {
            return false;
        }
        entry.arguments = ActionOutcome{*action, system, std::nullopt, 0};
        entry.text = row.detail; // the system's answer
        return true;
    }
    const QRegularExpressionMatch match = whole("(\\S+) failed: (.*)", row.summary);
    const std::optional<ActionKind> action = actionKindFromString(captured(match, 1));
    if (entry.kind != CaseEntryKind::ActionFailed || !match.hasMatch() || !action ||
        !row.detail.empty()) {
        return false;
    }
    // The reason was a sentence in the sending program's language: kept as it was written.
    entry.arguments = ActionOutcome{*action, systemOf(*action), std::nullopt, 0};
    entry.text = captured(match, 2);
    return true;
}

bool LegacyHistoryReader::readEscalation(const Row &row, CaseEntry &entry)
{
    if (entry.kind == CaseEntryKind::EscalationOpened) {
        const QRegularExpressionMatch match =
            whole("Escalated to (\\S+) \\(due ([^)]+)\\): (.*)", row.summary);
        const std::optional<QDateTime> due = Rfc3339::parse(captured(match, 2));
        if (!match.hasMatch() || !due || !row.detail.empty()) {
            return false;
        }
        entry.arguments = EscalationOpening{captured(match, 1), *due};
        entry.text = captured(match, 3);
        return true;
    }
    const bool answer = entry.kind == CaseEntryKind::EscalationAccepted ||
                        entry.kind == CaseEntryKind::EscalationResolved ||
                        entry.kind == CaseEntryKind::EscalationReturned;
    const QRegularExpressionMatch match =
        whole("(\\S+) (accepted|resolved|returned) the escalation(?:: (.*))?", row.summary);
    if (!answer || !match.hasMatch() || row.kind != "escalation." + captured(match, 2) ||
        !row.detail.empty()) {
        return false;
    }
    entry.arguments = EscalationAnswer{captured(match, 1)};
    entry.text = captured(match, 3);
    return true;
}

bool LegacyHistoryReader::readRefund(const Row &row, CaseEntry &entry)
{
    if (entry.kind == CaseEntryKind::RefundHeld) {
        const QRegularExpressionMatch match =
            whole("Held for a supervisor's approval \\(request (\\d+)\\): (.*)", row.summary);
        const std::optional<RefundCommand> refund =
            refundFrom(captured(match, 2), bodyOf(row.detail));
        if (!match.hasMatch() || !refund) {
            return false;
        }
        entry.arguments = HeldRefund{match.captured(1).toLongLong(), *refund};
        return true;
    }
    const bool decided =
        entry.kind == CaseEntryKind::RefundApproved || entry.kind == CaseEntryKind::RefundRejected;
    const QRegularExpressionMatch match =
        whole("Refund of (-?\\d+\\.\\d\\d [A-Z]{3}) on (\\S+) "
              "(approved|rejected) \\(request (\\d+)\\)(?:: (.*))?",
              row.summary);
    const auto amount = money(captured(match, 1));
    const std::string note = captured(match, 5);
    // The note was kept twice: after the sentence and as the second line.
    if (!decided || !match.hasMatch() || !amount || row.kind != "refund." + captured(match, 3) ||
        row.detail != note) {
        return false;
    }
    entry.arguments = RefundDecision{match.captured(4).toLongLong(), captured(match, 2),
                                     amount->first, amount->second};
    entry.text = note;
    return true;
}

} // namespace caseline
