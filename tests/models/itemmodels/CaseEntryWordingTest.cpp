// The case's own history is kept as kinds and arguments and said when it is read. These tests
// write every kind through the real writers, read it back from the store and say it in every
// language with the real catalogs: English exactly as before, the others translated, with every
// placeholder filled and what people typed kept as they typed it.
#include "itemmodels/CaseEntryWording.h"

#include "../store/StoreTestFixture.h"
#include "FakeHttpClient.h"
#include "InstalledCatalog.h"
#include "ItemModelTestKit.h"
#include "actions/ActionPlanner.h"
#include "actions/ActionService.h"
#include "actions/OutboxSender.h"
#include "itemmodels/EnglishWording.h"
#include "itemmodels/TimelineRow.h"
#include "store/AuditLog.h"
#include "store/CaseReassignment.h"
#include "store/CaseRepository.h"
#include "store/EscalationDesk.h"
#include "store/Outbox.h"
#include "store/RefundApprovalDesk.h"
#include "store/StaffDirectory.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>
#include <set>

namespace caseline::test {
namespace {

using namespace std::chrono_literals;

const std::string subject = "Sofa arrived broken → legs missing; please help";

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
        draft.subject = subject;
        draft.department = "customer-service";
        draft.slaDue = clock.now().addDays(2);
        caseId = CaseRepository(*db, clock).create(draft, "anna").id;
    }

    // Every writer, each kind it writes: the case store, the bulk reassignment, notes and
    // contacts as the console and caseline-cli record them, every action, the outbox's outcomes
    // (a delivery, a refusal, a give-up), refund approvals and escalation steps.
    void writeEveryKindOfEntry()
    {
        CaseRepository cases(*db, clock);
        SupportCase changed = cases.get(caseId);
        changed.status = CaseStatus::WaitingOnCustomer;
        changed.priority = CasePriority::High;
        changed.assignee = "anna";
        changed.subject = "Sofa broken";
        changed.slaDue = changed.slaDue.addDays(1);
        changed = cases.update(changed, "anna");
        changed.links = {{"order", "ORD-1001"}};
        cases.update(changed, "anna");
        CaseReassignment(*db, clock).reassign({caseId}, "lena", "sara");
        cases.addEntry(caseId, "anna", CaseEntryKind::Note, {},
                       "status open → closed: not a change");
        cases.addEntry(caseId, "anna", CaseEntryKind::ContactInbound,
                       CaseContact{CaseChannel::Phone}, "Customer sent photos");
        cases.addEntry(caseId, "anna", CaseEntryKind::ContactOutbound,
                       CaseContact{CaseChannel::Email}, "Sent the label → check spam; thanks");

        ActionService actions(*db, clock);
        actions.submit(caseId, ActionPlanner::refund("ORD-1001", 2500, "EUR", "late"), "anna");
        actions.submit(caseId, ActionPlanner::returnLabel("ORD-1001", {{"1", 1}}, "wrong size"),
                       "anna");
        actions.submit(caseId, ActionPlanner::reschedule("SHP-1", "SLOT-7", ""), "anna");
        actions.submit(caseId, ActionPlanner::reschedule("SHP-1", "", "PUP-3", "ring twice"),
                       "anna");
        actions.submit(caseId, ActionPlanner::cancel("ORD-1002", "duplicate"), "anna");
        actions.submit(caseId, ActionPlanner::replace("ORD-1001", {{"1", 1}}, "broken"), "anna");
        actions.submit(
            caseId,
            ActionPlanner::message("CUS-1001", "ORD-1001", "email", "it", "La tua pratica", "Ciao"),
            "anna");

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

        deliverTheOutbox();
    }

