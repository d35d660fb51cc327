// Makes the schema-7 stores in this folder with the code of commit 46ad776 (the last release
// before history, findings and the outbox became codes). It builds only against that commit:
//   git worktree add /tmp/v7 46ad776 && (build /tmp/v7) &&
//   g++ -std=c++20 -fPIC LegacyStoreMaker.cpp -I/tmp/v7/models $(pkg-config --cflags Qt6Core Qt6Sql) \
//       /tmp/v7/build/lib/libcaseline_core.a $(pkg-config --libs Qt6Core Qt6Sql Qt6Network) \
//       -lcurl -o maker
//   ./maker store-v7.sqlite            # SQLite
//   ./maker postgresql://USER@HOST:PORT/DB && pg_dump --inserts --no-owner --no-privileges DB
// Not part of the build: the upgrade tests read what it made, never run it.
#include "actions/ActionPlanner.h"
#include "actions/ActionService.h"
#include "domain/Rfc3339.h"
#include "store/CaseAlertBook.h"
#include "store/CaseDatabase.h"
#include "store/CaseRepository.h"
#include "store/EscalationDesk.h"
#include "store/Outbox.h"
#include "store/RefundApprovalDesk.h"
#include "store/SchemaMigrations.h"
#include "store/StaffDirectory.h"
#include "store/StoreTransaction.h"

#include <QCoreApplication>
#include <iostream>

using namespace caseline;

namespace {

class FixedClock : public Clock
{
public:
    QDateTime now() const override { return m_now; }
    void advance(int seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now = *Rfc3339::parse("2026-11-20T09:00:00Z");
};

// As OutboxSender::recordOutcome of this commit writes a delivery or a failure.
void outcome(CaseDatabase &db, const Clock &clock, long long entryId, bool delivered,
             const std::string &text, const std::string &result)
{
    const OutboxEntry entry = *Outbox(db).find(entryId);
    StoreTransaction transaction(db);
    Outbox outbox(db);
    outbox.claimDue(clock.now(), std::chrono::seconds(30), 100);
    if (delivered) {
        outbox.markDelivered(entryId, result, clock.now());
    } else {
        outbox.markFailed(entryId, text, clock.now());
    }
    CaseRepository(db, clock)
        .insertEntry(entry.caseId, delivered ? "action.delivered" : "action.failed", "outbox",
                     delivered ? text : entry.action + " failed: " + text, result);
    transaction.commit();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::cerr << "usage: maker STORE\n";
        return 2;
    }
    FixedClock clock;
    CaseDatabase db(StoreAddress::parse(argv[1]));
    SchemaMigrations::migrate(db);
    StaffDirectory staff(db, clock);
    staff.save({"sofia", "customer-service", StaffMember::Role::Supervisor, "sofia"}, "sofia");
    staff.save({"lena", "customer-service", StaffMember::Role::Agent, ""}, "sofia");
    staff.save({"marco", "store", StaffMember::Role::StoreStaff, ""}, "sofia");
    staff.save({"ines", "finance", StaffMember::Role::Finance, ""}, "sofia");
    EscalationDesk desk(db, clock);
    desk.saveDepartment({"returns-desk", "Returns desk", 12}, "sofia");

    CaseRepository cases(db, clock);
    SupportCase draft;
    draft.customerId = "CUS-1";
    draft.customerLanguage = "it";
    draft.subject = "Blue stilettos → instead of overalls; please help";
    draft.channel = CaseChannel::Phone;
    draft.department = "customer-service";
    draft.links = {{"order", "ORD-1001"}};
    SupportCase stilettos = cases.create(draft, "lena");
    clock.advance(60);
    SupportCase changed = stilettos;
    changed.status = CaseStatus::WaitingOnCustomer;
    changed.priority = CasePriority::High;
    changed.assignee = "lena";
    changed.subject = "Wrong item: stilettos → overalls";
    changed.slaDue = clock.now().addSecs(8 * 3600);
    stilettos = cases.update(changed, "lena");
    clock.advance(60);
    changed = stilettos;
    changed.links.push_back({"order", "ORD-1001-R1"});
    stilettos = cases.update(changed, "lena");
    clock.advance(60);
    cases.addEntry(stilettos.id, "note", "lena", "Customer wants the overalls, not money",
                   "Customer wants the overalls, not money.\nCall back after 5 pm.");
    cases.addEntry(stilettos.id, "contact.inbound", "lena",
                   "phone: Giulia called: the replacement was cancelled?", "");
    cases.addEntry(stilettos.id, "contact.outbound", "lena", "email: Sent the label again", "");

    // The stilettos case: one refund delivered, one cancel refused, as the sender records them.
    ActionService actions(db, clock);
    clock.advance(60);
    const long long refund =
        actions
            .submit(stilettos.id,
                    ActionPlanner::refund("ORD-1001", 4990, "EUR", "Wrong item sent", {{"L1", 1}}),
                    "lena")
            .outboxId;
    const long long cancel =
        actions
            .submit(stilettos.id, ActionPlanner::cancel("ORD-1001-R1", "Customer bought elsewhere"),
                    "lena")
            .outboxId;
    clock.advance(30);
    outcome(db, clock, refund, true, "refund delivered to payments",
            R"({"id":"RF-9001","orderId":"ORD-1001","amount":4990,"currency":"EUR"})");
    outcome(db, clock, cancel, false,
            "The orders system refused the request (409): ORD-1001-R1 has shipped.", "");

