#pragma once

#include "domain/Clock.h"
#include "domain/StaffMember.h"

#include <vector>

namespace caseline {

class CaseDatabase;

// Who works in which department with which role and login. Someone not registered counts as an
// agent of customer service: the default desk can work at once, and nothing more. What each
// role allows is the AccessPolicy's.
class StaffDirectory
{
public:
    StaffDirectory(CaseDatabase &db, const Clock &clock);

    StaffMember find(const std::string &name);
    std::vector<StaffMember> all();
    // Needs ManageStaff, except while nobody is registered (the first registration sets up).
    // StoreError Invalid for an empty name, an unknown department or a login someone else has;
    // Forbidden (audited) when the actor may not.
    void save(const StaffMember &member, const std::string &actor);

private:
    CaseDatabase &m_db;
    const Clock &m_clock;
};

} // namespace caseline
