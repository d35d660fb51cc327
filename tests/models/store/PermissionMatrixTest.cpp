#include "StoreTestFixture.h"
#include "actions/ActionPlanner.h"
#include "actions/ActionService.h"
#include "store/AccessPolicy.h"
#include "store/AuditLog.h"
#include "store/CaseReassignment.h"
#include "store/CaseRepository.h"
#include "store/EscalationDesk.h"
#include "store/RefundApprovalDesk.h"
#include "store/StaffDirectory.h"
#include "store/StoreError.h"

#include <QSqlQuery>
#include <functional>
#include <map>
#include <set>

namespace caseline::test {
namespace {

using Role = StaffMember::Role;
using P = Permission;

// The defaults the product promises (issue "Roles and permissions").
const std::map<Role, std::set<Permission>> defaults{
    {Role::Agent,
     {P::ViewCase, P::CreateCase, P::EditCase, P::AddNote, P::LogContact, P::Escalate,
      P::AnswerEscalation, P::Reschedule, P::RedirectDelivery, P::IssueReturnLabel, P::Refund,
      P::Cancel, P::Replace, P::MessageCustomer}},
    {Role::StoreStaff,
     {P::ViewCase, P::CreateCase, P::AddNote, P::LogContact, P::Escalate, P::AnswerEscalation,
      P::Reschedule, P::RedirectDelivery, P::IssueReturnLabel}},
    {Role::Finance,
     {P::ViewCase, P::AddNote, P::LogContact, P::Escalate, P::AnswerEscalation, P::Refund,
      P::Cancel, P::ViewDashboard}},
    {Role::Supervisor, std::set<Permission>(allPermissions().begin(), allPermissions().end())}};

// One attempt per permission a service checks: `prepare` sets up what the attempt needs (as a
// supervisor), `act` is the attempt by the user under test.
struct Attempt
{
    std::function<void()> prepare;
    std::function<void(const std::string &actor)> act;
};

class PermissionMatrixTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        StaffDirectory(*db, clock)
            .save({"sara", "supervisors", Role::Supervisor, ""}, "setup"); // the first
        caseId = CaseRepository(*db, clock).create(draft(), "sara").id;
    }

    static SupportCase draft()
    {
        SupportCase item;
        item.customerId = "CUS-1001";
        item.customerLanguage = "it";
        item.subject = "Wrong item";
        item.department = "customer-service";
        return item;
    }

    long long count(const char *table)
    {
        return db->scalar(QStringLiteral("SELECT COUNT(*) FROM ") + QString::fromLatin1(table))
            .toLongLong();
    }

    std::map<std::string, long long> snapshot()
    {
        std::map<std::string, long long> counts;
        for (const char *table :
             {"cases", "case_entries", "outbox", "escalations", "refund_approvals", "staff",
              "departments", "role_permissions", "policies", "audit_log"}) {
            counts[table] = count(table);
        }
        counts["versions"] =
            db->scalar(QStringLiteral("SELECT SUM(version) FROM cases")).toLongLong();
        counts["decided"] = db->scalar(QStringLiteral("SELECT COUNT(*) FROM refund_approvals "
                                                      "WHERE state <> 'pending'"))
                                .toLongLong();
        return counts;
    }

    std::map<Permission, Attempt> attempts()
    {
        std::map<Permission, Attempt> all;
        const auto submit = [this](PlannedAction plan) {
            return [this, plan](const std::string &actor) {
                ActionService(*db, clock).submit(caseId, plan, actor);
            };
        };
        all[P::CreateCase] = {{}, [this](const std::string &actor) {
                                  CaseRepository(*db, clock).create(draft(), actor);
                              }};
        all[P::EditCase] = {{}, [this](const std::string &actor) {
                                CaseRepository cases(*db, clock);
                                SupportCase item = cases.get(caseId);
                                item.subject += " (edited)";
                                cases.update(item, actor);
                            }};
        all[P::AddNote] = {
            {}, [this](const std::string &actor) {
                CaseRepository(*db, clock).addEntry(caseId, actor, CaseEntryKind::Note, {}, "note");
            }};
        all[P::LogContact] = {{}, [this](const std::string &actor) {
                                  CaseRepository(*db, clock)
                                      .addEntry(caseId, actor, CaseEntryKind::ContactInbound,
                                                CaseContact{CaseChannel::Phone}, "called");
                              }};
        all[P::Escalate] = {{}, [this](const std::string &actor) {
                                EscalationDesk(*db, clock)
                                    .escalate(caseId, "finance", "check", CasePriority::Normal,
                                              actor);
                            }};
        all[P::AnswerEscalation] = {
            [this] {
                escalationId = EscalationDesk(*db, clock)
                                   .escalate(caseId, "customer-service", "answer me",
                                             CasePriority::Normal, "sara")
                                   .id;
            },
            [this](const std::string &actor) {
                EscalationDesk desk(*db, clock);
                desk.accept(escalationId, desk.get(escalationId).version, actor);
            }};
        all[P::Reschedule] = {{}, submit(ActionPlanner::reschedule("SHP-1", "SLOT-1", ""))};
        all[P::RedirectDelivery] = {{}, submit(ActionPlanner::reschedule("SHP-1", "", "PUP-1"))};
        all[P::IssueReturnLabel] = {
            {}, submit(ActionPlanner::returnLabel("ORD-1001", {{"L1", 1}}, "wrong item"))};
        all[P::Refund] = {{}, submit(ActionPlanner::refund("ORD-1001", 500, "EUR", "goodwill"))};
        all[P::Cancel] = {{}, submit(ActionPlanner::cancel("ORD-1001", "changed mind"))};
        all[P::Replace] = {{}, submit(ActionPlanner::replace("ORD-1001", {{"L1", 1}}, "broken"))};
        all[P::MessageCustomer] = {
            {}, submit(ActionPlanner::message("CUS-1001", "ORD-1001", "email", "it", "Ciao", "x"))};
        all[P::ApproveRefund] = {
            [this] {
                approvalId =
                    RefundApprovalDesk(*db, clock)
                        .request(caseId, ActionPlanner::refund("ORD-1001", 90000, "EUR", "sofa"),
                                 "anna")
                        .id;
            },
            [this](const std::string &actor) {
                RefundApprovalDesk(*db, clock).approve(approvalId, actor, "fine");
            }};
        all[P::ReassignBulk] = {{}, [this](const std::string &actor) {
                                    CaseReassignment(*db, clock).reassign({caseId}, "bob", actor);
                                }};
        all[P::ChangeSlaPolicy] = {
            {}, [this](const std::string &actor) {
                EscalationDesk(*db, clock).saveDepartment({"finance", "Finance", 36}, actor);
            }};
        all[P::ManageStaff] = {
            {}, [this](const std::string &actor) {
                StaffDirectory(*db, clock).save({"newbie", "store", Role::StoreStaff, ""}, actor);
            }};
        return all;
    }

