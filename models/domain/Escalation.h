#pragma once

#include "domain/CaseStatus.h"

#include <QDateTime>
#include <optional>
#include <string>

namespace caseline {

// A case (or a task on it) handed to another department's queue with a reason and a due time.
// The receiving department accepts it, then resolves it or returns it with a note; every step
// lands on the case's timeline.
struct Escalation
{
    enum class State
    {
        Open,
        Accepted,
        Resolved,
        Returned
    };

    long long id = 0;
    long long caseId = 0;
    std::string department;
    std::string reason;
    CasePriority priority = CasePriority::Normal;
    QDateTime dueAt;
    State state = State::Open;
    std::string openedBy;
    QDateTime openedAt;
    std::string closingNote; // resolved or returned: what the department said
    QDateTime updatedAt;
    long long version = 1;

    bool isOpen() const { return state == State::Open || state == State::Accepted; }
};

std::string toString(Escalation::State state);
std::optional<Escalation::State> escalationStateFromString(const std::string &text);

} // namespace caseline
