#pragma once

#include <string>

namespace caseline {

class CaseDatabase;

// Who is working: on a shared PostgreSQL store the database login (each operator connects as
// themselves, so the server vouches for it), on a local SQLite file the operating-system user.
// Either is mapped to a staff member through staff.login; an unmapped login is its own name.
class OperatorIdentity
{
public:
    static std::string resolve(CaseDatabase &db, const std::string &osUser);
};

} // namespace caseline
