#include "store/CaseRepository.h"

#include "StoreTestFixture.h"
#include "itemmodels/CaseEntryWording.h"
#include "store/AuditLog.h"
#include "store/StoreError.h"
#include "store/StoreTransaction.h"

#include <functional>

namespace caseline::test {
namespace {

SupportCase stilettosCase()
{
    SupportCase draft;
    draft.customerId = "CUS-1001";
    draft.customerLanguage = "it";
    draft.subject = "Wrong item: blue stilettos instead of overalls";
    draft.channel = CaseChannel::Phone;
    draft.department = "customer-service";
    draft.links = {{"order", "ORD-1001"}, {"order", "ORD-1001-R1"}};
    return draft;
}

CaseFilter byDepartment(const std::string &department)
{
    CaseFilter filter;
    filter.department = department;
    return filter;
}

CaseFilter byStatus(CaseStatus status)
{
    CaseFilter filter;
    filter.status = status;
    return filter;
}

CaseFilter byLink(const std::string &ref)
{
    CaseFilter filter;
    filter.linkedRef = ref;
    return filter;
}

CaseFilter byCustomer(const std::string &customerId)
{
    CaseFilter filter;
    filter.customerId = customerId;
    return filter;
}

StoreError::Kind failureOf(const std::function<void()> &action)
{
    try {
        action();
    } catch (const StoreError &error) {
        return error.kind();
    }
    ADD_FAILURE() << "no StoreError";
    return StoreError::Kind::Unavailable;
}

class CaseRepositoryTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        cases = std::make_unique<CaseRepository>(*db, clock);
    }
    std::unique_ptr<CaseRepository> cases;
};

TEST_P(CaseRepositoryTest, CreatesACaseWithTheDepartmentsSla)
{
    const SupportCase created = cases->create(stilettosCase(), "anna");
    EXPECT_GT(created.id, 0);
    EXPECT_EQ(created.version, 1);
    EXPECT_EQ(created.createdAt, clock.now());
    EXPECT_EQ(created.slaDue, clock.now().addSecs(24 * 3600)); // customer service: 24 h

    const SupportCase stored = cases->get(created.id);
    EXPECT_EQ(stored.subject, created.subject);
    EXPECT_EQ(stored.customerLanguage, "it");
    EXPECT_EQ(stored.status, CaseStatus::New);
    EXPECT_EQ(stored.channel, CaseChannel::Phone);
    EXPECT_EQ(stored.slaDue, created.slaDue);
    EXPECT_EQ(stored.links,
              (std::vector<CaseLink>{{"order", "ORD-1001"}, {"order", "ORD-1001-R1"}}));
    const std::vector<CaseEntry> history = cases->entries(created.id);
    ASSERT_EQ(history.size(), 1u);
    EXPECT_EQ(history[0].kind, CaseEntryKind::CaseOpened);
    EXPECT_EQ(std::get<CaseOpening>(history[0].arguments).channel, CaseChannel::Phone);
    EXPECT_EQ(history[0].text, created.subject);
    EXPECT_EQ(history[0].actor, "anna");
    EXPECT_FALSE(AuditLog::verify(*db).brokenAt);
    EXPECT_EQ(AuditLog::verify(*db).entries, 1);
}

TEST_P(CaseRepositoryTest, RefusesInvalidCasesAndWritesNothing)
{
    SupportCase noCustomer = stilettosCase();
    noCustomer.customerId.clear();
    SupportCase badLanguage = stilettosCase();
    badLanguage.customerLanguage = "pt";
    SupportCase badDepartment = stilettosCase();
    badDepartment.department = "marketing";
    SupportCase badLink = stilettosCase();
    badLink.links = {{"invoice", "INV-1"}};
    for (const SupportCase &draft : {noCustomer, badLanguage, badDepartment, badLink}) {
        EXPECT_EQ(failureOf([&] { cases->create(draft, "anna"); }), StoreError::Kind::Invalid);
    }
    EXPECT_TRUE(cases->list({}).empty());
    EXPECT_EQ(AuditLog::verify(*db).entries, 0);
}

TEST_P(CaseRepositoryTest, UpdatesAndRecordsWhatChanged)
{
    SupportCase item = cases->create(stilettosCase(), "anna");
    clock.advance(600);
    item.status = CaseStatus::WaitingOnDepartment;
    item.department = "finance";
    item.assignee = "marco";
    const SupportCase saved = cases->update(item, "anna");
    EXPECT_EQ(saved.version, 2);
    EXPECT_EQ(saved.status, CaseStatus::WaitingOnDepartment);
    EXPECT_EQ(saved.updatedAt, clock.now());
    const std::vector<CaseEntry> history = cases->entries(item.id);
    ASSERT_EQ(history.size(), 2u);
    EXPECT_EQ(history[1].kind, CaseEntryKind::CaseUpdated);
    EXPECT_EQ(std::get<CaseChanges>(history[1].arguments),
              (CaseChanges{{{CaseField::Status, "new", "waiting-on-department"},
                            {CaseField::Department, "customer-service", "finance"},
                            {CaseField::Assignee, "", "marco"}},
                           false}));
    const std::string said = CaseEntryWording::inEnglish(history[1]);
    EXPECT_NE(said.find("status New → Waiting on department"), std::string::npos) << said;
    EXPECT_NE(said.find("assignee (none) → marco"), std::string::npos) << said;
}

