#pragma once

#include "backoffice/HttpError.h"
#include "domain/ActionCommand.h"
#include "domain/BackofficeSystem.h"
#include "domain/CaseStatus.h"

#include <QDateTime>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace caseline {

// What each kind of case entry (CaseEntryKind) says beyond who and when, in the domain's words.
// What a person typed is not here but in the entry's text, kept as written.

// Where the customer raised the problem; the subject is the entry's text.
struct CaseOpening
{
    CaseChannel channel = CaseChannel::Phone;

    bool operator==(const CaseOpening &) const = default;
};

// The fields of a case a change names.
enum class CaseField
{
    Status,
    Priority,
    Department,
    Assignee,
    Subject,
    SlaDue
};

// As stored: status, priority, department, assignee, subject, sla-due.
std::string toString(CaseField field);
std::optional<CaseField> caseFieldFromString(const std::string &text);

// One field before and after, each as the case stores it: the status or priority code, the
// department's code, the assignee's name, the subject, the SLA due time in RFC 3339. Empty is
// none (no assignee, no SLA).
struct CaseFieldChange
{
    CaseField field = CaseField::Status;
    std::string before;
    std::string after;

    bool operator==(const CaseFieldChange &) const = default;
};

// A saved change of a case: its fields in the order the case lists them, and whether its
// linked orders, shipments or returns changed.
struct CaseChanges
{
    std::vector<CaseFieldChange> fields;
    bool linksChanged = false;

    bool operator==(const CaseChanges &) const = default;
};

// A contact with the customer (the direction is the entry's kind); what was said is the text.
struct CaseContact
{
    CaseChannel channel = CaseChannel::Phone;

    bool operator==(const CaseContact &) const = default;
};

// How the outbox's delivery of an action ended. A failure carries the back-office's error when
// the system answered or could not be reached, and how many tries the sender made before it
// gave up (0: the error was final, or nothing was sent).
struct ActionOutcome
{
    ActionKind action = ActionKind::Refund;
    std::optional<BackofficeSystem> system; // none: the outbox named no system Caseline knows
    std::optional<HttpError> error;
    int gaveUpAfter = 0;
};

// A case handed to a department; the reason is the entry's text.
struct EscalationOpening
{
    std::string department;
    QDateTime due;

    bool operator==(const EscalationOpening &) const = default;
};

// The receiving department's answer (the kind says which); a closing note is the text.
struct EscalationAnswer
{
    std::string department;

    bool operator==(const EscalationAnswer &) const = default;
};

// A refund above the approval threshold, waiting for a supervisor as approval request `request`.
struct HeldRefund
{
    long long request = 0;
    RefundCommand refund;

    bool operator==(const HeldRefund &) const = default;
};

// A supervisor's decision on approval request `request` (the kind says which); the note is the
// text.
struct RefundDecision
{
    long long request = 0;
    std::string orderId;
    long long amount = 0; // minor units
    std::string currency;

    bool operator==(const RefundDecision &) const = default;
};

// An entry of an older store whose sentence could not be read: the kind it was stored under and
// its second line; its sentence is the text. Shown as written.
struct WrittenEntry
{
    std::string kind;
    std::string detail;

    bool operator==(const WrittenEntry &) const = default;
};

// std::monostate: a note, which is all text.
using CaseEntryArguments = std::variant<std::monostate, CaseOpening, CaseChanges, CaseContact,
                                        ActionCommand, ActionOutcome, EscalationOpening,
                                        EscalationAnswer, HeldRefund, RefundDecision, WrittenEntry>;

} // namespace caseline