    // Refunds are paid, the label is refused, every other system does not answer: one try each.
    void deliverTheOutbox()
    {
        FakeHttpClient http;
        http.setResponder([](const HttpRequest &request) {
            if (request.url.find("/payments/") != std::string::npos) {
                return FakeHttpClient::json(R"({"id":"REF-1"})", 201);
            }
            if (request.url.find("/returns/") != std::string::npos) {
                return FakeHttpClient::failure(HttpError::Kind::HttpStatus, 409);
            }
            return FakeHttpClient::failure(HttpError::Kind::Timeout);
        });
        OutboxPolicy policy;
        policy.pollInterval = 5ms;
        policy.maxAttempts = 1;
        OutboxSender sender(*address,
                            BackofficeConfig::forReferenceServer("http://backoffice.test"), http,
                            clock, policy);
        bool drained = false;
        QObject::connect(&sender, &OutboxSender::drained, [&] { drained = true; });
        sender.start();
        ASSERT_TRUE(QTest::qWaitFor([&] { return drained; }, 10000));
        sender.stop();
    }

    std::vector<CaseEntry> history() { return CaseRepository(*db, clock).entries(caseId); }

    long long caseId = 0;
};

std::vector<std::string> summaries(const std::vector<CaseEntry> &entries)
{
    std::vector<std::string> said;
    for (const CaseEntry &entry : entries) {
        said.push_back(CaseEntryWording::summary(entry).toStdString());
    }
    return said;
}

// What a person typed (or a system answered) that must appear in the entry's line as typed.
std::vector<std::string> typedIn(const CaseEntry &entry)
{
    if (entry.kind == CaseEntryKind::ActionRequested) {
        return std::visit(
            [](const auto &command) -> std::vector<std::string> {
                if constexpr (requires { command.reason; }) {
                    return {command.reason};
                } else if constexpr (requires { command.subject; }) {
                    return {command.subject};
                } else {
                    return {command.shipmentId};
                }
            },
            std::get<ActionCommand>(entry.arguments));
    }
    if (entry.kind == CaseEntryKind::RefundHeld) {
        return {std::get<HeldRefund>(entry.arguments).refund.reason};
    }
    if (entry.kind == CaseEntryKind::ActionDelivered || entry.text.empty()) {
        return {}; // the answer is the detail's
    }
    return {entry.text};
}

TEST_P(CaseEntryWordingTest, EveryWriterWritesItsKindsAndTheyRoundTripThroughTheStore)
{
    writeEveryKindOfEntry();
    const std::vector<CaseEntry> entries = history();
    std::set<CaseEntryKind> kinds;
    for (const CaseEntry &entry : entries) {
        kinds.insert(entry.kind);
        EXPECT_TRUE(entry.fits()) << toString(entry.kind);
    }
    EXPECT_EQ(kinds.size(), 15u) << "every kind but the older stores' Written";
    EXPECT_FALSE(kinds.contains(CaseEntryKind::Written));

    const auto first = [&](CaseEntryKind kind) {
        const auto found = std::find_if(entries.begin(), entries.end(),
                                        [kind](const CaseEntry &e) { return e.kind == kind; });
        return found == entries.end() ? CaseEntry{} : *found;
    };
    EXPECT_EQ(first(CaseEntryKind::CaseOpened).text, subject);
    EXPECT_EQ(std::get<CaseChanges>(first(CaseEntryKind::CaseUpdated).arguments).fields.at(3),
              (CaseFieldChange{CaseField::Subject, subject, "Sofa broken"}));
    EXPECT_EQ(first(CaseEntryKind::ContactOutbound).text, "Sent the label → check spam; thanks");
    EXPECT_EQ(std::get<ActionCommand>(first(CaseEntryKind::ActionRequested).arguments),
              ActionCommand(RefundCommand{"ORD-1001", 2500, "EUR", "late", {}}));
    EXPECT_EQ(std::get<HeldRefund>(first(CaseEntryKind::RefundHeld).arguments).refund.amount,
              15000);
    EXPECT_EQ(std::get<EscalationOpening>(first(CaseEntryKind::EscalationOpened).arguments),
              (EscalationOpening{"customer-service", clock.now().addDays(1)}));
    const CaseEntry delivered = first(CaseEntryKind::ActionDelivered);
    EXPECT_EQ(std::get<ActionOutcome>(delivered.arguments).system, BackofficeSystem::Payments);
    EXPECT_EQ(delivered.text, R"({"id":"REF-1"})");
    int gaveUp = 0;
    for (const CaseEntry &entry : entries) {
        if (entry.kind == CaseEntryKind::ActionFailed) {
            const ActionOutcome &outcome = std::get<ActionOutcome>(entry.arguments);
            ASSERT_TRUE(outcome.error);
            gaveUp += outcome.gaveUpAfter;
        }
    }
    EXPECT_EQ(gaveUp, 5) << "the timeouts gave up after one try each, the refusal at once";
}

