#include "CaseFieldsEditor.h"
#include "CaseHeader.h"
#include "CasePane.h"
#include "ConflictBar.h"
#include "ConsoleFixture.h"
#include "ManualClock.h"
#include "QueuePane.h"
#include "itemmodels/CaseQueueModel.h"
#include "store/CaseDatabase.h"
#include "store/CaseRepository.h"
#include "workspace/StoreChangeWatcher.h"

#include <QComboBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>

namespace caseline::test {
namespace {

// Another console works on the same store file (its own connection, as another PC's console
// on a shared store would): what it changes shows here without anyone pressing refresh, and
// a change that overtakes this agent's edit is shown to them instead of being lost.
class ConsoleLiveTest : public ConsoleFixture
{
protected:
    ConsoleLiveTest()
    {
        EXPECT_TRUE(waitUntil(
            [this] { return session->watcher().mode() != StoreChangeWatcher::Mode::Stopped; },
            "the store's change watcher to start"));
        other = std::make_unique<CaseDatabase>(StoreAddress::parse(directory.file("cases.sqlite")));
    }

    ~ConsoleLiveTest() override { other.reset(); }

    SupportCase changeElsewhere(long long caseId, const std::function<void(SupportCase &)> &edit)
    {
        CaseRepository cases(*other, otherClock);
        SupportCase item = cases.get(caseId);
        edit(item);
        return cases.update(item, "marco");
    }

    QString queueStatusOf(long long caseId)
    {
        CasePageModel &queue = controller().queueModel();
        for (int row = 0; row < queue.rowCount(); ++row) {
            const QModelIndex index = queue.index(row, 0);
            if (index.data(CaseQueueModel::CaseIdRole).toLongLong() == caseId) {
                return index.data(CaseQueueModel::StatusRole).toString();
            }
        }
        return {};
    }

    ManualClock otherClock;
    std::unique_ptr<CaseDatabase> other;
};

TEST_F(ConsoleLiveTest, AnotherConsolesChangeShowsInTheQueueAndTheOpenCase)
{
    const long long caseId = openCaseFor("CUS-1003", "ORD-3001");
    CaseFieldsEditor *fields = window->casePane()->fieldsEditor();
    EXPECT_EQ(fields->statusBox()->currentData().toInt(), static_cast<int>(CaseStatus::New));

    changeElsewhere(caseId, [](SupportCase &item) {
        item.status = CaseStatus::WaitingOnDepartment;
        item.priority = CasePriority::High;
        item.assignee = "anna"; // Marco hands it to Anna: it comes into her queue
    });

    EXPECT_TRUE(waitUntil([&] { return queueStatusOf(caseId) == "waiting-on-department"; },
                          "the queue to show the case waiting on a department"))
        << queueStatusOf(caseId).toStdString();
    EXPECT_TRUE(waitUntil(
        [&] {
            return fields->priorityBox()->currentData().toInt() ==
                   static_cast<int>(CasePriority::High);
        },
        "the case pane to show the high priority"));
    EXPECT_EQ(fields->statusBox()->currentData().toInt(),
              static_cast<int>(CaseStatus::WaitingOnDepartment));
    EXPECT_FALSE(fields->saveButton()->isEnabled()); // nothing of the agent's to save
}

TEST_F(ConsoleLiveTest, AChangeThatOvertakesTheAgentsEditIsShownAndTheirsIsKept)
{
    const long long caseId = openCaseFor("CUS-2001", "ORD-4001", "de");
    CasePane *pane = window->casePane();
    CaseFieldsEditor *fields = pane->fieldsEditor();

    // Anna starts editing; meanwhile Marco hands the case to the warehouse's Lena.
    fields->priorityBox()->setCurrentIndex(
        fields->priorityBox()->findData(static_cast<int>(CasePriority::Urgent)));
    ASSERT_TRUE(fields->saveButton()->isEnabled());
    changeElsewhere(caseId, [](SupportCase &item) { item.assignee = "lena"; });
    // The live refresh arrives, and Anna's unsaved priority stays in the field.
    QTest::qWait(300);
    EXPECT_EQ(fields->priorityBox()->currentData().toInt(), static_cast<int>(CasePriority::Urgent));

    fields->saveButton()->click();
    ConflictBar *bar = pane->conflictBar();
    ASSERT_TRUE(waitUntil([&] { return bar->isVisible(); }, "the conflict bar"))
        << window->statusBar()->currentMessage().toStdString() << " | " << bar->text().toStdString()
        << " | save enabled " << fields->saveButton()->isEnabled() << " | version "
        << CaseRepository(*other, otherClock).get(caseId).version;
    EXPECT_TRUE(bar->text().contains(QStringLiteral("marco"))) << bar->text().toStdString();
    EXPECT_TRUE(bar->text().contains(QStringLiteral("assignee (none) → lena")))
        << bar->text().toStdString();
    EXPECT_TRUE(bar->text().contains(QStringLiteral("priority Urgent")))
        << bar->text().toStdString();

    // Apply again: Anna's priority on top of Marco's assignee.
    bar->applyButton()->click();
    EXPECT_TRUE(waitUntil(
        [&] {
            return !fields->saveButton()->isEnabled() &&
                   CaseRepository(*other, otherClock).get(caseId).version == 3;
        },
        "Anna's save on top of Marco's change (version 3)"));
    const SupportCase stored = CaseRepository(*other, otherClock).get(caseId);
    EXPECT_EQ(stored.priority, CasePriority::Urgent);
    EXPECT_EQ(stored.assignee, "lena");
    EXPECT_FALSE(bar->isVisible());
}

} // namespace
} // namespace caseline::test
