#include "workspace/CaseWorkspace.h"

#include "BackofficeServer.h"
#include "TempDirectory.h"
#include "WaitUntil.h"
#include "actions/ActionPlanner.h"
#include "domain/SystemClock.h"
#include "store/AccessPolicy.h"
#include "store/Outbox.h"
#include "store/StaffDirectory.h"
#include "workspace/BackofficeSession.h"
#include "workspace/CaseActionDesk.h"
#include "workspace/CaseStoreThread.h"

#include <QCoreApplication>
#include <QThread>
#include <algorithm>
#include <chrono>
#include <functional>
#include <gtest/gtest.h>

namespace caseline::test {
namespace {

using namespace std::chrono_literals;

// The console's workspace against the real reference back-office and a real SQLite store: the
// test only spins the event loop; every answer arrives as a signal.
class CaseWorkspaceTest : public ::testing::Test
{
protected:
    CaseWorkspaceTest()
        : application(argc, argv)
        , server({"--demo"})
        , store(StoreAddress::parse(directory.file("cases.sqlite")))
        , backoffice(server.config(), clock)
        , workspace(store, backoffice, "anna")
        , desk(store, backoffice, "anna", fastPolicy())
    {
        QObject::connect(&workspace, &CaseWorkspace::problem,
                         [this](const QString &what, const QString &reason) {
                             problems.push_back((what + ": " + reason).toStdString());
                         });
        QObject::connect(&desk, &CaseActionDesk::problem,
                         [this](const QString &what, const QString &reason) {
                             problems.push_back((what + ": " + reason).toStdString());
                         });
    }

    ~CaseWorkspaceTest() override
    {
        // Work under way ends while the workspace and the desk can still take its answers.
        desk.shutdown();
        backoffice.shutdown();
        store.shutdown();
    }

    static OutboxPolicy fastPolicy()
    {
        OutboxPolicy policy;
        policy.pollInterval = 50ms;
        return policy;
    }

    SupportCase openCaseFor(const std::string &customer, const std::string &order)
    {
        SupportCase draft;
        draft.customerId = customer;
        draft.customerLanguage = "it";
        draft.subject = "Wrong item delivered";
        draft.department = "customer-service";
        draft.links = {{"order", order}};
        std::optional<SupportCase> created;
        auto connection = QObject::connect(&workspace, &CaseWorkspace::caseCreated,
                                           [&](const SupportCase &item) { created = item; });
        workspace.createCase(draft);
        EXPECT_TRUE(waitUntil([&] { return created.has_value(); }, "the case created"));
        QObject::disconnect(connection);
        return created.value_or(SupportCase{});
    }