TEST_P(CaseRepositoryTest, ChangedLinksAloneAreRecordedToo)
{
    SupportCase item = cases->create(stilettosCase(), "anna");
    item.links.push_back({"shipment", "SHP-1002"});
    cases->update(item, "anna");
    const std::vector<CaseEntry> history = cases->entries(item.id);
    ASSERT_EQ(history.size(), 2u);
    EXPECT_EQ(std::get<CaseChanges>(history[1].arguments), (CaseChanges{{}, true}));
    EXPECT_EQ(CaseEntryWording::summary(history[1]).toStdString(),
              "Linked orders or shipments changed");
}

// The subject is the agent's own text: arrows and semicolons in it are kept as typed.
TEST_P(CaseRepositoryTest, ASubjectWithArrowsAndSemicolonsRoundTripsAndIsWordedRight)
{
    SupportCase draft = stilettosCase();
    draft.subject = "Blue stilettos → instead of overalls; please help";
    SupportCase item = cases->create(draft, "anna");
    item.subject = "Wrong item: stilettos → overalls; status open → closed";
    item.priority = CasePriority::High;
    cases->update(item, "anna");
    const std::vector<CaseEntry> history = cases->entries(item.id);
    ASSERT_EQ(history.size(), 2u);
    EXPECT_EQ(history[0].text, "Blue stilettos → instead of overalls; please help");
    EXPECT_EQ(std::get<CaseChanges>(history[1].arguments).fields,
              (std::vector<CaseFieldChange>{
                  {CaseField::Priority, "normal", "high"},
                  {CaseField::Subject, "Blue stilettos → instead of overalls; please help",
                   "Wrong item: stilettos → overalls; status open → closed"}}));
    EXPECT_EQ(CaseEntryWording::summary(history[0]).toStdString(),
              "Case opened from phone: Blue stilettos → instead of overalls; please help");
    EXPECT_EQ(CaseEntryWording::summary(history[1]).toStdString(),
              "priority Normal → High; subject Blue stilettos → instead of overalls; please help "
              "→ Wrong item: stilettos → overalls; status open → closed");
}

TEST_P(CaseRepositoryTest, NotesAndContactsKeepWhatWasTypedAndNeedText)
{
    const SupportCase item = cases->create(stilettosCase(), "anna");
    const std::string longNote(250, 'x');
    cases->addEntry(item.id, "anna", CaseEntryKind::Note, {}, longNote);
    cases->addEntry(item.id, "anna", CaseEntryKind::ContactOutbound,
                    CaseContact{CaseChannel::Email}, "Sent the label again → check spam; thanks");
    const std::vector<CaseEntry> history = cases->entries(item.id);
    ASSERT_EQ(history.size(), 3u);
    EXPECT_EQ(history[1].text, longNote);
    EXPECT_EQ(CaseEntryWording::summary(history[1]).size(), 200);
    EXPECT_EQ(CaseEntryWording::detail(history[1]).toStdString(), longNote);
    EXPECT_EQ(history[2].kind, CaseEntryKind::ContactOutbound);
    EXPECT_EQ(CaseEntryWording::summary(history[2]).toStdString(),
              "email: Sent the label again → check spam; thanks");
    EXPECT_EQ(failureOf([&] { cases->addEntry(item.id, "anna", CaseEntryKind::Note, {}, ""); }),
              StoreError::Kind::Invalid);
    EXPECT_THROW(cases->addEntry(item.id, "anna", CaseEntryKind::ContactInbound, {}, "no channel"),
                 std::invalid_argument);
    EXPECT_EQ(cases->entries(item.id).size(), 3u);
}

// A row a newer Caseline wrote, or one damaged by hand, does not hide the rest of the history.
TEST_P(CaseRepositoryTest, AnEntryItCannotReadIsShownAsWritten)
{
    const SupportCase item = cases->create(stilettosCase(), "anna");
    db->run(QStringLiteral("INSERT INTO case_entries (case_id, at, kind, actor, arguments, "
                           "free_text) VALUES (?, '2026-11-20T09:00:00Z', 'case.merged', 'bot', "
                           "'{}', 'Merged into CASE-9'), (?, '2026-11-20T09:01:00Z', "
                           "'escalation.opened', 'anna', '{\"department\": 7}', 'why')"),
            {item.id, item.id});
    const std::vector<CaseEntry> history = cases->entries(item.id);
    ASSERT_EQ(history.size(), 3u);
    EXPECT_EQ(history[1].kind, CaseEntryKind::Written);
    EXPECT_EQ(std::get<WrittenEntry>(history[1].arguments).kind, "case.merged");
    EXPECT_EQ(CaseEntryWording::summary(history[1]).toStdString(), "Merged into CASE-9");
    EXPECT_EQ(history[2].kind, CaseEntryKind::Written);
    EXPECT_EQ(std::get<WrittenEntry>(history[2].arguments).kind, "escalation.opened");
    EXPECT_EQ(CaseEntryWording::summary(history[2]).toStdString(), "why");
}

