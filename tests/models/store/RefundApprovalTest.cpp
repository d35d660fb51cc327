#include "StoreTestFixture.h"
#include "actions/ActionPlanner.h"
#include "actions/ActionService.h"
#include "itemmodels/CaseEntryWording.h"
#include "store/AccessPolicy.h"
#include "store/AuditLog.h"
#include "store/CaseRepository.h"
#include "store/Outbox.h"
#include "store/RefundApprovalDesk.h"
#include "store/StaffDirectory.h"
#include "store/StoreError.h"

#include <QSqlQuery>

namespace caseline::test {
namespace {

class RefundApprovalTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        StaffDirectory staff(*db, clock);
        staff.save({"sara", "supervisors", StaffMember::Role::Supervisor, ""}, "setup");
        staff.save({"anna", "customer-service", StaffMember::Role::Agent, ""}, "sara");
        SupportCase draft;
        draft.customerId = "CUS-1001";
        draft.customerLanguage = "it";
        draft.subject = "Sofa arrived broken";
        draft.department = "customer-service";
        caseId = CaseRepository(*db, clock).create(draft, "anna").id;
    }

    int outboxCount() { return db->scalar(QStringLiteral("SELECT COUNT(*) FROM outbox")).toInt(); }

    std::vector<std::string> kinds()
    {
        std::vector<std::string> result;
        for (const CaseEntry &entry : CaseRepository(*db, clock).entries(caseId)) {
            result.push_back(toString(entry.kind));
        }
        return result;
    }

    StoreError::Kind failureOf(const std::function<void()> &step)
    {
        try {
            step();
        } catch (const StoreError &error) {
            return error.kind();
        }
        ADD_FAILURE() << "no StoreError";
        return StoreError::Kind::Unavailable;
    }

    long long caseId = 0;
};

TEST_P(RefundApprovalTest, ALargeRefundWaitsForASupervisorAndIsSentOnceApproved)
{
    const PlannedAction refund = ActionPlanner::refund("ORD-1001", 15000, "EUR", "broken sofa");
    const ActionReceipt receipt = ActionService(*db, clock).submit(caseId, refund, "anna");
    ASSERT_TRUE(receipt.held());
    EXPECT_EQ(outboxCount(), 0);
    EXPECT_EQ(kinds(), (std::vector<std::string>{"case.opened", "refund.awaiting-approval"}));
    RefundApprovalDesk desk(*db, clock);
    const std::vector<RefundApproval> pending = desk.pending();
    ASSERT_EQ(pending.size(), 1u);
    EXPECT_EQ(pending[0].id, receipt.approvalId);
    EXPECT_EQ(pending[0].amount, 15000);
    EXPECT_EQ(pending[0].currency, "EUR");
    EXPECT_EQ(pending[0].orderId, "ORD-1001");
    EXPECT_EQ(pending[0].reason, "broken sofa");
    EXPECT_EQ(pending[0].requestedBy, "anna");
    EXPECT_EQ(pending[0].state, RefundApproval::State::Pending);

    clock.advance(600);
    const RefundApproval approved = desk.approve(receipt.approvalId, "sara", "photos checked");
    EXPECT_EQ(approved.state, RefundApproval::State::Approved);
    EXPECT_EQ(approved.decidedBy, "sara");
    EXPECT_EQ(approved.decidedAt, clock.now());
    EXPECT_EQ(approved.note, "photos checked");
    EXPECT_EQ(outboxCount(), 1);
    const std::optional<OutboxEntry> entry = Outbox(*db).find(approved.outboxId);
    ASSERT_TRUE(entry);
    EXPECT_EQ(entry->action, "refund");
    EXPECT_EQ(entry->system, "payments");
    EXPECT_EQ(entry->path, "/refunds");
    EXPECT_EQ(nlohmann::json::parse(entry->body), refund.body);
    EXPECT_EQ(entry->idempotencyKey.rfind("caseline-", 0), 0u);
    EXPECT_EQ(kinds(), (std::vector<std::string>{"case.opened", "refund.awaiting-approval",
                                                 "action.requested", "refund.approved"}));
    const std::vector<CaseEntry> history = CaseRepository(*db, clock).entries(caseId);
    const RefundCommand asked{"ORD-1001", 15000, "EUR", "broken sofa", {}};
    EXPECT_EQ(std::get<HeldRefund>(history[1].arguments), (HeldRefund{receipt.approvalId, asked}));
    EXPECT_EQ(std::get<ActionCommand>(history[2].arguments), ActionCommand(asked))
        << "the approved refund is sent as it was asked for";
    const CaseEntry decision = history.back();
    EXPECT_EQ(std::get<RefundDecision>(decision.arguments),
              (RefundDecision{receipt.approvalId, "ORD-1001", 15000, "EUR"}));
    EXPECT_EQ(decision.text, "photos checked");
    EXPECT_EQ(CaseEntryWording::summary(decision).toStdString(),
              "Refund of 150.00 EUR on ORD-1001 approved (request " +
                  std::to_string(receipt.approvalId) + "): photos checked");
    EXPECT_TRUE(desk.pending().empty());

    // Twice is not twice the money.
    EXPECT_EQ(failureOf([&] { desk.approve(receipt.approvalId, "sara", "again"); }),
              StoreError::Kind::Conflict);
    EXPECT_EQ(failureOf([&] { desk.reject(receipt.approvalId, "sara", "oops"); }),
              StoreError::Kind::Conflict);
    EXPECT_EQ(outboxCount(), 1);
    EXPECT_FALSE(AuditLog::verify(*db).brokenAt);
}