    int argc = 1;
    char name[18] = "CaseWorkspaceTest";
    char *argv[2] = {name, nullptr};
    QCoreApplication application;
    BackofficeServer server;
    TempDirectory directory;
    SystemClock clock;
    CaseStoreThread store;
    BackofficeSession backoffice;
    CaseWorkspace workspace;
    CaseActionDesk desk;
    std::vector<std::string> problems;
};

TEST_F(CaseWorkspaceTest, OpensACaseFromTheStoreThenItsLiveTimelineThenTheCachedOne)
{
    const SupportCase item = openCaseFor("CUS-1001", "ORD-1001");
    ASSERT_GT(item.id, 0);
    std::optional<CaseSnapshot> snapshot;
    std::vector<std::pair<OrderTimeline, bool>> timelines;
    QObject::connect(&workspace, &CaseWorkspace::caseOpened,
                     [&](const CaseSnapshot &opened) { snapshot = opened; });
    QObject::connect(&workspace, &CaseWorkspace::timelineArrived,
                     [&](long long caseId, const OrderTimeline &timeline, bool cached) {
                         EXPECT_EQ(caseId, item.id);
                         timelines.emplace_back(timeline, cached);
                     });
    workspace.openCase(item.id);
    ASSERT_TRUE(waitUntil([&] { return !timelines.empty(); }, "the first timeline"))
        << problems.size();
    ASSERT_TRUE(snapshot);
    EXPECT_EQ(snapshot->item.subject, "Wrong item delivered");
    EXPECT_EQ(snapshot->entries.front().kind, CaseEntryKind::CaseOpened);
    ASSERT_EQ(timelines.size(), 1u);
    EXPECT_FALSE(timelines[0].second); // nothing cached yet: fresh from the back-office
    EXPECT_FALSE(timelines[0].first.anySourceFailed());
    EXPECT_FALSE(timelines[0].first.alerts.empty()); // the stilettos contradictions

    timelines.clear();
    workspace.openCase(item.id);
    ASSERT_TRUE(
        waitUntil([&] { return timelines.size() == 2; }, "the live and the cached timeline"));
    EXPECT_TRUE(timelines[0].second);  // the last timeline at once ...
    EXPECT_FALSE(timelines[1].second); // ... then the fresh one
    EXPECT_EQ(timelines[0].first.events.size(), timelines[1].first.events.size());
    EXPECT_TRUE(problems.empty()) << problems.front();
}

TEST_F(CaseWorkspaceTest, SearchFindsTheCustomerTheirOrdersAndTheirCases)
{
    const SupportCase item = openCaseFor("CUS-1001", "ORD-1001");
    std::optional<CustomerSearchResult> result;
    QObject::connect(&workspace, &CaseWorkspace::searchFinished,
                     [&](const CustomerSearchResult &found) { result = found; });
    workspace.search("ORD-1001");
    ASSERT_TRUE(waitUntil([&] { return result.has_value(); }, "the search for ORD-1001"));
    EXPECT_TRUE(result->problem.isEmpty()) << result->problem.toStdString();
    ASSERT_FALSE(result->customers.empty());
    EXPECT_EQ(result->customers.front().id, "CUS-1001");
    EXPECT_FALSE(result->ordersByCustomer.at("CUS-1001").empty());
    ASSERT_EQ(result->cases.size(), 1u);
    EXPECT_EQ(result->cases.front().id, item.id);

    result.reset();
    workspace.search(QString::fromStdString(item.reference()));
    ASSERT_TRUE(
        waitUntil([&] { return result.has_value(); }, "the search for the case's reference"));
    ASSERT_EQ(result->cases.size(), 1u);
    EXPECT_EQ(result->cases.front().id, item.id);
}

TEST_F(CaseWorkspaceTest, AnActionIsCheckedStoredAndDeliveredAndARefusalWritesNothing)
{
    const SupportCase item = openCaseFor("CUS-1001", "ORD-1001");
    std::vector<QString> refusals;
    std::vector<long long> stored;
    std::vector<long long> delivered;
    QObject::connect(&desk, &CaseActionDesk::actionRefused,
                     [&](long long, const QString &reason) { refusals.push_back(reason); });
    QObject::connect(
        &desk, &CaseActionDesk::actionStored,
        [&](long long, long long entryId, const QString &) { stored.push_back(entryId); });
    QObject::connect(&desk, &CaseActionDesk::actionDelivered,
                     [&](long long, long long entryId) { delivered.push_back(entryId); });
    desk.startSending();

    desk.submit(item.id, ActionPlanner::refund("ORD-1001", 99999999, "EUR", "everything twice"));
    ASSERT_TRUE(waitUntil([&] { return !refusals.empty(); }, "the refund's refusal"));
    EXPECT_TRUE(stored.empty());

    desk.submit(item.id, ActionPlanner::returnLabel("ORD-1001", {{"L1", 1}}, "wrong item"));
    ASSERT_TRUE(waitUntil([&] { return !delivered.empty(); }, "the return label delivered"))
        << problems.size();
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_EQ(delivered.front(), stored.front());

    std::optional<CaseSnapshot> snapshot;
    QObject::connect(&workspace, &CaseWorkspace::caseOpened,
                     [&](const CaseSnapshot &opened) { snapshot = opened; });
    workspace.openCase(item.id);
    ASSERT_TRUE(waitUntil([&] { return snapshot.has_value(); }, "the case with its history"));
    EXPECT_TRUE(snapshot->outbox.empty()); // delivered: nothing waits
    EXPECT_TRUE(
        std::any_of(snapshot->entries.begin(), snapshot->entries.end(), [](const CaseEntry &e) {
            return e.kind == CaseEntryKind::ActionRequested ||
                   e.kind == CaseEntryKind::ActionDelivered;
        }));
}

TEST_F(CaseWorkspaceTest, ALargeRefundIsHeldForASupervisorsApprovalNotSent)
{
    const SupportCase item = openCaseFor("CUS-2001", "ORD-4001");
    store
        .run([this](CaseDatabase &db) {
            StaffDirectory(db, clock).save(
                {"sara", "supervisors", StaffMember::Role::Supervisor, ""}, "setup");
            AccessPolicy(db, clock).setRefundApprovalThreshold(100, "sara");
        })
        .waitForFinished();
    std::vector<long long> held;
    std::vector<long long> stored;
    std::vector<QString> refusals;
    QObject::connect(&desk, &CaseActionDesk::actionHeld,
                     [&](long long caseId, long long approvalId, const QString &) {
                         EXPECT_EQ(caseId, item.id);
                         held.push_back(approvalId);
                     });
    QObject::connect(
        &desk, &CaseActionDesk::actionStored,
        [&](long long, long long entryId, const QString &) { stored.push_back(entryId); });
    QObject::connect(&desk, &CaseActionDesk::actionRefused,
                     [&](long long, const QString &reason) { refusals.push_back(reason); });
    desk.submit(item.id, ActionPlanner::refund("ORD-4001", 500, "EUR", "late parcel"));
    ASSERT_TRUE(waitUntil([&] { return !held.empty() || !refusals.empty(); },
                          "the refund held or refused"));
    ASSERT_TRUE(refusals.empty()) << refusals.front().toStdString();
    EXPECT_EQ(held, std::vector<long long>{1});
    EXPECT_TRUE(stored.empty());
    const int outbox =
        store.run([](CaseDatabase &db) { return Outbox(db).count(OutboxEntry::State::Pending); })
            .result();
    EXPECT_EQ(outbox, 0);
}

TEST_F(CaseWorkspaceTest, NotesContactsAndEscalationsLandOnTheCase)
{
    const SupportCase item = openCaseFor("CUS-1001", "ORD-1001");
    int changes = 0;
    QObject::connect(&desk, &CaseActionDesk::caseChanged, [&](long long) { ++changes; });
    desk.addNote(item.id, "Customer keeps the boots until the label arrives");
    desk.logContact(item.id, "inbound", "phone", "Giulia called about the label");
    desk.escalate(item.id, "finance", "refund and replacement for the same line",
                  CasePriority::High, clock.now().addSecs(3600));
    desk.addNote(item.id, "   "); // refused in words, nothing stored
    ASSERT_TRUE(waitUntil([&] { return changes == 3 && problems.size() == 1; },
                          "the three changes and the refusal"));
    EXPECT_NE(problems.front().find("needs some text"), std::string::npos) << problems.front();

    std::optional<CaseSnapshot> snapshot;
    QObject::connect(&workspace, &CaseWorkspace::caseOpened,
                     [&](const CaseSnapshot &opened) { snapshot = opened; });
    workspace.openCase(item.id);
    ASSERT_TRUE(waitUntil([&] { return snapshot.has_value(); }, "the case with its history"));
    std::vector<std::string> kinds;
    for (const CaseEntry &entry : snapshot->entries) {
        kinds.push_back(toString(entry.kind));
    }
    EXPECT_EQ(kinds, (std::vector<std::string>{"case.opened", "note", "contact.inbound",
                                               "escalation.opened"}));
    ASSERT_EQ(snapshot->escalations.size(), 1u);
    EXPECT_EQ(snapshot->item.status, CaseStatus::WaitingOnDepartment);
}

TEST_F(CaseWorkspaceTest, AStoreThatCannotBeOpenedIsAProblemInWords)
{
    // A folder where a file is: no database can be made there.
    const std::string file = directory.write("not-a-folder", "x");
    CaseStoreThread broken(StoreAddress::parse(file + "/cases.sqlite"));
    CaseWorkspace other(broken, backoffice, "anna");
    QString reason;
    QObject::connect(&other, &CaseWorkspace::problem,
                     [&](const QString &, const QString &why) { reason = why; });
    other.start();
    ASSERT_TRUE(waitUntil([&] { return !reason.isEmpty(); }, "the store's problem in words"));
    broken.shutdown();
    EXPECT_NE(reason.toStdString().find("not-a-folder"), std::string::npos) << reason.toStdString();
}

} // namespace
} // namespace caseline::test