TEST_P(CaseRepositoryTest, AStaleUpdateIsAConflictAndLosesNothing)
{
    const SupportCase original = cases->create(stilettosCase(), "anna");
    // Two agents opened version 1; the first saves, the second must not overwrite it.
    SupportCase first = original;
    first.assignee = "anna";
    cases->update(first, "anna");

    SupportCase second = original;
    second.priority = CasePriority::Urgent;
    EXPECT_EQ(failureOf([&] { cases->update(second, "luca"); }), StoreError::Kind::Conflict);

    const SupportCase stored = cases->get(original.id);
    EXPECT_EQ(stored.assignee, "anna");
    EXPECT_EQ(stored.priority, CasePriority::Normal);
    EXPECT_EQ(stored.version, 2);
}

TEST_P(CaseRepositoryTest, ASecondConnectionSeesCommittedCasesOnly)
{
    auto other = secondConnection();
    CaseRepository otherCases(*other, clock);
    const SupportCase created = cases->create(stilettosCase(), "anna");
    EXPECT_EQ(otherCases.get(created.id).subject, created.subject);

    {
        StoreTransaction open(*db);
        cases->insertEntry(created.id, "anna", CaseEntryKind::Note, {}, "not committed");
        // Rolled back when `open` goes out of scope.
    }
    EXPECT_EQ(otherCases.entries(created.id).size(), 1u);
    EXPECT_EQ(cases->entries(created.id).size(), 1u);
}

TEST_P(CaseRepositoryTest, ListsQueuesByDepartmentStatusAndLinkedOrder)
{
    SupportCase a = cases->create(stilettosCase(), "anna");
    SupportCase furniture = stilettosCase();
    furniture.customerId = "CUS-3001";
    furniture.subject = "Delivery cancelled the day before";
    furniture.department = "logistics";
    furniture.links = {{"order", "ORD-3001"}};
    furniture.slaDue = clock.now().addSecs(3600); // due sooner: listed first
    const SupportCase b = cases->create(furniture, "paolo");

    EXPECT_EQ(cases->list({}).front().id, b.id);
    EXPECT_EQ(cases->list(byDepartment("logistics")).size(), 1u);
    EXPECT_EQ(cases->list(byLink("ORD-1001-R1")).front().id, a.id);
    EXPECT_TRUE(cases->list(byStatus(CaseStatus::Resolved)).empty());
    a.status = CaseStatus::Resolved;
    cases->update(a, "anna");
    EXPECT_EQ(cases->list(byStatus(CaseStatus::Resolved)).size(), 1u);
    EXPECT_EQ(cases->list(byCustomer("CUS-3001")).size(), 1u);
}

TEST_P(CaseRepositoryTest, ListsMyCasesAndOpenCasesOnly)
{
    SupportCase mine = stilettosCase();
    mine.assignee = "anna";
    mine = cases->create(mine, "anna");
    SupportCase theirs = stilettosCase();
    theirs.assignee = "paolo";
    theirs = cases->create(theirs, "paolo");
    CaseFilter annas;
    annas.assignee = "anna";
    ASSERT_EQ(cases->list(annas).size(), 1u);
    EXPECT_EQ(cases->list(annas).front().id, mine.id);

    CaseFilter open;
    open.openOnly = true;
    EXPECT_EQ(cases->list(open).size(), 2u);
    theirs.status = CaseStatus::Closed;
    cases->update(theirs, "paolo");
    mine.status = CaseStatus::WaitingOnCustomer;
    cases->update(mine, "anna");
    ASSERT_EQ(cases->list(open).size(), 1u);
    EXPECT_EQ(cases->list(open).front().id, mine.id);
}

TEST_P(CaseRepositoryTest, UnknownCasesAreNotFound)
{
    EXPECT_FALSE(cases->find(4242));
    EXPECT_EQ(failureOf([&] { cases->get(4242); }), StoreError::Kind::NotFound);
    EXPECT_EQ(failureOf([&] { cases->addEntry(4242, "anna", CaseEntryKind::Note, {}, "hello"); }),
              StoreError::Kind::NotFound);
}

CASELINE_ON_BOTH_STORES(CaseRepositoryTest);

} // namespace
} // namespace caseline::test
