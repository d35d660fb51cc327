// The case's own history is stored in English and put into the reader's language when shown.
// These tests write the sentences through the real writers and read them back through a
// translator that marks every text it is asked for, so a sentence the reader no longer
// recognises (because a writer changed it) shows up here as an unmarked summary.
#include "itemmodels/CaseEntryWording.h"

#include "../store/StoreTestFixture.h"
#include "ItemModelTestKit.h"
#include "MarkingTranslator.h"
#include "actions/ActionPlanner.h"
#include "actions/ActionService.h"
#include "itemmodels/TimelineRow.h"
#include "store/CaseRepository.h"
#include "store/EscalationDesk.h"
#include "store/RefundApprovalDesk.h"
#include "store/StaffDirectory.h"
#include "timeline/AlertText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>
#include <set>

namespace caseline::test {
namespace {

class CaseEntryWordingTest : public StoreTest
{
protected:
    void SetUp() override
    {
        itemModelApplication();
        StoreTest::SetUp();
        StaffDirectory staff(*db, clock);
        staff.save({"sara", "supervisors", StaffMember::Role::Supervisor, ""}, "setup");
        staff.save({"anna", "customer-service", StaffMember::Role::Agent, ""}, "sara");
        SupportCase draft;
        draft.customerId = "CUS-1001";
        draft.customerLanguage = "it";
        draft.subject = "Sofa arrived broken; legs missing";
        draft.department = "customer-service";
        draft.slaDue = clock.now().addDays(2);
        caseId = CaseRepository(*db, clock).create(draft, "anna").id;
    }

    void writeEveryKindOfEntry()
    {
        CaseRepository cases(*db, clock);
        SupportCase changed = cases.get(caseId);
        changed.status = CaseStatus::WaitingOnCustomer;
        changed.priority = CasePriority::High;
        changed.assignee = "anna";
        changed.subject = "Sofa broken";
        changed.slaDue = changed.slaDue.addDays(1);
        cases.update(changed, "anna");
        // As CaseActionDesk::logContact and caseline-cli act contact write it.
        cases.addEntry(caseId, "contact.inbound", "anna", "phone: Customer sent photos",
                       "Customer sent photos");
        cases.addEntry(caseId, "note", "anna", "status open → closed: not a change", {});

        ActionService actions(*db, clock);
        actions.submit(caseId, ActionPlanner::refund("ORD-1001", 2500, "EUR", "late"), "anna");
        actions.submit(caseId, ActionPlanner::returnLabel("ORD-1001", {{"1", 1}}, "wrong size"),
                       "anna");
        actions.submit(caseId, ActionPlanner::reschedule("SHP-1", "SLOT-7", ""), "anna");
        actions.submit(caseId, ActionPlanner::reschedule("SHP-1", "", "PUP-3"), "anna");
        actions.submit(caseId, ActionPlanner::cancel("ORD-1002", "duplicate"), "anna");
        actions.submit(caseId, ActionPlanner::replace("ORD-1001", {{"1", 1}}, "broken"), "anna");
        actions.submit(
            caseId,
            ActionPlanner::message("CUS-1001", "ORD-1001", "email", "it", "La tua pratica", "Ciao"),
            "anna");
        // As OutboxSender records a delivery and a failure.
        cases.addEntry(caseId, "action.delivered", "outbox", "refund delivered to payments", {});
        cases.addEntry(caseId, "action.failed", "outbox", "return-label failed: out of labels", {});

        RefundApprovalDesk approvals(*db, clock);
        const long long held =
            actions.submit(caseId, ActionPlanner::refund("ORD-1001", 15000, "EUR", "sofa"), "anna")
                .approvalId;
        approvals.approve(held, "sara", "photos checked");
        const long long second =
            actions.submit(caseId, ActionPlanner::refund("ORD-1001", 20000, "EUR", "more"), "anna")
                .approvalId;
        approvals.reject(second, "sara", "capped");

        EscalationDesk desk(*db, clock);
        Escalation escalation =
            desk.escalate(caseId, "customer-service", "check stock", CasePriority::High, "anna");
        escalation = desk.accept(escalation.id, escalation.version, "anna");
        desk.resolve(escalation.id, escalation.version, "replacement reserved", "anna");
        escalation =
            desk.escalate(caseId, "customer-service", "again", CasePriority::Normal, "anna");
        desk.giveBack(escalation.id, escalation.version, "not ours", "anna");
    }

