#include "MarkingTranslator.h"
#include "StoreTestFixture.h"
#include "WaitUntil.h"
#include "actions/ActionPlanner.h"
#include "actions/ActionService.h"
#include "backoffice/HttpError.h"
#include "domain/SystemClock.h"
#include "store/CaseReassignment.h"
#include "store/CaseRepository.h"
#include "store/EscalationDesk.h"
#include "store/Outbox.h"
#include "store/RefundApprovalDesk.h"
#include "store/StaffDirectory.h"
#include "store/StoreAddress.h"
#include "store/StoreError.h"
#include "workspace/BackofficeSession.h"
#include "workspace/CaseActionDesk.h"
#include "workspace/CaseStoreThread.h"

#include <QCoreApplication>
#include <QTranslator>
#include <chrono>
#include <functional>
#include <optional>

namespace caseline::test {
namespace {

std::string marked(const std::string &text)
{
    return "⟦" + text + "⟧";
}

// The store's refusals and the back-office failures as an agent reads them: through the installed
// translator, in their class's context, placeholders filled; without one, English as before.
class StoreErrorWordingTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        StaffDirectory staff(*db, clock);
        staff.save({"sara", "supervisors", StaffMember::Role::Supervisor, "sara.b"}, "setup");
        staff.save({"anna", "customer-service", StaffMember::Role::Agent, ""}, "sara");
        SupportCase draft;
        draft.customerId = "CUS-1001";
        draft.customerLanguage = "it";
        draft.subject = "Sofa arrived broken";
        draft.department = "customer-service";
        caseId = CaseRepository(*db, clock).create(draft, "anna").id;
    }

    void translate() { ASSERT_TRUE(QCoreApplication::installTranslator(&translator)); }

    static std::string refusal(const std::function<void()> &step)
    {
        try {
            step();
        } catch (const StoreError &error) {
            return error.what();
        }
        ADD_FAILURE() << "no StoreError";
        return {};
    }

    int argc = 1;
    char name[22] = "StoreErrorWordingTest";
    char *argv[2] = {name, nullptr};
    QCoreApplication application{argc, argv};
    MarkingTranslator translator;
    long long caseId = 0;
};

TEST_P(StoreErrorWordingTest, StaffDirectoryRefusalsAreTranslated)
{
    translate();
    StaffDirectory staff(*db, clock);
    EXPECT_EQ(refusal([&] {
                  staff.save({"luca", "nowhere", StaffMember::Role::Agent, ""}, "sara");
              }),
              marked("StaffDirectory|unknown department 'nowhere'"));
    EXPECT_EQ(refusal([&] {
                  staff.save({"luca", "finance", StaffMember::Role::Agent, "sara.b"}, "sara");
              }),
              marked("StaffDirectory|the login 'sara.b' is sara's already"));
}

TEST_P(StoreErrorWordingTest, EscalationDeskRefusalsAreTranslatedWithTheStateInWords)
{
    EscalationDesk desk(*db, clock);
    const Escalation opened =
        desk.escalate(caseId, "finance", "refund twice", CasePriority::High, "anna");
    const Escalation resolved = desk.resolve(opened.id, opened.version, "refunded once", "sara");
    translate();
    const std::string number = std::to_string(opened.id);
    EXPECT_EQ(refusal([&] { desk.accept(opened.id, resolved.version, "sara"); }),
              marked("EscalationDesk|escalation " + number + " is " +
                     marked("EscalationDesk|resolved|state of an escalation") +
                     "; it cannot be accepted"));
    EXPECT_EQ(refusal([&] { desk.accept(opened.id, opened.version, "sara"); }),
              marked("EscalationDesk|escalation " + number + " was changed meanwhile (version " +
                     std::to_string(resolved.version) + ", yours " +
                     std::to_string(opened.version) + "); reload it and try again"));
    EXPECT_EQ(
        refusal([&] { desk.escalate(caseId, "nowhere", "why", CasePriority::Normal, "anna"); }),
        marked("EscalationDesk|unknown department 'nowhere'"));
}

TEST_P(StoreErrorWordingTest, RefundApprovalRefusalsAreTranslated)
{
    const PlannedAction refund = ActionPlanner::refund("ORD-1001", 15000, "EUR", "broken sofa");
    const ActionReceipt receipt = ActionService(*db, clock).submit(caseId, refund, "anna");
    ASSERT_TRUE(receipt.held());
    RefundApprovalDesk desk(*db, clock);
    desk.approve(receipt.approvalId, "sara", {});
    translate();
    EXPECT_EQ(refusal([&] { desk.reject(receipt.approvalId, "sara", "too much"); }),
              marked("RefundApprovalDesk|refund approval request " +
                     std::to_string(receipt.approvalId) + " was already approved by sara"));
    EXPECT_EQ(refusal([&] { desk.get(4711); }),
              marked("RefundApprovalDesk|there is no refund approval request 4711"));
}

