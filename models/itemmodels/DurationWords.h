#pragma once

#include <QCoreApplication>
#include <QString>

namespace caseline {

// How long something lasts, in the few words a supervisor scans: "3 h 20 min", "2 d 4 h",
// "less than a minute". Shared by the dashboard's lists (time left, waiting since).
class DurationWords
{
    Q_DECLARE_TR_FUNCTIONS(DurationWords)

public:
    static QString span(qint64 seconds);
    // "2 h 10 min left" for a positive time left, "overdue by 3 h 20 min" for a negative one.
    static QString timeLeft(qint64 seconds);
};

} // namespace caseline
