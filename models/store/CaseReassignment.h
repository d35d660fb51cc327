#pragma once

#include "domain/Clock.h"

#include <string>
#include <vector>

namespace caseline {

class CaseDatabase;

// A supervisor moving many cases to one person at once (someone is ill, a queue overflows).
// One transaction: every case or none.
class CaseReassignment
{
public:
    CaseReassignment(CaseDatabase &db, const Clock &clock);

    // Needs ReassignBulk (a refusal is audited and thrown as StoreError Forbidden). Each case
    // that changes hands gets version + 1, a "case.updated" history entry and an audit entry;
    // returns how many changed hands (a case already with `assignee` is left alone). An unknown
    // case is StoreError NotFound and nothing is written.
    int reassign(const std::vector<long long> &caseIds, const std::string &assignee,
                 const std::string &actor);

private:
    CaseDatabase &m_db;
    const Clock &m_clock;
};

} // namespace caseline