TEST_P(StoreErrorWordingTest, CaseRepositoryReassignmentAndOutboxRefusalsAreTranslated)
{
    translate();
    CaseRepository cases(*db, clock);
    EXPECT_EQ(refusal([&] { cases.get(4711); }),
              marked("CaseRepository|there is no case CASE-4711"));
    SupportCase stale = cases.get(caseId);
    stale.version = 7;
    stale.subject = "Sofa arrived broken, legs missing";
    EXPECT_EQ(refusal([&] { cases.update(stale, "anna"); }),
              marked("CaseRepository|CASE-" + std::to_string(caseId) +
                     " was changed by someone else meanwhile (version 1, yours 7); reload it and "
                     "try again"));

    EXPECT_EQ(refusal([&] {
                  CaseReassignment(*db, clock).reassign({caseId}, std::string(101, 'x'), "sara");
              }),
              marked("CaseReassignment|an assignee's name is at most 100 characters"));

    EXPECT_EQ(refusal([&] { Outbox(*db).retry(4711, clock.now()); }),
              marked("Outbox|there is no undelivered outbox entry 4711"));
}

TEST_P(StoreErrorWordingTest, StoreAddressRefusalsAreTranslated)
{
    translate();
    EXPECT_EQ(refusal([] { StoreAddress::parse("mysql://db.example.com/cases"); }),
              marked("StoreAddress|unknown store address scheme in 'mysql://db.example.com/cases': "
                     "use postgresql://... or sqlite://... or a file path"));
}

TEST_P(StoreErrorWordingTest, HttpErrorSentencesNameTheServerThroughTheirOwnText)
{
    HttpError timeout;
    timeout.kind = HttpError::Kind::Timeout;
    timeout.url = "http://127.0.0.1:8480/payments/v1/refunds";
    timeout.timeoutMs = 10000;
    timeout.attempts = 3;
    HttpError busy;
    busy.kind = HttpError::Kind::HttpStatus;
    busy.status = 503;
    busy.attempts = 2;
    translate();
    const std::string server =
        marked("HttpError|the server at 127.0.0.1:8480|subject of an error sentence");
    EXPECT_EQ(timeout.message(), marked("HttpError|" + server + " did not answer within " +
                                        marked("HttpError|10 s|time limit") + " (3 attempts)."));
    EXPECT_EQ(busy.message(),
              marked("HttpError|" + marked("HttpError|the server|subject of an error sentence") +
                     " had an internal problem (" +
                     marked("HttpError|503, 2 attempts|HTTP status") + ")."));
    HttpError garbled;
    garbled.kind = HttpError::Kind::MalformedPayload;
    garbled.url = timeout.url;
    garbled.field = "amount";
    EXPECT_EQ(garbled.message(), marked("HttpError|The answer from the server at 127.0.0.1:8480 "
                                        "could not be understood (field amount)."));
}

TEST_P(StoreErrorWordingTest, CaseActionDeskRefusalsAreTranslated)
{
    translate();
    SystemClock systemClock;
    CaseStoreThread store(*address);
    BackofficeSession backoffice(BackofficeConfig::forReferenceServer("http://127.0.0.1:9"),
                                 systemClock);
    CaseActionDesk desk(store, backoffice, "anna");
    std::optional<QString> refused;
    std::optional<QString> problem;
    QObject::connect(&desk, &CaseActionDesk::actionRefused,
                     [&](long long, const QString &reason) { refused = reason; });
    QObject::connect(&desk, &CaseActionDesk::problem,
                     [&](const QString &, const QString &reason) { problem = reason; });
    // The case links no order, so nothing is read from the back-office before the refusal.
    desk.submit(caseId, ActionPlanner::refund("ORD-9", 500, "EUR", "late"));
    desk.addNote(caseId, "   ");
    EXPECT_TRUE(waitUntil([&] { return refused && problem; }, "the refusal and the problem"));
    EXPECT_EQ(
        refused.value_or(QString()).toStdString(),
        marked("caseline::CaseActionDesk|ORD-9 is not an order of CASE-" + std::to_string(caseId)));
    EXPECT_EQ(problem.value_or(QString()).toStdString(),
              marked("caseline::CaseActionDesk|a note needs some text"));
    desk.shutdown();
    backoffice.shutdown();
    store.shutdown();
}

TEST_P(StoreErrorWordingTest, WithoutATranslatorTheEnglishIsAsBefore)
{
    EscalationDesk desk(*db, clock);
    const Escalation opened =
        desk.escalate(caseId, "finance", "refund twice", CasePriority::High, "anna");
    desk.giveBack(opened.id, opened.version, "not ours", "sara");
    EXPECT_EQ(refusal([&] { desk.resolve(opened.id, opened.version + 1, "done", "sara"); }),
              "escalation " + std::to_string(opened.id) + " is returned; it cannot be resolved");
    EXPECT_EQ(refusal([&] {
                  StaffDirectory(*db, clock)
                      .save({"luca", "finance", StaffMember::Role::Agent, "sara.b"}, "sara");
              }),
              "the login 'sara.b' is sara's already");
    EXPECT_EQ(refusal([] { StoreAddress::parse("mysql://db.example.com/cases"); }),
              "unknown store address scheme in 'mysql://db.example.com/cases': use "
              "postgresql://... or sqlite://... or a file path");
    HttpError timeout;
    timeout.kind = HttpError::Kind::Timeout;
    timeout.url = "http://127.0.0.1:8480/payments/v1/refunds";
    timeout.timeoutMs = 2500;
    timeout.attempts = 3;
    EXPECT_EQ(timeout.message(),
              "The server at 127.0.0.1:8480 did not answer within 2.5 s (3 attempts).");
}

// The wording does not depend on the database: SQLite only.
INSTANTIATE_TEST_SUITE_P(Stores, StoreErrorWordingTest,
                         ::testing::Values(caseline::test::StoreBackend::Sqlite),
                         caseline::test::backendName);

} // namespace
} // namespace caseline::test
