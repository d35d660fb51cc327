#pragma once

#include "MessageBar.h"
#include "domain/CaseConflict.h"

#include <optional>

class QPushButton;

namespace caseline {

// Shown when an agent's change to a case lost the race to someone else's: who changed what
// and when, and what the agent wanted. They apply their change again on top, or keep the
// other person's; until then their change stays here, never silently dropped. A warning bar
// with the two choices as its buttons.
class ConflictBar : public MessageBar
{
    Q_OBJECT

public:
    explicit ConflictBar(QWidget *parent = nullptr);

    void showConflict(const CaseConflict &conflict);
    void dismiss();
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *keepButton() const { return m_keep; }

Q_SIGNALS:
    void applyAgainRequested(const caseline::CaseConflict &conflict);
    void keepTheirsRequested(long long caseId);

private:
    static QString theirChanges(const CaseConflict &conflict);
    static QString wanted(const CaseConflict &conflict);

    QPushButton *m_apply = nullptr;
    QPushButton *m_keep = nullptr;
    std::optional<CaseConflict> m_conflict;
};

} // namespace caseline
