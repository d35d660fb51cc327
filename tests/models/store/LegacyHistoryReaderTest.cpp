// The sentences schema 8 and earlier stored, as their writers composed them, read into kinds and
// arguments; what cannot be read is kept as written.
#include "store/LegacyHistoryReader.h"

#include "store/CaseEntryJson.h"

#include <gtest/gtest.h>

namespace caseline::test {
namespace {

CaseEntry read(LegacyHistoryReader &reader, const std::string &kind, const std::string &summary,
               const std::string &detail = {})
{
    return reader.read({kind, summary, detail});
}

void expectWritten(const CaseEntry &entry, const std::string &kind, const std::string &summary,
                   const std::string &detail)
{
    EXPECT_EQ(entry.kind, CaseEntryKind::Written) << summary;
    EXPECT_EQ(std::get<WrittenEntry>(entry.arguments), (WrittenEntry{kind, detail}));
    EXPECT_EQ(entry.text, summary);
}

TEST(LegacyHistoryReader, ReadsTheCaseStoresSentences)
{
    LegacyHistoryReader reader;
    CaseEntry opened =
        read(reader, "case.opened", "Case opened from complaint-form: Entrega sin sábado");
    EXPECT_EQ(opened.kind, CaseEntryKind::CaseOpened);
    EXPECT_EQ(std::get<CaseOpening>(opened.arguments).channel, CaseChannel::ComplaintForm);
    EXPECT_EQ(opened.text, "Entrega sin sábado");

    const CaseEntry changed =
        read(reader, "case.updated",
             "status new → resolved; department customer-service → returns-desk; assignee (none) "
             "→ sofia; SLA due 2026-11-20T09:00:00Z → (none)");
    EXPECT_EQ(std::get<CaseChanges>(changed.arguments),
              (CaseChanges{{{CaseField::Status, "new", "resolved"},
                            {CaseField::Department, "customer-service", "returns-desk"},
                            {CaseField::Assignee, "", "sofia"},
                            {CaseField::SlaDue, "2026-11-20T09:00:00Z", ""}},
                           false}));
    EXPECT_EQ(std::get<CaseChanges>(read(reader, "case.updated", "links changed").arguments),
              (CaseChanges{{}, true}));
}

// The sentence cannot say where a subject with " → " in it ends; the subject before it can.
TEST(LegacyHistoryReader, SplitsAChangeOfSubjectKnowingTheSubjectBefore)
{
    LegacyHistoryReader reader;
    read(reader, "case.opened",
         "Case opened from phone: Blue stilettos → instead of overalls; please help");
    const CaseEntry changed =
        read(reader, "case.updated",
             "priority normal → high; subject Blue stilettos → instead of overalls; please help → "
             "Wrong item: stilettos → overalls; assignee (none) → lena");
    // A field name after "; " splits, so the assignee is its own change, after the subject.
    EXPECT_EQ(std::get<CaseChanges>(changed.arguments).fields,
              (std::vector<CaseFieldChange>{{CaseField::Priority, "normal", "high"},
                                            {CaseField::Subject,
                                             "Blue stilettos → instead of overalls; please help",
                                             "Wrong item: stilettos → overalls"},
                                            {CaseField::Assignee, "", "lena"}}));
    const CaseEntry again =
        read(reader, "case.updated", "subject Wrong item: stilettos → overalls → Done");
    EXPECT_EQ(std::get<CaseChanges>(again.arguments).fields.at(0).after, "Done");

    LegacyHistoryReader unknowing; // this case's opening was never read
    const std::string ambiguous = "subject a → b → c";
    expectWritten(read(unknowing, "case.updated", ambiguous), "case.updated", ambiguous, "");
    EXPECT_EQ(std::get<CaseChanges>(read(unknowing, "case.updated", "subject a → b").arguments)
                  .fields.at(0),
              (CaseFieldChange{CaseField::Subject, "a", "b"}));
}

TEST(LegacyHistoryReader, KeepsWhatPeopleTypedWhole)
{
    LegacyHistoryReader reader;
    const std::string note = "Customer wants the overalls, not money.\nCall back after 5 pm.";
    EXPECT_EQ(read(reader, "note", note, note).text, note);
    const std::string longNote(230, 'n');
    EXPECT_EQ(read(reader, "note", longNote.substr(0, 200), longNote).text, longNote);
    EXPECT_EQ(read(reader, "note", "Customer has no order number").text,
              "Customer has no order number");
    const CaseEntry call =
        read(reader, "contact.inbound", "phone: Giulia called: the replacement was cancelled?");
    EXPECT_EQ(call.kind, CaseEntryKind::ContactInbound);
    EXPECT_EQ(std::get<CaseContact>(call.arguments).channel, CaseChannel::Phone);
    EXPECT_EQ(call.text, "Giulia called: the replacement was cancelled?");
    const std::string longCall(210, 'c');
    EXPECT_EQ(read(reader, "contact.outbound", "email: " + longCall.substr(0, 200), longCall).text,
              longCall);
    // A line that is not the beginning of the whole text: both kept as written.
    expectWritten(read(reader, "note", "short", "something else"), "note", "short",
                  "something else");
    expectWritten(read(reader, "note", "Customer wants the overalls, not money", note), "note",
                  "Customer wants the overalls, not money", note);
    expectWritten(read(reader, "contact.outbound", "email: Sent the label", "Sent the label again"),
                  "contact.outbound", "email: Sent the label", "Sent the label again");
}

TEST(LegacyHistoryReader, ReadsEveryActionRequestWithWhatItsBodyAdds)
{
    LegacyHistoryReader reader;
    const auto command = [&](const std::string &summary, const std::string &body = {}) {
        const CaseEntry entry = read(reader, "action.requested", summary, body);
        EXPECT_EQ(entry.kind, CaseEntryKind::ActionRequested) << summary;
        return std::get<ActionCommand>(entry.arguments);
    };
    EXPECT_EQ(command("Refund of 49.90 EUR on ORD-1001: Wrong item sent: sorry",
                      R"({"orderId":"ORD-1001","amount":4990,"currency":"EUR",)"
                      R"("reason":"Wrong item sent: sorry","issuedBy":"customer-service",)"
                      R"("lines":[{"lineId":"L1","quantity":1}]})"),
              ActionCommand(
                  RefundCommand{"ORD-1001", 4990, "EUR", "Wrong item sent: sorry", {{"L1", 1}}}));
    EXPECT_EQ(command("Return label for ORD-4001: Does not fit the room",
                      R"({"orderId":"ORD-4001","lines":[{"lineId":"L1","quantity":1}],)"
                      R"("reason":"Does not fit the room"})"),
              ActionCommand(ReturnLabelCommand{"ORD-4001", {{"L1", 1}}, "Does not fit the room"}));
    EXPECT_EQ(command("Delivery of SHP-2001 moved to slot SLOT-20261123-0913", R"({"slotId":"x"})"),
              ActionCommand(RescheduleCommand{"SHP-2001", "SLOT-20261123-0913", "", ""}));
    EXPECT_EQ(command("Delivery of SHP-2001 redirected to pickup point PUP-MAD-031",
                      R"({"pickupPointId":"PUP-MAD-031","note":"Ring twice"})"),
              ActionCommand(RescheduleCommand{"SHP-2001", "", "PUP-MAD-031", "Ring twice"}));
    EXPECT_EQ(command("Cancel ORD-4003: Ordered twice", R"({"reason":"Ordered twice"})"),
              ActionCommand(CancelCommand{"ORD-4003", "Ordered twice"}));
    EXPECT_EQ(command("Replacement for ORD-4001: Arrived broken"),
              ActionCommand(ReplacementCommand{"ORD-4001", {}, "Arrived broken"}));
    EXPECT_EQ(
        command("Message to the customer (email, es): Tu entrega → punto de recogida; gracias",
                R"({"customerId":"CUS-1002","channel":"email","language":"es",)"
                R"("subject":"Tu entrega → punto de recogida; gracias",)"
                R"("body":"Hola","system":"customer-service","orderId":"ORD-2001"})"),
        ActionCommand(CustomerMessageCommand{"CUS-1002", "ORD-2001", "email", "es",
                                             "Tu entrega → punto de recogida; gracias", "Hola"}));
    expectWritten(read(reader, "action.requested", "Refund of 49,90 EUR on ORD-1: late"),
                  "action.requested", "Refund of 49,90 EUR on ORD-1: late", "");
}

TEST(LegacyHistoryReader, ReadsOutcomesEscalationsAndApprovals)
{
    LegacyHistoryReader reader;
    const CaseEntry delivered =
        read(reader, "action.delivered", "refund delivered to payments", R"({"id":"RF-9001"})");
    const ActionOutcome &paid = std::get<ActionOutcome>(delivered.arguments);
    EXPECT_EQ(paid.action, ActionKind::Refund);
    EXPECT_EQ(paid.system, BackofficeSystem::Payments);
    EXPECT_EQ(delivered.text, R"({"id":"RF-9001"})");
    const CaseEntry failed = read(
        reader, "action.failed",
        "cancel failed: The orders system refused the request (409): ORD-1001-R1 has shipped.");
    EXPECT_EQ(std::get<ActionOutcome>(failed.arguments).system, BackofficeSystem::Orders);
    EXPECT_FALSE(std::get<ActionOutcome>(failed.arguments).error);
    EXPECT_EQ(failed.text, "The orders system refused the request (409): ORD-1001-R1 has shipped.");

    const CaseEntry escalated = read(reader, "escalation.opened",
                                     "Escalated to warehouse (due 2026-11-21T09:00:00Z): Stop it");
    EXPECT_EQ(std::get<EscalationOpening>(escalated.arguments).department, "warehouse");
    EXPECT_EQ(std::get<EscalationOpening>(escalated.arguments).due.toUTC().toString(Qt::ISODate),
              "2026-11-21T09:00:00Z");
    EXPECT_EQ(escalated.text, "Stop it");
    EXPECT_EQ(read(reader, "escalation.accepted", "warehouse accepted the escalation").text, "");
    EXPECT_EQ(
        read(reader, "escalation.resolved", "warehouse resolved the escalation: Stopped: ok").text,
        "Stopped: ok");
    expectWritten(read(reader, "escalation.returned", "warehouse resolved the escalation: x"),
                  "escalation.returned", "warehouse resolved the escalation: x", "");

    const CaseEntry held =
        read(reader, "refund.awaiting-approval",
             "Held for a supervisor's approval (request 3): Refund of 250.00 EUR on ORD-2001: "
             "Late: very",
             R"({"orderId":"ORD-2001","amount":25000,"currency":"EUR","reason":"Late: very"})");
    EXPECT_EQ(std::get<HeldRefund>(held.arguments),
              (HeldRefund{3, {"ORD-2001", 25000, "EUR", "Late: very", {}}}));
    const CaseEntry approved =
        read(reader, "refund.approved", "Refund of 150.00 EUR on ORD-2001 approved (request 2)");
    EXPECT_EQ(std::get<RefundDecision>(approved.arguments),
              (RefundDecision{2, "ORD-2001", 15000, "EUR"}));
    const CaseEntry rejected =
        read(reader, "refund.rejected",
             "Refund of 999.00 EUR on ORD-2001 rejected (request 4): Too much: 299.00 EUR",
             "Too much: 299.00 EUR");
    EXPECT_EQ(std::get<RefundDecision>(rejected.arguments).amount, 99900);
    EXPECT_EQ(rejected.text, "Too much: 299.00 EUR");
}

TEST(LegacyHistoryReader, KeepsWhatItCannotReadAsWritten)
{
    LegacyHistoryReader reader;
    for (const auto &[kind, summary] : std::vector<std::pair<std::string, std::string>>{
             {"case.opened", "Imported from the old CRM"},
             {"case.updated", "status open → new; colour red → blue"},
             {"escalation.opened", "Escalated by hand"},
             {"status.changed", "open → pending"},
             {"written", "as written"},
             {"action.delivered", "fax delivered to payments"},
             {"refund.approved", "Refund of 1.00 EUR on ORD-1 rejected (request 1)"}}) {
        expectWritten(read(reader, kind, summary, "kept"), kind, summary, "kept");
    }
}

} // namespace
} // namespace caseline::test
