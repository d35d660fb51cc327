#pragma once

#include "domain/CaseEntry.h"

#include <QCoreApplication>
#include <QString>
#include <string>

namespace caseline {

// Says a case entry (its kind and arguments) in the reader's language through the translation
// catalog: the console shows every entry so, whatever language wrote it. Under an EnglishWording
// it says them in English (caseline-cli, the audit log). What people typed (notes, what a
// customer said, reasons) and what a system answered is shown as written.
class CaseEntryWording
{
    Q_DECLARE_TR_FUNCTIONS(CaseEntryWording)

public:
    // The entry's line on the timeline.
    static QString summary(const CaseEntry &entry);
    // What its expandable line shows (the whole note, a system's answer), empty for nothing.
    static QString detail(const CaseEntry &entry);
    // In English whatever catalog is installed, as the audit log takes it: the summary, then
    // the detail on a line of its own.
    static std::string inEnglish(const CaseEntry &entry);

    // An action asked for: "Refund of 25.00 EUR on ORD-1: late".
    static QString command(const ActionCommand &command);
    // ActionKind::ReturnLabel -> "return label", in the reader's language.
    static QString action(ActionKind kind);
    // As stored ("return-label"); a code Caseline does not know is put in words.
    static QString action(const std::string &code);
    // A case channel as a lower-case word in a sentence: "phone", "complaint form".
    static QString channel(CaseChannel channel);

private:
    static QString changes(const CaseChanges &changes);
    static QString fieldChange(const CaseFieldChange &change);
    static QString failure(const ActionOutcome &outcome, const QString &asWritten);
    static QString answer(CaseEntryKind kind, const EscalationAnswer &answer, const QString &note);
    static QString decision(CaseEntryKind kind, const RefundDecision &decision,
                            const QString &note);
    static QString requestDetail(const ActionCommand &command);
};

} // namespace caseline
