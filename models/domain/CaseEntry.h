#pragma once

#include <QDateTime>
#include <string>

namespace caseline {

// One line of a case's own history: a note, a contact with the customer, a status change, an
// escalation step or an action and its outcome. Joins the back-office events on the timeline.
struct CaseEntry
{
    long long id = 0;
    long long caseId = 0;
    QDateTime at;
    std::string kind;    // e.g. note, contact.inbound, status.changed, escalation.opened
    std::string actor;   // who (user name or "system")
    std::string summary; // one line in plain words
    std::string detail;  // longer text (the note, the contact summary), may be empty
};

} // namespace caseline
