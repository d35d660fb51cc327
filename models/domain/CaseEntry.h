#pragma once

#include "domain/CaseEntryArguments.h"

#include <QDateTime>
#include <optional>
#include <string>

namespace caseline {

// Every kind of line in a case's own history, with the arguments each carries and what its
// text is. The history keeps no sentence: CaseEntryWording says each kind in the reader's
// language when it is shown.
enum class CaseEntryKind
{
    CaseOpened,         // case.opened: CaseOpening; text: the subject
    CaseUpdated,        // case.updated: CaseChanges
    Note,               // note: nothing; text: the note
    ContactInbound,     // contact.inbound: CaseContact; text: what the customer said
    ContactOutbound,    // contact.outbound: CaseContact; text: what the customer was told
    ActionRequested,    // action.requested: ActionCommand
    ActionDelivered,    // action.delivered: ActionOutcome; text: the system's answer
    ActionFailed,       // action.failed: ActionOutcome; text: an older store's reason
    EscalationOpened,   // escalation.opened: EscalationOpening; text: the reason
    EscalationAccepted, // escalation.accepted: EscalationAnswer
    EscalationResolved, // escalation.resolved: EscalationAnswer; text: the closing note
    EscalationReturned, // escalation.returned: EscalationAnswer; text: the closing note
    RefundHeld,         // refund.awaiting-approval: HeldRefund
    RefundApproved,     // refund.approved: RefundDecision; text: the supervisor's note
    RefundRejected,     // refund.rejected: RefundDecision; text: why
    Written             // written: WrittenEntry; text: an older store's sentence, as written
};

// The codes above, as case_entries.kind stores them and caseline-cli shows them.
std::string toString(CaseEntryKind kind);
std::optional<CaseEntryKind> caseEntryKindFromString(const std::string &text);

// One line of a case's own history: a note, a contact with the customer, a change, an
// escalation step, an action and its outcome. Joins the back-office events on the timeline.
struct CaseEntry
{
    long long id = 0;
    long long caseId = 0;
    QDateTime at;
    std::string actor; // who: a user name, or "outbox"
    CaseEntryKind kind = CaseEntryKind::Note;
    CaseEntryArguments arguments; // the alternative that goes with kind (fits())
    std::string text;             // what a person typed (or a system answered), may be empty

    // Whether arguments hold what kind carries.
    bool fits() const;
    bool isContact() const;
};

} // namespace caseline