// English, with the console's English catalog (its plural forms) installed.
TEST_P(CaseEntryWordingTest, EnglishSaysEveryEntryAsTheConsoleAlwaysDid)
{
    writeEveryKindOfEntry();
    const InstalledCatalog english(QStringLiteral("en"));
    const std::vector<std::string> said = summaries(history());
    const std::vector<std::string> expected{
        "Case opened from phone: " + subject,
        "status New → Waiting on customer; priority Normal → High; assignee (none) → anna; "
        "subject " +
            subject + " → Sofa broken; due 04 Nov 2026 10:00 → 05 Nov 2026 10:00",
        "Linked orders or shipments changed",
        "assignee anna → lena",
        "status open → closed: not a change",
        "phone: Customer sent photos",
        "email: Sent the label → check spam; thanks",
        "Refund of 25.00 EUR on ORD-1001: late",
        "Return label for ORD-1001: wrong size",
        "Delivery of SHP-1 moved to slot SLOT-7",
        "Delivery of SHP-1 redirected to pickup point PUP-3",
        "Cancel ORD-1002: duplicate",
        "Replacement for ORD-1001: broken",
        "Message to the customer (email, it): La tua pratica",
        "Held for a supervisor's approval (request 1): Refund of 150.00 EUR on ORD-1001: sofa",
        "Refund of 150.00 EUR on ORD-1001: sofa",
        "Refund of 150.00 EUR on ORD-1001 approved (request 1): photos checked",
        "Held for a supervisor's approval (request 2): Refund of 200.00 EUR on ORD-1001: more",
        "Refund of 200.00 EUR on ORD-1001 rejected (request 2): capped",
        "Escalated to Customer service (due 03 Nov 2026 10:00): check stock",
        "Customer service accepted the escalation",
        "Customer service resolved the escalation: replacement reserved",
        "Escalated to Customer service (due 03 Nov 2026 10:00): again",
        "Customer service returned the escalation: not ours",
    };
    ASSERT_GE(said.size(), expected.size());
    EXPECT_EQ(std::vector<std::string>(said.begin(), said.begin() + expected.size()), expected);
    // The outbox's outcomes, in the order it sent them.
    const std::multiset<std::string> outcomes(said.begin() + expected.size(), said.end());
    const std::string timedOut =
        " failed: The server at backoffice.test did not answer in time. Gave up after 1 try.";
    EXPECT_EQ(outcomes,
              (std::multiset<std::string>{
                  "refund delivered to Payments", "refund delivered to Payments",
                  "return label failed: The server at backoffice.test rejected the request (409).",
                  "reschedule" + timedOut, "reschedule" + timedOut, "cancel" + timedOut,
                  "replace" + timedOut, "message" + timedOut}));

    const std::vector<CaseEntry> entries = history();
    EXPECT_EQ(CaseEntryWording::detail(entries[4]).toStdString(),
              "status open → closed: not a change");
    EXPECT_EQ(CaseEntryWording::detail(entries[10]).toStdString(), "ring twice");
    EXPECT_EQ(CaseEntryWording::detail(entries[13]).toStdString(), "Ciao");
    EXPECT_EQ(CaseEntryWording::detail(entries[16]).toStdString(), "photos checked");
    EXPECT_EQ(CaseEntryWording::detail(entries[1]).toStdString(), "");
}