TEST_P(RefundApprovalTest, ARejectionNeedsANoteAndSendsNothing)
{
    const long long id =
        ActionService(*db, clock)
            .submit(caseId, ActionPlanner::refund("ORD-1001", 20000, "EUR", "goodwill"), "anna")
            .approvalId;
    RefundApprovalDesk desk(*db, clock);
    EXPECT_EQ(failureOf([&] { desk.reject(id, "sara", ""); }), StoreError::Kind::Invalid);
    const RefundApproval rejected = desk.reject(id, "sara", "goodwill is capped at 50.00");
    EXPECT_EQ(rejected.state, RefundApproval::State::Rejected);
    EXPECT_EQ(rejected.outboxId, 0);
    EXPECT_EQ(outboxCount(), 0);
    EXPECT_EQ(kinds().back(), "refund.rejected");
    EXPECT_EQ(failureOf([&] { desk.approve(id, "sara", ""); }), StoreError::Kind::Conflict);
    EXPECT_EQ(failureOf([&] { desk.approve(999, "sara", ""); }), StoreError::Kind::NotFound);
}

TEST_P(RefundApprovalTest, OnlyApproversDecideAndARefusalIsAudited)
{
    const long long id =
        ActionService(*db, clock)
            .submit(caseId, ActionPlanner::refund("ORD-1001", 20000, "EUR", "goodwill"), "anna")
            .approvalId;
    RefundApprovalDesk desk(*db, clock);
    const std::size_t entries = kinds().size();
    EXPECT_EQ(failureOf([&] { desk.approve(id, "anna", "mine"); }), StoreError::Kind::Forbidden);
    EXPECT_EQ(failureOf([&] { desk.reject(id, "anna", "mine"); }), StoreError::Kind::Forbidden);
    EXPECT_EQ(outboxCount(), 0);
    EXPECT_EQ(kinds().size(), entries);
    EXPECT_EQ(desk.get(id).state, RefundApproval::State::Pending);
    QSqlQuery refusals = db->run(QStringLiteral("SELECT actor, case_id FROM audit_log "
                                                "WHERE action = 'refused.approve-refund'"));
    int count = 0;
    while (refusals.next()) {
        ++count;
        EXPECT_EQ(refusals.value(0).toString(), QStringLiteral("anna"));
        EXPECT_EQ(refusals.value(1).toLongLong(), caseId);
    }
    EXPECT_EQ(count, 2);
    EXPECT_FALSE(AuditLog::verify(*db).brokenAt);
}

TEST_P(RefundApprovalTest, SmallRefundsGoStraightOutAndTheThresholdIsAPolicy)
{
    ActionService service(*db, clock);
    const ActionReceipt small =
        service.submit(caseId, ActionPlanner::refund("ORD-1001", 5000, "EUR", "late"), "anna");
    EXPECT_FALSE(small.held());
    EXPECT_NE(small.outboxId, 0);
    const ActionReceipt atThreshold =
        service.submit(caseId, ActionPlanner::refund("ORD-1001", 10000, "EUR", "late"), "anna");
    EXPECT_FALSE(atThreshold.held());

    AccessPolicy access(*db, clock);
    EXPECT_EQ(access.refundApprovalThreshold(), 10000);
    EXPECT_EQ(failureOf([&] { access.setRefundApprovalThreshold(1000, "anna"); }),
              StoreError::Kind::Forbidden);
    access.setRefundApprovalThreshold(2000, "sara");
    EXPECT_EQ(access.refundApprovalThreshold(), 2000);
    EXPECT_TRUE(
        service.submit(caseId, ActionPlanner::refund("ORD-1001", 5000, "EUR", "late"), "anna")
            .held());
    // A supervisor's own large refund is not held.
    EXPECT_FALSE(
        service.submit(caseId, ActionPlanner::refund("ORD-1001", 50000, "EUR", "sofa"), "sara")
            .held());
    EXPECT_EQ(outboxCount(), 3);
}

CASELINE_ON_BOTH_STORES(RefundApprovalTest);

} // namespace
} // namespace caseline::test
