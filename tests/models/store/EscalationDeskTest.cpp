#include "store/EscalationDesk.h"

#include "StoreTestFixture.h"
#include "itemmodels/CaseEntryWording.h"
#include "store/AuditLog.h"
#include "store/CaseRepository.h"
#include "store/StaffDirectory.h"
#include "store/StoreError.h"

#include <functional>

namespace caseline::test {
namespace {

class EscalationDeskTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        desk = std::make_unique<EscalationDesk>(*db, clock);
        cases = std::make_unique<CaseRepository>(*db, clock);
        SupportCase draft;
        draft.customerId = "CUS-1001";
        draft.customerLanguage = "it";
        draft.subject = "Replacement cancelled and refunded, shipped anyway";
        draft.department = "customer-service";
        caseId = cases->create(draft, "anna").id;
        StaffDirectory staff(*db, clock);
        staff.save({"sara", "supervisors", StaffMember::Role::Supervisor, ""},
                   "setup"); // the first
        staff.save({"marco", "finance", StaffMember::Role::Finance, ""}, "sara");
        staff.save({"paolo", "warehouse", StaffMember::Role::Agent, ""}, "sara");
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

    std::unique_ptr<EscalationDesk> desk;
    std::unique_ptr<CaseRepository> cases;
    long long caseId = 0;
};

TEST_P(EscalationDeskTest, ShipsTheDefaultDepartments)
{
    std::vector<std::string> names;
    for (const Department &department : desk->departments()) {
        names.push_back(department.name);
    }
    EXPECT_EQ(names, (std::vector<std::string>{"customer-service", "finance", "logistics", "store",
                                               "supervisors", "warehouse"}));
    desk->saveDepartment({"returns-desk", "Returns desk", 12}, "sara");
    desk->saveDepartment({"finance", "Finance and billing", 36}, "sara");
    EXPECT_EQ(failureOf([&] {
                  desk->saveDepartment({"x-desk", "X", 4}, "marco");
              }),
              StoreError::Kind::Forbidden); // finance may not change SLAs
    EXPECT_EQ(desk->departments().size(), 7u);
    EXPECT_EQ(failureOf([&] {
                  desk->saveDepartment({"Bad Name", "x", 4}, "s");
              }),
              StoreError::Kind::Invalid);
    EXPECT_EQ(failureOf([&] {
                  desk->saveDepartment({"ok", "x", 0}, "s");
              }),
              StoreError::Kind::Invalid);
}

TEST_P(EscalationDeskTest, TheStoryOfAnEscalationIsOnTheCase)
{
    const Escalation opened = desk->escalate(
        caseId, "finance", "refund and replacement both issued", CasePriority::High, "anna");
    EXPECT_EQ(opened.state, Escalation::State::Open);
    EXPECT_EQ(opened.dueAt, clock.now().addSecs(48 * 3600)); // finance: 48 h
    EXPECT_EQ(cases->get(caseId).status, CaseStatus::WaitingOnDepartment);
    EXPECT_EQ(desk->queue("finance").size(), 1u);

    clock.advance(3600);
    const Escalation accepted = desk->accept(opened.id, opened.version, "marco");
    EXPECT_EQ(accepted.state, Escalation::State::Accepted);
    const Escalation resolved = desk->resolve(accepted.id, accepted.version,
                                              "refund kept; replacement to be returned", "marco");
    EXPECT_EQ(resolved.state, Escalation::State::Resolved);
    EXPECT_TRUE(desk->queue("finance").empty());
    EXPECT_EQ(cases->get(caseId).status, CaseStatus::Open); // back with its owner

    std::vector<std::string> kinds;
    for (const CaseEntry &entry : cases->entries(caseId)) {
        kinds.push_back(toString(entry.kind));
    }
    EXPECT_EQ(kinds, (std::vector<std::string>{"case.opened", "escalation.opened",
                                               "escalation.accepted", "escalation.resolved"}));
    const CaseEntry resolution = cases->entries(caseId).back();
    EXPECT_EQ(std::get<EscalationAnswer>(resolution.arguments).department, "finance");
    EXPECT_EQ(resolution.text, "refund kept; replacement to be returned");
    EXPECT_EQ(CaseEntryWording::summary(resolution).toStdString(),
              "Finance resolved the escalation: refund kept; replacement to be returned");
    EXPECT_FALSE(AuditLog::verify(*db).brokenAt);
}

TEST_P(EscalationDeskTest, AReturnedEscalationGoesBackWithANote)
{
    const Escalation opened =
        desk->escalate(caseId, "warehouse", "stop the parcel", CasePriority::Urgent, "anna");
    const Escalation returned =
        desk->giveBack(opened.id, opened.version, "already delivered, nothing to stop", "paolo");
    EXPECT_EQ(returned.state, Escalation::State::Returned);
    EXPECT_EQ(returned.closingNote, "already delivered, nothing to stop");
    EXPECT_EQ(cases->get(caseId).status, CaseStatus::Open);
}

TEST_P(EscalationDeskTest, AnAgreedDueTimeReplacesTheSlaButMustLieAhead)
{
    const QDateTime agreed = clock.now().addSecs(4 * 3600);
    const Escalation opened = desk->escalate(caseId, "finance", "customer calls back at four",
                                             CasePriority::High, "anna", agreed);
    EXPECT_EQ(opened.dueAt, agreed);
    EXPECT_EQ(failureOf([&] {
                  desk->escalate(caseId, "finance", "too late", CasePriority::High, "anna",
                                 clock.now().addSecs(-60));
              }),
              StoreError::Kind::Invalid);
    EXPECT_EQ(desk->ofCase(caseId).size(), 1u);
}

TEST_P(EscalationDeskTest, RefusesWhatTheStateDoesNotAllowAndStaleAnswers)
{
    EXPECT_EQ(
        failureOf([&] { desk->escalate(caseId, "marketing", "x", CasePriority::Normal, "a"); }),
        StoreError::Kind::Invalid);
    EXPECT_EQ(failureOf([&] { desk->escalate(caseId, "finance", "", CasePriority::Normal, "a"); }),
              StoreError::Kind::Invalid);
    EXPECT_EQ(failureOf([&] { desk->escalate(999, "finance", "x", CasePriority::Normal, "a"); }),
              StoreError::Kind::NotFound);
    EXPECT_TRUE(desk->ofCase(caseId).empty());

    const Escalation opened = desk->escalate(caseId, "finance", "x", CasePriority::Normal, "anna");
    // Only finance (or supervisors) answer finance's escalations.
    EXPECT_EQ(failureOf([&] { desk->accept(opened.id, opened.version, "paolo"); }),
              StoreError::Kind::Forbidden);
    EXPECT_EQ(failureOf([&] { desk->accept(opened.id, opened.version, "anna"); }),
              StoreError::Kind::Forbidden);
    desk->accept(opened.id, opened.version, "marco");
    // Another finance agent answers from the version they loaded before the accept.
    EXPECT_EQ(failureOf([&] { desk->resolve(opened.id, opened.version, "done", "sara"); }),
              StoreError::Kind::Conflict);
    const Escalation current = desk->get(opened.id);
    EXPECT_EQ(failureOf([&] { desk->accept(current.id, current.version, "marco"); }),
              StoreError::Kind::Invalid);
    EXPECT_EQ(failureOf([&] { desk->resolve(current.id, current.version, "", "marco"); }),
              StoreError::Kind::Invalid);
    desk->resolve(current.id, current.version, "done", "marco");
    const Escalation closed = desk->get(opened.id);
    EXPECT_EQ(failureOf([&] { desk->giveBack(closed.id, closed.version, "no", "marco"); }),
              StoreError::Kind::Invalid);
}

CASELINE_ON_BOTH_STORES(EscalationDeskTest);

} // namespace
} // namespace caseline::test
