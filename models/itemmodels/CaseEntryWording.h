#pragma once

#include <QCoreApplication>
#include <QString>
#include <string>

namespace caseline {

// The case's own history is stored in English, so the CLI, the audit and every console read the
// same record whatever language wrote it. This puts a stored summary into the reader's language:
// it recognises the sentences the store and the action planner write and says them again through
// the translation catalog. Free text (notes, what a customer said, reasons) is left as written,
// and a summary it does not recognise is shown as stored.
class CaseEntryWording
{
    Q_DECLARE_TR_FUNCTIONS(CaseEntryWording)

public:
    static QString summary(const std::string &kind, const std::string &stored);
    // "return-label" -> "return label", in the reader's language.
    static QString action(const std::string &code);
    // A case channel ("phone", "complaint-form") as a lower-case word in a sentence.
    static QString channel(const std::string &code);

private:
    static QString caseOpened(const QString &stored);
    static QString caseUpdated(const QString &stored);
    static QString contact(const QString &stored);
    static QString actionRequested(const QString &stored);
    static QString actionOutcome(const std::string &kind, const QString &stored);
    static QString escalation(const std::string &kind, const QString &stored);
    static QString refundDecision(const QString &stored);
    static QString refundHeld(const QString &stored);
    static QString fieldChange(const QString &field, const QString &before, const QString &after);
};

} // namespace caseline
