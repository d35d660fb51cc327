#pragma once

#include "domain/Clock.h"
#include "domain/Department.h"
#include "domain/Escalation.h"

#include <optional>
#include <vector>

namespace caseline {

class CaseDatabase;

// Departments and the escalations between them. Escalating hands a case to a department's
// queue (due within its SLA) and sets the case waiting on that department; accepting,
// resolving and returning are the receiving department's answers. Each step is one transaction
// with the case's history entry and the audit entry; a step from an older version, or one the
// current state does not allow, is refused and writes nothing.
class EscalationDesk
{
public:
    EscalationDesk(CaseDatabase &db, const Clock &clock);

    std::vector<Department> departments();
    // Adds or changes a department. StoreError Invalid for a bad name, title or SLA; Forbidden
    // without ChangeSlaPolicy (anyone may while nobody is registered). Escalating needs
    // Escalate; answering AnswerEscalation and the escalation's department (or supervisors).
    void saveDepartment(const Department &department, const std::string &actor);

    // Due within the department's SLA, unless the agent agreed an earlier or later time (`due`,
    // which must lie in the future).
    Escalation escalate(long long caseId, const std::string &department, const std::string &reason,
                        CasePriority priority, const std::string &actor, const QDateTime &due = {});
    Escalation accept(long long escalationId, long long version, const std::string &actor);
    Escalation resolve(long long escalationId, long long version, const std::string &note,
                       const std::string &actor);
    Escalation giveBack(long long escalationId, long long version, const std::string &note,
                        const std::string &actor);

    Escalation get(long long escalationId); // StoreError NotFound
    std::vector<Escalation> ofCase(long long caseId);
    // A department's queue: open and accepted escalations, the soonest due first.
    std::vector<Escalation> queue(const std::string &department);

private:
    Escalation answer(long long escalationId, long long version, Escalation::State next,
                      const std::string &note, const std::string &actor);

    CaseDatabase &m_db;
    const Clock &m_clock;
};

} // namespace caseline