    long long caseId = 0;
};

TEST_P(CaseEntryWordingTest, EveryStoredSentenceIsSaidAgainThroughTheCatalog)
{
    writeEveryKindOfEntry();
    const std::vector<CaseEntry> entries = CaseRepository(*db, clock).entries(caseId);
    MarkingTranslator marking(MarkingTranslator::Shows::Source);
    QCoreApplication::installTranslator(&marking);
    std::set<std::string> kinds;
    for (const CaseEntry &entry : entries) {
        const QString said = CaseEntryWording::summary(entry.kind, entry.summary);
        kinds.insert(entry.kind);
        if (entry.kind == "note") {
            EXPECT_EQ(said.toStdString(), entry.summary) << "a note is the agent's own words";
        } else {
            EXPECT_TRUE(said.startsWith(QStringLiteral("«")))
                << entry.kind << ": \"" << entry.summary << "\" was not recognised";
        }
    }
    QCoreApplication::removeTranslator(&marking);
    EXPECT_EQ(kinds.size(), 14u) << "every kind of entry was written";

    const auto saidOf = [&](const std::string &kind) {
        for (const CaseEntry &entry : entries) {
            if (entry.kind == kind) {
                QCoreApplication::installTranslator(&marking);
                const QString said = CaseEntryWording::summary(entry.kind, entry.summary);
                QCoreApplication::removeTranslator(&marking);
                return said.toStdString();
            }
        }
        return std::string("(none written)");
    };
    EXPECT_EQ(saidOf("case.opened"),
              "«Case opened from «phone»: Sofa arrived broken; legs missing»");
    EXPECT_EQ(saidOf("escalation.opened").rfind("«Escalated to «Customer service» (due ", 0), 0u)
        << saidOf("escalation.opened");
    EXPECT_EQ(saidOf("escalation.returned"),
              "««Customer service» returned the escalation: not ours»");
    EXPECT_EQ(saidOf("contact.inbound"), "««phone»: Customer sent photos»");
    EXPECT_EQ(saidOf("action.delivered"), "««refund» delivered to «Payments»»");
}

TEST_P(CaseEntryWordingTest, FieldChangesAreSaidWithTheScreensWordsForStatusAndPriority)
{
    writeEveryKindOfEntry();
    std::string stored;
    for (const CaseEntry &entry : CaseRepository(*db, clock).entries(caseId)) {
        if (entry.kind == "case.updated") {
            stored = entry.summary;
        }
    }
    const QString said = CaseEntryWording::summary("case.updated", stored);
    EXPECT_TRUE(said.startsWith(QStringLiteral("status New → Waiting on customer; priority "
                                               "Normal → High; assignee (none) → anna; subject "
                                               "Sofa arrived broken; legs missing → Sofa broken; "
                                               "due ")))
        << said.toStdString();
}

CASELINE_ON_BOTH_STORES(CaseEntryWordingTest);

TEST(CaseEntryWording, EnglishWithoutACatalogReadsAsStored)
{
    itemModelApplication();
    for (const auto &[kind, stored] : std::vector<std::pair<std::string, std::string>>{
             {"case.opened", "Case opened from email: Where is my parcel?"},
             {"action.requested", "Return label for ORD-1: wrong size"},
             {"action.requested", "Delivery of SHP-1 moved to slot SLOT-7"},
             {"action.requested", "Message to the customer (email, de): Ihr Paket"},
             {"refund.approved", "Refund of 150.00 EUR on ORD-1 approved (request 4): ok"},
             {"escalation.accepted", "billing accepted the escalation"},
             {"case.updated", "assignee (none) → lena"}}) {
        EXPECT_EQ(CaseEntryWording::summary(kind, stored).toStdString(), stored);
    }
}

TEST(CaseEntryWording, WhatItDoesNotRecogniseIsShownAsStored)
{
    itemModelApplication();
    EXPECT_EQ(CaseEntryWording::summary("case.opened", "Imported from the old CRM").toStdString(),
              "Imported from the old CRM");
    EXPECT_EQ(CaseEntryWording::summary("case.updated", "status open → new; colour red → blue")
                  .toStdString(),
              "status open → new; colour red → blue");
    EXPECT_EQ(CaseEntryWording::summary("escalation.opened", "Escalated by hand").toStdString(),
              "Escalated by hand");
}

TEST(CaseEntryWording, TimelineRowsCarryTheSaidSummaryAndCountTriesInWords)
{
    itemModelApplication();
    CaseEntry entry;
    entry.id = 7;
    entry.kind = "case.updated";
    entry.summary = "status open → resolved";
    EXPECT_EQ(TimelineRow::fromCaseEntry(entry).summary.toStdString(), "status Open → Resolved");

    OutboxEntry pending;
    pending.id = 3;
    pending.action = "return-label";
    pending.state = OutboxEntry::State::Pending;
    pending.attempts = 1;
    EXPECT_EQ(TimelineRow::fromOutboxEntry(pending).summary.toStdString(),
              "Waiting to send: return label (1 try)");
    pending.attempts = 4;
    EXPECT_EQ(TimelineRow::fromOutboxEntry(pending).summary.toStdString(),
              "Waiting to send: return label (4 tries)");
}

TEST(CaseEntryWording, AmountsAreStoredInOneFormatAndShownInTheReadersOwn)
{
    itemModelApplication();
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const PlannedAction refund = ActionPlanner::refund("ORD-1", 123450, "EUR", "late");
    const QString said = CaseEntryWording::summary("action.requested", refund.summary);
    const QString decided = CaseEntryWording::summary(
        "refund.approved", "Refund of 1234.50 EUR on ORD-1 approved (request 4)");
    QLocale::setDefault(QLocale::c());
    EXPECT_EQ(refund.summary, "Refund of 1234.50 EUR on ORD-1: late")
        << "a German console wrote it";
    EXPECT_EQ(said.toStdString(), "Refund of 1234,50 EUR on ORD-1: late");
    EXPECT_EQ(decided.toStdString(), "Refund of 1234,50 EUR on ORD-1 approved (request 4)");
    EXPECT_EQ(AlertText::parseStoredMoney("-0.05 CHF"), std::make_pair(-5LL, std::string("CHF")));
    EXPECT_FALSE(AlertText::parseStoredMoney("12,50 EUR"));
}

} // namespace
} // namespace caseline::test
