#include "domain/CaseEntry.h"

#include "domain/EnumNames.h"

namespace caseline {

namespace {

constexpr EnumNames<CaseEntryKind, 16> kindNames{{{
    {CaseEntryKind::CaseOpened, "case.opened"},
    {CaseEntryKind::CaseUpdated, "case.updated"},
    {CaseEntryKind::Note, "note"},
    {CaseEntryKind::ContactInbound, "contact.inbound"},
    {CaseEntryKind::ContactOutbound, "contact.outbound"},
    {CaseEntryKind::ActionRequested, "action.requested"},
    {CaseEntryKind::ActionDelivered, "action.delivered"},
    {CaseEntryKind::ActionFailed, "action.failed"},
    {CaseEntryKind::EscalationOpened, "escalation.opened"},
    {CaseEntryKind::EscalationAccepted, "escalation.accepted"},
    {CaseEntryKind::EscalationResolved, "escalation.resolved"},
    {CaseEntryKind::EscalationReturned, "escalation.returned"},
    {CaseEntryKind::RefundHeld, "refund.awaiting-approval"},
    {CaseEntryKind::RefundApproved, "refund.approved"},
    {CaseEntryKind::RefundRejected, "refund.rejected"},
    {CaseEntryKind::Written, "written"},
}}};

template<typename Arguments>
bool holds(const CaseEntryArguments &arguments)
{
    return std::holds_alternative<Arguments>(arguments);
}

} // namespace

std::string toString(CaseEntryKind kind)
{
    return kindNames.toString(kind);
}

std::optional<CaseEntryKind> caseEntryKindFromString(const std::string &text)
{
    return kindNames.fromString(text);
}

bool CaseEntry::fits() const
{
    switch (kind) {
    case CaseEntryKind::CaseOpened:
        return holds<CaseOpening>(arguments);
    case CaseEntryKind::CaseUpdated:
        return holds<CaseChanges>(arguments);
    case CaseEntryKind::Note:
        return holds<std::monostate>(arguments);
    case CaseEntryKind::ContactInbound:
    case CaseEntryKind::ContactOutbound:
        return holds<CaseContact>(arguments);
    case CaseEntryKind::ActionRequested:
        return holds<ActionCommand>(arguments);
    case CaseEntryKind::ActionDelivered:
    case CaseEntryKind::ActionFailed:
        return holds<ActionOutcome>(arguments);
    case CaseEntryKind::EscalationOpened:
        return holds<EscalationOpening>(arguments);
    case CaseEntryKind::EscalationAccepted:
    case CaseEntryKind::EscalationResolved:
    case CaseEntryKind::EscalationReturned:
        return holds<EscalationAnswer>(arguments);
    case CaseEntryKind::RefundHeld:
        return holds<HeldRefund>(arguments);
    case CaseEntryKind::RefundApproved:
    case CaseEntryKind::RefundRejected:
        return holds<RefundDecision>(arguments);
    case CaseEntryKind::Written:
        return holds<WrittenEntry>(arguments);
    }
    return false;
}

bool CaseEntry::isContact() const
{
    return kind == CaseEntryKind::ContactInbound || kind == CaseEntryKind::ContactOutbound;
}

} // namespace caseline
