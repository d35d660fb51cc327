#pragma once

#include <QDateTime>
#include <vector>

namespace caseline {

class CaseDatabase;

// The store's record of which case changed, written by triggers on every table that holds a
// case's data (schema step 5), whichever program or console made the change. Consoles read it
// to refresh what they show.
class CaseChangeLog
{
public:
    struct Changes
    {
        std::vector<long long> caseIds; // distinct, ascending
        long long lastSeq = 0;          // pass to the next since()
    };

    explicit CaseChangeLog(CaseDatabase &db);

    long long latestSeq();
    // The cases changed after `seq`. Only for SQLite, where writers are serialised: on
    // PostgreSQL a later sequence number can commit before an earlier one, so consoles there
    // take the case ids from the notifications instead.
    Changes since(long long seq);
    // Forgets changes recorded before `before`, keeping the latest so sequence numbers stay.
    void prune(const QDateTime &before);

private:
    CaseDatabase &m_db;
};

} // namespace caseline
