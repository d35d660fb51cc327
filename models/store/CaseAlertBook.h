#pragma once

#include "timeline/Alert.h"

#include <QDateTime>
#include <string>
#include <vector>

namespace caseline {

class CaseDatabase;

// The watchdog's unresolved conflicts per case, as the consoles last found them when they
// assembled the case's orders. Kept in the store so supervisors see every open case with a
// conflict without assembling every timeline themselves.
class CaseAlertBook
{
public:
    explicit CaseAlertBook(CaseDatabase &db);

    // Replaces what is known of one order of the case (`orderId` empty: the case's own alerts,
    // e.g. an overdue escalation) with `alerts`. Writes nothing when nothing changed, so
    // re-reading a case does not announce a change to every console. Returns whether it wrote.
    bool record(long long caseId, const std::string &orderId, const std::vector<Alert> &alerts,
                const QDateTime &now);

private:
    CaseDatabase &m_db;
};

} // namespace caseline
