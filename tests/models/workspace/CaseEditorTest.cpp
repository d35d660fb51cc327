#include "workspace/CaseEditor.h"

#include "ManualClock.h"
#include "TempDirectory.h"
#include "WaitUntil.h"
#include "store/CaseRepository.h"
#include "workspace/CaseStoreThread.h"

#include <QCoreApplication>
#include <chrono>
#include <functional>
#include <gtest/gtest.h>
#include <optional>

namespace caseline::test {
namespace {

using namespace std::chrono_literals;

// Two agents edit the same case from what they each loaded: the second save is a conflict
// that names the first agent's change and keeps the second agent's, to apply again.
class CaseEditorTest : public ::testing::Test
{
protected:
    CaseEditorTest()
        : application(argc, argv)
        , store(StoreAddress::parse(directory.file("cases.sqlite")))
        , anna(store, clock, "anna")
        , marco(store, clock, "marco")
    {
        for (CaseEditor *editor : {&anna, &marco}) {
            QObject::connect(editor, &CaseEditor::saved,
                             [this](const SupportCase &item) { lastSaved = item; });
            QObject::connect(editor, &CaseEditor::conflicted,
                             [this](const CaseConflict &found) { conflict = found; });
            QObject::connect(editor, &CaseEditor::refused,
                             [this](long long, const QString &why) { refusal = why; });
        }
        auto created = store.run([this](CaseDatabase &db) {
            SupportCase draft;
            draft.customerId = "CUS-2001";
            draft.customerLanguage = "de";
            draft.subject = "Waschmaschine: Liefertermin verschieben";
            draft.department = "customer-service";
            return CaseRepository(db, clock).create(draft, "anna");
        });
        EXPECT_TRUE(
            waitUntil([&] { return created.isFinished(); }, "the case created in the store"));
        loaded = created.result();
    }

    ~CaseEditorTest() override { store.shutdown(); }

    int argc = 0;
    char **argv = nullptr;
    QCoreApplication application;
    TempDirectory directory;
    ManualClock clock;
    CaseStoreThread store;
    CaseEditor anna;
    CaseEditor marco;
    SupportCase loaded;
    std::optional<SupportCase> lastSaved;
    std::optional<CaseConflict> conflict;
    QString refusal;
};

TEST_F(CaseEditorTest, TheLaterChangeFromAnOldVersionIsAConflictNamingTheOtherChange)
{
    SupportCase annas = loaded;
    annas.status = CaseStatus::WaitingOnCustomer;
    annas.assignee = "anna";
    anna.save(loaded, annas);
    ASSERT_TRUE(waitUntil([&] { return lastSaved.has_value(); }, "anna's save"));
    EXPECT_EQ(lastSaved->version, 2);

    SupportCase marcos = loaded; // still version 1
    marcos.priority = CasePriority::Urgent;
    marco.save(loaded, marcos);
    ASSERT_TRUE(waitUntil([&] { return conflict.has_value(); }, "marco's save to meet anna's"));
    EXPECT_EQ(conflict->changedBy, "anna");
    ASSERT_EQ(conflict->theirChanges.size(), 1u);
    EXPECT_EQ(conflict->theirChanges[0].actor, "anna");
    EXPECT_EQ(std::get<CaseChanges>(conflict->theirChanges[0].arguments).fields,
              (std::vector<CaseFieldChange>{{CaseField::Status, "new", "waiting-on-customer"},
                                            {CaseField::Assignee, "", "anna"}}));
    EXPECT_EQ(conflict->theirs.version, 2);
    EXPECT_EQ(conflict->mine.priority, CasePriority::Urgent); // nothing Marco did is lost

    lastSaved.reset();
    marco.applyAgain(*conflict);
    ASSERT_TRUE(waitUntil([&] { return lastSaved.has_value(); }, "marco's change applied again"));
    EXPECT_EQ(lastSaved->version, 3);
    EXPECT_EQ(lastSaved->priority, CasePriority::Urgent);
    // Only what Marco changed is applied again: Anna's status and assignee stay.
    EXPECT_EQ(lastSaved->status, CaseStatus::WaitingOnCustomer);
    EXPECT_EQ(lastSaved->assignee, "anna");
    EXPECT_TRUE(refusal.isEmpty());
}

TEST_F(CaseEditorTest, AnInvalidChangeIsRefusedInWordsAndWritesNothing)
{
    SupportCase wrong = loaded;
    wrong.department = "nowhere";
    anna.save(loaded, wrong);
    ASSERT_TRUE(waitUntil([&] { return !refusal.isEmpty(); }, "the refusal"));
    EXPECT_TRUE(refusal.contains(QStringLiteral("unknown department")));
    auto stored =
        store.run([this](CaseDatabase &db) { return CaseRepository(db, clock).get(loaded.id); });
    EXPECT_TRUE(waitUntil([&] { return stored.isFinished(); }, "the stored case"));
    EXPECT_EQ(stored.result().version, 1);
}

} // namespace
} // namespace caseline::test
