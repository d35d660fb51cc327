#pragma once

#include "domain/CaseEntry.h"
#include "domain/SupportCase.h"

#include <QDateTime>
#include <string>
#include <vector>

namespace caseline {

// A change to a case that someone else's change overtook (optimistic locking): what this user
// wanted, the case as it now is, and who changed what meanwhile, so the user can decide, and
// nothing they did is lost.
struct CaseConflict
{
    SupportCase loaded; // the case as the user saw it when they began
    SupportCase mine;   // the change that was not saved
    SupportCase theirs; // the case as stored now
    std::string changedBy;
    QDateTime changedAt;
    std::vector<CaseEntry> theirChanges; // the "case updated" entries since the user began
};

} // namespace caseline
