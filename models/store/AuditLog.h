#pragma once

#include <QDateTime>
#include <optional>
#include <string>

namespace caseline {

class CaseDatabase;

// Append-only record of who did what on which case. Each entry holds the SHA-256 of its own
// fields and of the previous entry's hash, so editing or deleting any entry breaks the chain
// from there on, and verify() finds it.
class AuditLog
{
public:
    struct Finding
    {
        long long entries = 0;             // entries checked
        std::optional<long long> brokenAt; // first entry whose chain does not hold
        std::string problem;               // in words, when broken
    };

    // Must run inside the caller's transaction: the entry commits or rolls back with the change
    // it records. `payload` is digested, not stored (it may hold customer data).
    static void append(CaseDatabase &db, const QDateTime &at, const std::string &actor,
                       const std::string &action, std::optional<long long> caseId,
                       const std::string &payload);

    static Finding verify(CaseDatabase &db);

    static std::string digest(const std::string &text); // hex SHA-256
};

} // namespace caseline
