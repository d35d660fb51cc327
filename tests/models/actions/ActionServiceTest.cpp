#include "actions/ActionService.h"

#include "../store/StoreTestFixture.h"
#include "actions/ActionPlanner.h"
#include "itemmodels/CaseEntryWording.h"
#include "store/AuditLog.h"
#include "store/CaseRepository.h"
#include "store/Outbox.h"
#include "store/StaffDirectory.h"
#include "store/StoreError.h"

namespace caseline::test {
namespace {

class ActionServiceTest : public StoreTest
{
protected:
    long long openCase()
    {
        SupportCase draft;
        draft.customerId = "CUS-1001";
        draft.customerLanguage = "it";
        draft.subject = "Wrong item";
        draft.department = "customer-service";
        return CaseRepository(*db, clock).create(draft, "anna").id;
    }
};

TEST_P(ActionServiceTest, StoresTheOutboxEntryHistoryAndAuditTogether)
{
    const long long caseId = openCase();
    const long long entryId =
        ActionService(*db, clock)
            .submit(caseId, ActionPlanner::returnLabel("ORD-1001", {{"L1", 1}}, "wrong item"),
                    "anna")
            .outboxId;

    const std::optional<OutboxEntry> entry = Outbox(*db).find(entryId);
    ASSERT_TRUE(entry);
    EXPECT_EQ(entry->state, OutboxEntry::State::Pending);
    EXPECT_EQ(entry->system, "returns");
    EXPECT_EQ(entry->caseId, caseId);
    EXPECT_EQ(entry->idempotencyKey.rfind("caseline-", 0), 0u);
    EXPECT_EQ(nlohmann::json::parse(entry->body).at("orderId"), "ORD-1001");
    const std::vector<CaseEntry> history = CaseRepository(*db, clock).entries(caseId);
    ASSERT_EQ(history.size(), 2u);
    EXPECT_EQ(history[1].kind, CaseEntryKind::ActionRequested);
    const auto &command = std::get<ActionCommand>(history[1].arguments);
    ASSERT_TRUE(std::holds_alternative<ReturnLabelCommand>(command));
    EXPECT_EQ(std::get<ReturnLabelCommand>(command).orderId, "ORD-1001");
    EXPECT_EQ(
        CaseEntryWording::summary(history[1]).toStdString().rfind("Return label for ORD-1001", 0),
        0u);
    const AuditLog::Finding audit = AuditLog::verify(*db);
    EXPECT_EQ(audit.entries, 2);
    EXPECT_FALSE(audit.brokenAt);
}

TEST_P(ActionServiceTest, EachActionGetsItsOwnKey)
{
    const long long caseId = openCase();
    ActionService service(*db, clock);
    const PlannedAction plan = ActionPlanner::refund("ORD-1", 100, "EUR", "goodwill");
    const long long a = service.submit(caseId, plan, "anna").outboxId;
    const long long b = service.submit(caseId, plan, "anna").outboxId;
    EXPECT_NE(Outbox(*db).find(a)->idempotencyKey, Outbox(*db).find(b)->idempotencyKey);
}

TEST_P(ActionServiceTest, ALargeRefundIsHeldUnlessTheActorMayApproveIt)
{
    const long long caseId = openCase();
    StaffDirectory(*db, clock)
        .save({"lea", "supervisors", StaffMember::Role::Supervisor, ""}, "setup");
    ActionService service(*db, clock);
    const PlannedAction large = ActionPlanner::refund("ORD-1", 25000, "EUR", "broken sofa");
    const ActionReceipt held = service.submit(caseId, large, "anna");
    EXPECT_TRUE(held.held());
    EXPECT_EQ(held.outboxId, 0);
    EXPECT_TRUE(Outbox(*db).unfinished().empty());
    const ActionReceipt sent = service.submit(caseId, large, "lea");
    EXPECT_FALSE(sent.held());
    EXPECT_NE(sent.outboxId, 0);
}

TEST_P(ActionServiceTest, AnUnknownCaseWritesNothing)
{
    EXPECT_THROW(ActionService(*db, clock)
                     .submit(999, ActionPlanner::cancel("ORD-1", "changed mind"), "anna"),
                 StoreError);
    EXPECT_TRUE(Outbox(*db).unfinished().empty());
    EXPECT_EQ(AuditLog::verify(*db).entries, 0);
}

CASELINE_ON_BOTH_STORES(ActionServiceTest);

} // namespace
} // namespace caseline::test
