#include "store/CaseReassignment.h"

#include "StoreTestFixture.h"
#include "itemmodels/CaseEntryWording.h"
#include "store/AuditLog.h"
#include "store/CaseRepository.h"
#include "store/StaffDirectory.h"
#include "store/StoreError.h"

namespace caseline::test {
namespace {

class CaseReassignmentTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        StaffDirectory(*db, clock)
            .save({"sara", "supervisors", StaffMember::Role::Supervisor, ""}, "setup");
        CaseRepository cases(*db, clock);
        for (const char *assignee : {"anna", "anna", "bob"}) {
            SupportCase draft;
            draft.customerId = "CUS-1001";
            draft.customerLanguage = "it";
            draft.subject = "Late parcel";
            draft.department = "customer-service";
            draft.assignee = assignee;
            ids.push_back(cases.create(draft, "sara").id);
        }
    }

    std::vector<long long> ids;
};

TEST_P(CaseReassignmentTest, MovesEveryCaseInOneGoWithItsHistory)
{
    clock.advance(60);
    EXPECT_EQ(CaseReassignment(*db, clock).reassign(ids, "bob", "sara"), 2); // one was bob's
    CaseRepository cases(*db, clock);
    for (long long id : ids) {
        EXPECT_EQ(cases.get(id).assignee, "bob");
    }
    const SupportCase moved = cases.get(ids[0]);
    EXPECT_EQ(moved.version, 2);
    EXPECT_EQ(moved.updatedAt, clock.now());
    EXPECT_EQ(cases.get(ids[2]).version, 1);
    const CaseEntry last = cases.entries(ids[0]).back();
    EXPECT_EQ(last.kind, CaseEntryKind::CaseUpdated);
    EXPECT_EQ(std::get<CaseChanges>(last.arguments),
              (CaseChanges{{{CaseField::Assignee, "anna", "bob"}}, false}));
    EXPECT_EQ(CaseEntryWording::summary(last).toStdString(), "assignee anna → bob");
    EXPECT_EQ(last.actor, "sara");
    EXPECT_FALSE(AuditLog::verify(*db).brokenAt);
}

TEST_P(CaseReassignmentTest, AnUnknownCaseOrAnAgentChangesNothing)
{
    const long long audited = AuditLog::verify(*db).entries;
    try {
        CaseReassignment(*db, clock).reassign({ids[0], 999}, "bob", "sara");
        ADD_FAILURE() << "reassigned an unknown case";
    } catch (const StoreError &error) {
        EXPECT_EQ(error.kind(), StoreError::Kind::NotFound);
    }
    EXPECT_EQ(CaseRepository(*db, clock).get(ids[0]).assignee, "anna");
    EXPECT_EQ(AuditLog::verify(*db).entries, audited);

    try {
        CaseReassignment(*db, clock).reassign(ids, "anna", "anna");
        ADD_FAILURE() << "an agent reassigned in bulk";
    } catch (const StoreError &error) {
        EXPECT_EQ(error.kind(), StoreError::Kind::Forbidden);
    }
    EXPECT_EQ(CaseRepository(*db, clock).get(ids[2]).assignee, "bob");
    EXPECT_EQ(AuditLog::verify(*db).entries, audited + 1); // the refusal
}

CASELINE_ON_BOTH_STORES(CaseReassignmentTest);

} // namespace
} // namespace caseline::test