    long long caseId = 0;
    long long escalationId = 0;
    long long approvalId = 0;
};

TEST_P(PermissionMatrixTest, TheDefaultMatrixIsStored)
{
    AccessPolicy access(*db, clock);
    for (const auto &[role, allowed] : defaults) {
        for (Permission permission : allPermissions()) {
            EXPECT_EQ(access.rolePermits(role, permission), allowed.contains(permission))
                << toString(role) << " " << toString(permission);
        }
    }
    EXPECT_EQ(access.matrix(), defaults);
}

TEST_P(PermissionMatrixTest, EveryRoleTriesEveryActionThroughTheServices)
{
    const std::map<Permission, Attempt> all = attempts();
    // View permissions guard no write; every other permission has its attempt here.
    EXPECT_EQ(all.size(), allPermissions().size() - 2);
    for (const auto &[role, allowed] : defaults) {
        const std::string actor = "user-" + toString(role);
        StaffDirectory(*db, clock).save({actor, "customer-service", role, ""}, "sara");
        for (const auto &[permission, attempt] : all) {
            SCOPED_TRACE(toString(role) + " × " + toString(permission));
            if (attempt.prepare) {
                attempt.prepare();
            }
            const auto before = snapshot();
            if (allowed.contains(permission)) {
                EXPECT_NO_THROW(attempt.act(actor));
                EXPECT_NE(snapshot(), before);
                continue;
            }
            try {
                attempt.act(actor);
                ADD_FAILURE() << "allowed";
            } catch (const StoreError &error) {
                EXPECT_EQ(error.kind(), StoreError::Kind::Forbidden) << error.what();
                EXPECT_NE(std::string(error.what()).find(actor + " (" + describe(role) + ")"),
                          std::string::npos)
                    << error.what();
            }
            auto after = snapshot();
            EXPECT_EQ(after["audit_log"], before.at("audit_log") + 1);
            after["audit_log"] = before.at("audit_log");
            EXPECT_EQ(after, before); // nothing else written
            QSqlQuery last = db->run(
                QStringLiteral("SELECT actor, action FROM audit_log ORDER BY seq DESC LIMIT 1"));
            ASSERT_TRUE(last.next());
            EXPECT_EQ(last.value(0).toString().toStdString(), actor);
            EXPECT_EQ(last.value(1).toString().toStdString(), "refused." + toString(permission));
        }
    }
    const AuditLog::Finding audit = AuditLog::verify(*db);
    EXPECT_FALSE(audit.brokenAt) << audit.problem;
}

TEST_P(PermissionMatrixTest, TheMessageSaysWhoMayAndTheMatrixCanChange)
{
    AccessPolicy access(*db, clock);
    StaffDirectory(*db, clock).save({"marco", "store", Role::StoreStaff, ""}, "sara");
    try {
        access.require("marco", P::Refund, caseId);
        ADD_FAILURE() << "store staff refunded";
    } catch (const StoreError &error) {
        EXPECT_EQ(std::string(error.what()),
                  "marco (store staff) may not refund: that needs the refund permission "
                  "(agent, supervisor, finance)");
    }
    EXPECT_THROW(access.grant(Role::StoreStaff, P::Refund, "marco"), StoreError);
    access.grant(Role::StoreStaff, P::Refund, "sara");
    EXPECT_TRUE(access.allows("marco", P::Refund));
    access.revoke(Role::StoreStaff, P::Refund, "sara");
    EXPECT_FALSE(access.allows("marco", P::Refund));
    // Someone not registered is a customer-service agent.
    EXPECT_TRUE(access.allows("nobody-yet", P::Refund));
    EXPECT_FALSE(access.allows("nobody-yet", P::ApproveRefund));
}

TEST_P(PermissionMatrixTest, ARefusalInsideATransactionEndsItAndStaysAudited)
{
    const long long entries = count("case_entries");
    db->begin();
    CaseRepository(*db, clock).insertEntry(caseId, "x", CaseEntryKind::Note, {}, "written before");
    EXPECT_THROW(AccessPolicy(*db, clock).require("user-none", P::ManageStaff), StoreError);
    EXPECT_FALSE(db->inTransaction());
    EXPECT_EQ(count("case_entries"), entries);
    EXPECT_FALSE(AuditLog::verify(*db).brokenAt);
    QSqlQuery last =
        db->run(QStringLiteral("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1"));
    ASSERT_TRUE(last.next());
    EXPECT_EQ(last.value(0).toString(), QStringLiteral("refused.manage-staff"));
}

CASELINE_ON_BOTH_STORES(PermissionMatrixTest);

} // namespace
} // namespace caseline::test