TEST_P(CaseEntryWordingTest, EveryOtherLanguageSaysEveryEntryInItsOwnWords)
{
    writeEveryKindOfEntry();
    const std::vector<CaseEntry> entries = history();
    const std::vector<std::string> english = summaries(entries);
    static const QRegularExpression unfilled(QStringLiteral("%[0-9n]"));
    for (const char *code : {"it", "de", "es", "fr"}) {
        SCOPED_TRACE(code);
        const InstalledCatalog catalog(QString::fromLatin1(code));
        for (std::size_t i = 0; i < entries.size(); ++i) {
            const CaseEntry &entry = entries[i];
            const QString said = CaseEntryWording::summary(entry);
            SCOPED_TRACE(said.toStdString());
            EXPECT_FALSE(unfilled.match(said).hasMatch()) << "a placeholder is left";
            for (const std::string &typed : typedIn(entry)) {
                EXPECT_TRUE(said.contains(QString::fromStdString(typed))) << typed;
            }
            if (entry.kind != CaseEntryKind::Note) {
                EXPECT_NE(said.toStdString(), english[i]) << "said in English";
            }
        }
        // Said through this catalog's own sentence, not put together otherwise.
        EXPECT_EQ(CaseEntryWording::summary(entries[0]),
                  catalog.says("Case opened from %1: %2")
                      .arg(catalog.says("phone"), QString::fromStdString(subject)));
    }
}

// A German console writes the case's history; the audit log takes each entry in English, and
// the console itself still reads German meanwhile.
TEST_P(CaseEntryWordingTest, TheAuditLogTakesEveryEntryInEnglishWhateverTheConsoleSpeaks)
{
    {
        const InstalledCatalog german(QStringLiteral("de"));
        writeEveryKindOfEntry();
        EXPECT_EQ(CaseEntryWording::summary(history()[0]),
                  german.says("Case opened from %1: %2")
                      .arg(german.says("phone"), QString::fromStdString(subject)));
    }
    const std::vector<CaseEntry> entries = history();
    const auto digestOf = [&](const std::string &action, int nth) {
        QSqlQuery query = db->run(QStringLiteral("SELECT payload_digest FROM audit_log WHERE "
                                                 "action = ? ORDER BY seq"),
                                  {QString::fromStdString(action)});
        for (int i = 0; i <= nth && query.next(); ++i) {
            if (i == nth) {
                return query.value(0).toString().toStdString();
            }
        }
        return std::string("(none)");
    };
    EXPECT_EQ(digestOf("case.update", 0),
              AuditLog::digest(CaseEntryWording::inEnglish(entries[1])));
    EXPECT_EQ(digestOf("case.reassign", 0), AuditLog::digest("assignee anna → lena\n"));
    EXPECT_EQ(digestOf("entry.note", 0), AuditLog::digest("status open → closed: not a change\n"
                                                          "status open → closed: not a change"));
    EXPECT_EQ(digestOf("entry.contact.outbound", 0),
              AuditLog::digest("email: Sent the label → check spam; thanks\n"
                               "Sent the label → check spam; thanks"));
    const std::string due = CaseEntryWording::inEnglish(entries[1]);
    EXPECT_NE(due.find("due 04 Nov 2026 10:00 → 05 Nov 2026 10:00"), std::string::npos) << due;
    std::set<std::string> outboxDigests;
    QSqlQuery outbox = db->run(QStringLiteral(
        "SELECT payload_digest FROM audit_log WHERE action LIKE 'outbox.%' ORDER BY seq"));
    while (outbox.next()) {
        outboxDigests.insert(outbox.value(0).toString().toStdString());
    }
    // Outcomes of the same action read alike (both refunds were paid), so any of them will do.
    QSqlQuery sentIds =
        db->run(QStringLiteral("SELECT id FROM outbox WHERE case_id = ?"), {caseId});
    std::vector<OutboxEntry> sentEntries;
    while (sentIds.next()) {
        sentEntries.push_back(*Outbox(*db).find(sentIds.value(0).toLongLong()));
    }
    ASSERT_EQ(sentEntries.size(), 8u);
    for (const OutboxEntry &sent : sentEntries) {
        const auto outcome =
            std::find_if(entries.rbegin(), entries.rend(), [&](const CaseEntry &entry) {
                return (entry.kind == CaseEntryKind::ActionDelivered ||
                        entry.kind == CaseEntryKind::ActionFailed) &&
                       toString(std::get<ActionOutcome>(entry.arguments).action) == sent.action;
            });
        ASSERT_NE(outcome, entries.rend());
        EXPECT_TRUE(outboxDigests.contains(
            AuditLog::digest(sent.idempotencyKey + "\n" + CaseEntryWording::inEnglish(*outcome))))
            << sent.action;
    }
    EXPECT_FALSE(AuditLog::verify(*db).brokenAt);
}

