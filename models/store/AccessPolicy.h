#pragma once

#include "domain/Clock.h"
#include "domain/Permission.h"
#include "domain/StaffMember.h"

#include <map>
#include <optional>
#include <set>
#include <string>

namespace caseline {

class CaseDatabase;

// What each role may do (the role_permissions table, seeded with the defaults and changed by
// whoever may manage staff) and the refund approval threshold. Someone not registered counts
// as an agent of customer service.
//
// A refusal is audited ("refused.<permission>") and thrown as StoreError Forbidden, in words.
// The audit entry must outlive the refused change, so the services check before they open
// their transaction; a check made inside one ends it (rolled back) before the refusal is
// written in a transaction of its own.
class AccessPolicy
{
public:
    AccessPolicy(CaseDatabase &db, const Clock &clock);

    StaffMember member(const std::string &actor);
    bool allows(const std::string &actor, Permission permission);
    bool rolePermits(StaffMember::Role role, Permission permission);
    std::map<StaffMember::Role, std::set<Permission>> matrix();

    void require(const std::string &actor, Permission permission,
                 std::optional<long long> caseId = {});
    // As require(), but anyone may while nobody is registered yet (setting up).
    void requireOrSetup(const std::string &actor, Permission permission);
    // AnswerEscalation, and the escalation's own department (or supervisors).
    void requireAnswer(const std::string &actor, const std::string &department, long long caseId);
    // Audits the refusal in English (`audited`: one language in the log, whoever's console
    // refused) and throws StoreError Forbidden with `shown`, in the console's language.
    [[noreturn]] void refuse(const std::string &actor, Permission permission,
                             std::optional<long long> caseId, const std::string &audited,
                             const std::string &shown);

    // Both need ManageStaff. Granting what a role has, or revoking what it lacks, changes nothing.
    void grant(StaffMember::Role role, Permission permission, const std::string &actor);
    void revoke(StaffMember::Role role, Permission permission, const std::string &actor);

    // Refunds above this many minor units wait for approval unless the actor may approve them.
    long long refundApprovalThreshold();
    // Needs ChangeSlaPolicy (the same people who set the departments' SLAs set this policy).
    // StoreError Invalid for a negative amount.
    void setRefundApprovalThreshold(long long amount, const std::string &actor);

private:
    void change(StaffMember::Role role, Permission permission, bool granted,
                const std::string &actor);
    std::string holders(Permission permission);

    CaseDatabase &m_db;
    const Clock &m_clock;
};

} // namespace caseline