    // The vacuum case: one pending entry of every action, for the demo back-office's data.
    draft = {};
    draft.customerId = "CUS-1002";
    draft.customerLanguage = "es";
    draft.subject = "Robot vacuum: no Saturday delivery";
    draft.channel = CaseChannel::Email;
    draft.department = "customer-service";
    draft.links = {{"order", "ORD-2001"}, {"shipment", "SHP-2001"}, {"order", "ORD-4001"}};
    const SupportCase vacuum = cases.create(draft, "lena");
    clock.advance(60);
    actions.submit(vacuum.id,
                   ActionPlanner::refund("ORD-2001", 1000, "EUR", "Delivery fee back", {}),
                   "lena");
    actions.submit(vacuum.id,
                   ActionPlanner::returnLabel("ORD-4001", {{"L1", 1}}, "Does not fit the room"),
                   "lena");
    actions.submit(vacuum.id,
                   ActionPlanner::reschedule("SHP-2001", "SLOT-20261123-0913", "", ""), "lena");
    actions.submit(vacuum.id,
                   ActionPlanner::reschedule("SHP-2001", "", "PUP-MAD-031", "Ring twice"),
                   "lena");
    actions.submit(vacuum.id, ActionPlanner::cancel("ORD-4003", "Ordered twice"), "lena");
    actions.submit(vacuum.id,
                   ActionPlanner::replace("ORD-4001", {{"L2", 1}}, "Arrived broken"), "lena");
    actions.submit(vacuum.id,
                   ActionPlanner::message("CUS-1002", "ORD-2001", "email", "es",
                                          "Tu entrega → punto de recogida; gracias",
                                          "Hola, tu paquete espera en Correos."),
                   "lena");

    // Refunds above the threshold by an agent are held; one stays pending, one is approved
    // (and enqueued), one rejected.
    clock.advance(60);
    const ActionReceipt heldPending = actions.submit(
        vacuum.id, ActionPlanner::refund("ORD-2001", 25000, "EUR", "Goodwill: three weeks late"),
        "lena");
    const ActionReceipt heldApproved = actions.submit(
        vacuum.id, ActionPlanner::refund("ORD-2001", 15000, "EUR", "Goodwill"), "lena");
    const ActionReceipt heldRejected = actions.submit(
        vacuum.id, ActionPlanner::refund("ORD-2001", 99900, "EUR", "Everything back"), "lena");
    RefundApprovalDesk approvals(db, clock);
    clock.advance(60);
    approvals.approve(heldApproved.approvalId, "sofia", "");
    approvals.reject(heldRejected.approvalId, "sofia", "Too much: the order was 299.00 EUR");
    (void)heldPending;

    // Escalations: opened, accepted and resolved; another given back.
    clock.advance(60);
    Escalation warehouse = desk.escalate(stilettos.id, "warehouse",
                                         "Stop the cancelled replacement", CasePriority::Urgent,
                                         "lena");
    clock.advance(60);
    warehouse = desk.accept(warehouse.id, warehouse.version, "sofia");
    clock.advance(60);
    desk.resolve(warehouse.id, warehouse.version, "Parcel stopped at the hub", "sofia");
    Escalation finance = desk.escalate(stilettos.id, "finance", "Check the double refund",
                                       CasePriority::High, "lena",
                                       clock.now().addSecs(3 * 3600));
    clock.advance(60);
    desk.giveBack(finance.id, finance.version, "Not ours: payments checks refunds", "ines");

    // The watchdog's findings as two consoles stored them: an English one and an Italian one.
    Alert shipped;
    shipped.rule = "cancelled-but-shipped";
    shipped.severity = AlertSeverity::Critical;
    shipped.orderId = "ORD-1001-R1";
    shipped.message = "ORD-1001-R1 was cancelled by payments on 17 Oct 2026 09:05 UTC, but "
                      "delivery shows SHP-1002 in transit 18 Oct 2026 07:30 UTC.";
    shipped.evidence = {"order:ORD-1001-R1:history:2", "shipment:SHP-1002:event:1"};
    Alert label;
    label.rule = "promised-label-missing";
    label.severity = AlertSeverity::Warning;
    label.orderId = "ORD-1001";
    label.message = "Un'etichetta di reso promessa il 16 ott 2026 non è mai arrivata.";
    CaseAlertBook book(db);
    book.record(stilettos.id, "ORD-1001-R1", {shipped}, clock.now());
    book.record(stilettos.id, "ORD-1001", {label}, clock.now());

    // A store walk-in without an order, and a resolved complaint form.
    draft = {};
    draft.customerId = "CUS-7";
    draft.customerLanguage = "de";
    draft.subject = "Sofa delivery cancelled the day before";
    draft.channel = CaseChannel::Store;
    draft.department = "store";
    const SupportCase sofa = cases.create(draft, "marco");
    cases.addEntry(sofa.id, "note", "marco", "Customer has no order number", "");
    draft.customerId = "CUS-3";
    draft.customerLanguage = "es";
    draft.subject = "Entrega sin sábado";
    draft.channel = CaseChannel::ComplaintForm;
    draft.department = "customer-service";
    draft.links = {{"order", "ORD-3001"}, {"shipment", "SHP-3001"}};
    SupportCase form = cases.create(draft, "lena");
    changed = form;
    changed.status = CaseStatus::Resolved;
    changed.assignee = "sofia";
    changed.department = "returns-desk";
    cases.update(changed, "sofia");
    std::cout << "made cases " << stilettos.id << ", " << vacuum.id << ", " << sofa.id << " and "
              << form.id << "\n";
    return 0;
}