CASELINE_ON_BOTH_STORES(CaseEntryWordingTest);

TEST(CaseEntryWording, TimelineRowsCarryTheSaidSummaryAndCountTriesInWords)
{
    itemModelApplication();
    CaseEntry entry;
    entry.id = 7;
    entry.kind = CaseEntryKind::CaseUpdated;
    entry.arguments = CaseChanges{{{CaseField::Status, "open", "resolved"}}, false};
    const TimelineRow row = TimelineRow::fromCaseEntry(entry);
    EXPECT_EQ(row.summary.toStdString(), "status Open → Resolved");
    EXPECT_EQ(row.kind.toStdString(), "case.updated");
    EXPECT_EQ(row.key.toStdString(), "case:7");

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

TEST(CaseEntryWording, AmountsAndTimesAreShownInTheReadersFormatAndInEnglishInTheRecord)
{
    itemModelApplication();
    CaseEntry refund;
    refund.kind = CaseEntryKind::ActionRequested;
    refund.arguments = ActionCommand(RefundCommand{"ORD-1", 123450, "EUR", "late", {}});
    CaseEntry escalated;
    escalated.kind = CaseEntryKind::EscalationOpened;
    escalated.arguments = EscalationOpening{"finance", utc("2026-11-20T17:30:00Z")};
    escalated.text = "check";
    qputenv("TZ", "Europe/Berlin");
    tzset();
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QString said = CaseEntryWording::summary(refund);
    const QString due = CaseEntryWording::summary(escalated);
    const std::string recorded = CaseEntryWording::inEnglish(refund);
    const std::string recordedDue = CaseEntryWording::inEnglish(escalated);
    QLocale::setDefault(QLocale::c());
    qputenv("TZ", "UTC");
    tzset();
    EXPECT_EQ(said.toStdString(), "Refund of 1234,50 EUR on ORD-1: late");
    EXPECT_EQ(due.toStdString(), "Escalated to Finance (due 20 Nov. 2026 18:30): check");
    EXPECT_EQ(recorded, "Refund of 1234.50 EUR on ORD-1: late\n");
    EXPECT_EQ(recordedDue, "Escalated to Finance (due 20 Nov 2026 17:30): check\n");
}

TEST(CaseEntryWording, AFailureWithoutAnErrorSaysWhatIsKnown)
{
    itemModelApplication();
    CaseEntry failure;
    failure.kind = CaseEntryKind::ActionFailed;
    failure.arguments = ActionOutcome{ActionKind::Cancel, std::nullopt, std::nullopt, 0};
    EXPECT_EQ(CaseEntryWording::summary(failure).toStdString(),
              "cancel failed: unknown back-office system");
    failure.arguments =
        ActionOutcome{ActionKind::Cancel, BackofficeSystem::Orders, std::nullopt, 0};
    EXPECT_EQ(CaseEntryWording::summary(failure).toStdString(), "cancel failed");
    failure.text = "The orders system refused the request (409): ORD-1 has shipped.";
    EXPECT_EQ(CaseEntryWording::summary(failure).toStdString(),
              "cancel failed: The orders system refused the request (409): ORD-1 has shipped.")
        << "an older store's reason, as it was written";
}

} // namespace
} // namespace caseline::test
