#pragma once

#include "domain/CaseEntry.h"

#include <string>

namespace caseline {

// Reads the case history as schema 8 and earlier kept it (an English sentence and a second line
// per entry, as CaseRepository, ActionPlanner, OutboxSender, EscalationDesk and
// RefundApprovalDesk composed them) into kinds, arguments and text. Schema step 9 uses it once
// per store; nothing else reads stored sentences.
//
// One reader reads one case's entries in the order they were written: a change of subject is
// read knowing the subject before it, so a subject with " → " or "; " in it splits right. An
// entry it cannot read is kept as written (CaseEntryKind::Written): its sentence as the text,
// its kind and second line in the arguments.
class LegacyHistoryReader
{
public:
    struct Row
    {
        std::string kind;
        std::string summary;
        std::string detail;
    };

    // kind, arguments and text of the entry; id, case, time and actor are the caller's.
    CaseEntry read(const Row &row);

private:
    bool readOpening(const Row &row, CaseEntry &entry);
    bool readChanges(const Row &row, CaseEntry &entry);
    bool readHandWritten(const Row &row, CaseEntry &entry);
    bool readRequest(const Row &row, CaseEntry &entry);
    bool readOutcome(const Row &row, CaseEntry &entry);
    bool readEscalation(const Row &row, CaseEntry &entry);
    bool readRefund(const Row &row, CaseEntry &entry);

    std::string m_subject; // the case's subject after the entries read so far
};

} // namespace caseline
