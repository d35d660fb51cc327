#include "workspace/SupervisorDesk.h"

#include "ManualClock.h"
#include "TempDirectory.h"
#include "WaitUntil.h"
#include "actions/ActionPlanner.h"
#include "actions/ActionService.h"
#include "store/CaseRepository.h"
#include "store/Outbox.h"
#include "store/StaffDirectory.h"
#include "workspace/CaseStoreThread.h"

#include <QCoreApplication>
#include <chrono>
#include <functional>
#include <gtest/gtest.h>

namespace caseline::test {
namespace {

using namespace std::chrono_literals;

// The supervisor's desk over a real store thread on SQLite: the test only spins the event loop;
// every answer and every refusal arrives as a signal.
class SupervisorDeskTest : public ::testing::Test
{
protected:
    SupervisorDeskTest()
        : application(argc, argv)
        , store(StoreAddress::parse(directory.file("cases.sqlite")))
        , supervisor(store, clock, "sara")
        , agent(store, clock, "anna")
    {
        for (SupervisorDesk *desk : {&supervisor, &agent}) {
            QObject::connect(desk, &SupervisorDesk::refused,
                             [this](const QString &what, const QString &reason) {
                                 refusals.push_back((what + ": " + reason).toStdString());
                             });
            QObject::connect(desk, &SupervisorDesk::problem,
                             [this](const QString &what, const QString &reason) {
                                 problems.push_back((what + ": " + reason).toStdString());
                             });
        }
        store
            .run([this](CaseDatabase &db) {
                StaffDirectory(db, clock).save(
                    {"sara", "supervisors", StaffMember::Role::Supervisor, ""}, "setup");
                SupportCase draft;
                draft.customerId = "CUS-1001";
                draft.customerLanguage = "it";
                draft.subject = "Sofa arrived broken";
                draft.department = "customer-service";
                draft.assignee = "anna";
                caseId = CaseRepository(db, clock).create(draft, "anna").id;
                ActionService service(db, clock);
                for (long long amount : {15000, 30000}) {
                    service.submit(
                        caseId, ActionPlanner::refund("ORD-1001", amount, "EUR", "broken"), "anna");
                }
            })
            .waitForFinished();
    }

    ~SupervisorDeskTest() override { store.shutdown(); }

    int argc = 1;
    char name[19] = "SupervisorDeskTest";
    char *argv[2] = {name, nullptr};
    QCoreApplication application;
    TempDirectory directory;
    ManualClock clock;
    CaseStoreThread store;
    SupervisorDesk supervisor;
    SupervisorDesk agent;
    long long caseId = 0;
    std::vector<std::string> refusals;
    std::vector<std::string> problems;
};

TEST_F(SupervisorDeskTest, ApprovesAndRejectsTheWaitingRefunds)
{
    std::optional<std::vector<RefundApproval>> pending;
    QObject::connect(&supervisor, &SupervisorDesk::approvalsLoaded,
                     [&](const std::vector<RefundApproval> &loaded) { pending = loaded; });
    supervisor.loadApprovals();
    ASSERT_TRUE(waitUntil([&] { return pending.has_value(); }, "the pending approvals"));
    ASSERT_EQ(pending->size(), 2u);
    EXPECT_EQ(pending->at(0).amount, 15000);

    std::vector<RefundApproval> decided;
    QObject::connect(&supervisor, &SupervisorDesk::approvalDecided,
                     [&](const RefundApproval &approval) { decided.push_back(approval); });
    supervisor.approve(pending->at(0).id, QStringLiteral("photos checked"));
    supervisor.reject(pending->at(1).id, QStringLiteral("  ")); // a note is needed
    supervisor.reject(pending->at(1).id, QStringLiteral("too much"));
    ASSERT_TRUE(waitUntil([&] { return decided.size() == 2; }, "both decisions"))
        << problems.size();
    EXPECT_EQ(decided[0].state, RefundApproval::State::Approved);
    EXPECT_GT(decided[0].outboxId, 0);
    EXPECT_EQ(decided[1].state, RefundApproval::State::Rejected);
    EXPECT_EQ(decided[1].note, "too much");
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_NE(problems[0].find("needs a note"), std::string::npos) << problems[0];
    EXPECT_TRUE(refusals.empty());
    const int outbox =
        store.run([](CaseDatabase &db) { return Outbox(db).count(OutboxEntry::State::Pending); })
            .result();
    EXPECT_EQ(outbox, 1);
}

TEST_F(SupervisorDeskTest, AnAgentIsRefusedInWords)
{
    std::vector<RefundApproval> decided;
    QObject::connect(&agent, &SupervisorDesk::approvalDecided,
                     [&](const RefundApproval &approval) { decided.push_back(approval); });
    std::optional<int> moved;
    QObject::connect(&agent, &SupervisorDesk::reassigned, [&](int count) { moved = count; });
    agent.approve(1, QStringLiteral("mine"));
    agent.reassign({caseId}, QStringLiteral("bob"));
    ASSERT_TRUE(waitUntil([&] { return refusals.size() == 2; }, "both refusals"));
    EXPECT_NE(refusals[0].find("anna (agent) may not approve refunds"), std::string::npos)
        << refusals[0];
    EXPECT_NE(refusals[1].find("may not reassign cases in bulk"), std::string::npos) << refusals[1];
    EXPECT_TRUE(decided.empty());
    EXPECT_FALSE(moved);
    EXPECT_TRUE(problems.empty());
}

TEST_F(SupervisorDeskTest, ReassignsInBulkAndListsTheStaff)
{
    std::optional<int> moved;
    QObject::connect(&supervisor, &SupervisorDesk::reassigned, [&](int count) { moved = count; });
    supervisor.reassign({caseId}, QStringLiteral("bob"));
    ASSERT_TRUE(waitUntil([&] { return moved.has_value(); }, "the reassignment"));
    EXPECT_EQ(*moved, 1);
    const std::string assignee = store
                                     .run([this](CaseDatabase &db) {
                                         return CaseRepository(db, clock).get(caseId).assignee;
                                     })
                                     .result();
    EXPECT_EQ(assignee, "bob");

    std::optional<std::vector<StaffMember>> staff;
    QObject::connect(&supervisor, &SupervisorDesk::staffLoaded,
                     [&](const std::vector<StaffMember> &loaded) { staff = loaded; });
    supervisor.loadStaff();
    ASSERT_TRUE(waitUntil([&] { return staff.has_value(); }, "the staff list"));
    ASSERT_EQ(staff->size(), 1u);
    EXPECT_EQ(staff->front().role, StaffMember::Role::Supervisor);

    supervisor.reassign({caseId, 999}, QStringLiteral("carla"));
    ASSERT_TRUE(waitUntil([&] { return !problems.empty(); }, "the problem with the unknown case"));
    EXPECT_NE(problems[0].find("CASE-999"), std::string::npos) << problems[0];
}

} // namespace
} // namespace caseline::test
