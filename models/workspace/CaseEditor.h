#pragma once

#include "domain/CaseConflict.h"
#include "domain/SupportCase.h"

#include <QObject>
#include <string>

namespace caseline {

class CaseStoreThread;
class Clock;

// Saves an agent's changes to a case's status, priority, department and assignee. A change
// made on an older version than the store holds is not saved: conflicted() tells who changed
// what meanwhile and carries the agent's own change, to apply again on the current case or
// drop. Work runs in the store thread; answers are signals.
class CaseEditor : public QObject
{
    Q_OBJECT

public:
    CaseEditor(CaseStoreThread &store, const Clock &clock, std::string actor,
               QObject *parent = nullptr);

    // `loaded` is the case as the agent saw it; `changed` the same with their edits.
    void save(const SupportCase &loaded, const SupportCase &changed);
    // The fields the agent changed (mine against loaded) put on the current case, then saved;
    // the other person's changes to the other fields stay.
    void applyAgain(const CaseConflict &conflict);

Q_SIGNALS:
    void saved(const caseline::SupportCase &stored);
    void conflicted(const caseline::CaseConflict &conflict);
    void refused(long long caseId, const QString &reason);

private:
    CaseStoreThread &m_store;
    const Clock &m_clock;
    std::string m_actor;
};

} // namespace caseline
