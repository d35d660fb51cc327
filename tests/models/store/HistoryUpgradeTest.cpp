// A store of schema 7, as the release before made it (tests/models/store/legacy/), upgraded:
// its English history becomes kinds and arguments, every entry said as the console said it
// before, what cannot be read kept as written, nothing lost, and the store goes on working.
#include "LegacyStore.h"
#include "TempDirectory.h"
#include "domain/Rfc3339.h"
#include "itemmodels/CaseEntryWording.h"
#include "itemmodels/EnglishWording.h"
#include "store/AuditLog.h"
#include "store/CaseDatabase.h"
#include "store/CaseRepository.h"
#include "store/RefundApprovalDesk.h"
#include "store/SchemaMigrations.h"
#include "store/StoreError.h"

#include <gtest/gtest.h>
#include <set>

namespace caseline::test {
namespace {

class FixedClock : public Clock
{
public:
    QDateTime now() const override { return *Rfc3339::parse("2026-11-21T08:00:00Z"); }
};

// What the console showed for each entry of store-v7 in English, case by case, oldest first.
const std::vector<std::string> saidBefore{
    "Case opened from phone: Blue stilettos → instead of overalls; please help",
    "status New → Waiting on customer; priority Normal → High; assignee (none) → lena; subject "
    "Blue stilettos → instead of overalls; please help → Wrong item: stilettos → overalls; due "
    "21 Nov 2026 09:00 → 20 Nov 2026 17:01",
    "Linked orders or shipments changed",
    "Customer wants the overalls, not money",
    "phone: Giulia called: the replacement was cancelled?",
    "email: Sent the label again",
    "Refund of 49.90 EUR on ORD-1001: Wrong item sent",
    "Cancel ORD-1001-R1: Customer bought elsewhere",
    "refund delivered to Payments",
    "cancel failed: The orders system refused the request (409): ORD-1001-R1 has shipped.",
    "Escalated to Warehouse (due 21 Nov 2026 09:08): Stop the cancelled replacement",
    "Warehouse accepted the escalation",
    "Warehouse resolved the escalation: Parcel stopped at the hub",
    "Escalated to Finance (due 20 Nov 2026 12:10): Check the double refund",
    "Finance returned the escalation: Not ours: payments checks refunds",
    "Imported from the old CRM: colour red → blue", // added below, in no writer's words
    "Case opened from email: Robot vacuum: no Saturday delivery",
    "Refund of 10.00 EUR on ORD-2001: Delivery fee back",
    "Return label for ORD-4001: Does not fit the room",
    "Delivery of SHP-2001 moved to slot SLOT-20261123-0913",
    "Delivery of SHP-2001 redirected to pickup point PUP-MAD-031",
    "Cancel ORD-4003: Ordered twice",
    "Replacement for ORD-4001: Arrived broken",
    "Message to the customer (email, es): Tu entrega → punto de recogida; gracias",
    "Held for a supervisor's approval (request 1): Refund of 250.00 EUR on ORD-2001: Goodwill: "
    "three weeks late",
    "Held for a supervisor's approval (request 2): Refund of 150.00 EUR on ORD-2001: Goodwill",
    "Held for a supervisor's approval (request 3): Refund of 999.00 EUR on ORD-2001: Everything "
    "back",
    "Refund of 150.00 EUR on ORD-2001: Goodwill",
    "Refund of 150.00 EUR on ORD-2001 approved (request 2)",
    "Refund of 999.00 EUR on ORD-2001 rejected (request 3): Too much: the order was 299.00 EUR",
    "Case opened from store: Sofa delivery cancelled the day before",
    "Customer has no order number",
    "Case opened from complaint form: Entrega sin sábado",
    "status New → Resolved; department Customer service → returns desk; assignee (none) → sofia",
};

class HistoryUpgradeTest : public ::testing::TestWithParam<StoreBackend>
{
protected:
    void SetUp() override
    {
        db = std::make_unique<CaseDatabase>(legacyStore(GetParam(), directory.path().string()));
        ASSERT_EQ(SchemaMigrations::currentVersion(*db), 7);
        // A line an older tool wrote in words no writer used.
        db->run(QStringLiteral("INSERT INTO case_entries (case_id, at, kind, actor, summary, "
                               "detail) VALUES (1, '2026-11-20T09:12:00Z', 'case.updated', "
                               "'import', 'Imported from the old CRM: colour red → blue', "
                               "'row 17')"));
    }

    long long count(const char *table)
    {
        return db->scalar(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table))
            .toLongLong();
    }

    std::vector<CaseEntry> everyEntry()
    {
        std::vector<CaseEntry> all;
        CaseRepository cases(*db, clock);
        for (long long caseId = 1; caseId <= 4; ++caseId) {
            for (CaseEntry &entry : cases.entries(caseId)) {
                all.push_back(std::move(entry));
            }
        }
        return all;
    }

    TempDirectory directory;
    FixedClock clock;
    std::unique_ptr<CaseDatabase> db;
};

TEST_P(HistoryUpgradeTest, EveryEntryIsConvertedAndSaidAsBefore)
{
    const long long entries = count("case_entries");
    const long long changes = count("case_changes");
    SchemaMigrations::migrate(*db);
    EXPECT_EQ(SchemaMigrations::currentVersion(*db), SchemaMigrations::latestVersion());
    EXPECT_EQ(count("case_entries"), entries);
    EXPECT_EQ(count("case_changes"), changes) << "converting is no change to announce";
    EXPECT_THROW(db->run(QStringLiteral("SELECT summary FROM case_entries")), StoreError)
        << "no sentence stays behind";

    const std::vector<CaseEntry> all = everyEntry();
    ASSERT_EQ(all.size(), saidBefore.size());
    const EnglishWording english;
    for (std::size_t i = 0; i < all.size(); ++i) {
        EXPECT_EQ(CaseEntryWording::summary(all[i]).toStdString(), saidBefore[i]) << i;
    }
    std::set<long long> written;
    for (const CaseEntry &entry : all) {
        if (entry.kind == CaseEntryKind::Written) {
            written.insert(entry.id);
        }
    }
    // The note whose line was not its text's beginning, and the import: kept as written.
    EXPECT_EQ(written, (std::set<long long>{4, 34}));
    EXPECT_EQ(std::get<WrittenEntry>(all[15].arguments), (WrittenEntry{"case.updated", "row 17"}));
    EXPECT_EQ(CaseEntryWording::detail(all[3]).toStdString(),
              "Customer wants the overalls, not money.\nCall back after 5 pm.");
    EXPECT_EQ(CaseEntryWording::detail(all[8]).toStdString(),
              R"({"id":"RF-9001","orderId":"ORD-1001","amount":4990,"currency":"EUR"})");
    EXPECT_EQ(CaseEntryWording::detail(all[29]).toStdString(),
              "Too much: the order was 299.00 EUR");
    EXPECT_EQ(CaseEntryWording::detail(all[20]).toStdString(), "Ring twice");
    EXPECT_EQ(CaseEntryWording::detail(all[23]).toStdString(),
              "Hola, tu paquete espera en Correos.");

    // Read into the domain's words, what the sentence said and what its second line added.
    EXPECT_EQ(
        std::get<CaseChanges>(all[1].arguments).fields.at(3),
        (CaseFieldChange{CaseField::Subject, "Blue stilettos → instead of overalls; please help",
                         "Wrong item: stilettos → overalls"}));
    EXPECT_EQ(
        std::get<ActionCommand>(all[6].arguments),
        ActionCommand(RefundCommand{"ORD-1001", 4990, "EUR", "Wrong item sent", {{"L1", 1}}}));
    EXPECT_EQ(std::get<ActionCommand>(all[23].arguments),
              ActionCommand(CustomerMessageCommand{"CUS-1002", "ORD-2001", "email", "es",
                                                   "Tu entrega → punto de recogida; gracias",
                                                   "Hola, tu paquete espera en Correos."}));
    EXPECT_EQ(std::get<HeldRefund>(all[24].arguments).request, 1);
    EXPECT_EQ(all[0].actor, "lena");
    EXPECT_EQ(all[8].actor, "outbox");
    EXPECT_EQ(all[8].at, *Rfc3339::parse("2026-11-20T09:04:30Z"));
    EXPECT_FALSE(AuditLog::verify(*db).brokenAt);
}

TEST_P(HistoryUpgradeTest, TheUpgradedStoreGoesOnWritingItsHistory)
{
    SchemaMigrations::migrate(*db);
    const long long changes = count("case_changes");
    // Held by the old release, approved by this one: sent as it was asked for.
    RefundApprovalDesk(*db, clock).approve(1, "sofia", "late twice");
    CaseRepository cases(*db, clock);
    cases.addEntry(2, "lena", CaseEntryKind::Note, {}, "Told the customer");
    const std::vector<CaseEntry> vacuum = cases.entries(2);
    ASSERT_GE(vacuum.size(), 3u);
    const CaseEntry &sent = vacuum[vacuum.size() - 3];
    EXPECT_EQ(
        std::get<ActionCommand>(sent.arguments),
        ActionCommand(RefundCommand{"ORD-2001", 25000, "EUR", "Goodwill: three weeks late", {}}));
    EXPECT_EQ(vacuum[vacuum.size() - 2].kind, CaseEntryKind::RefundApproved);
    EXPECT_EQ(vacuum.back().text, "Told the customer");
    EXPECT_EQ(sent.id, 35) << "new entries follow the converted ones";
    EXPECT_EQ(vacuum.back().id, 37);
    EXPECT_GT(count("case_changes"), changes) << "consoles hear of the new entries";
    EXPECT_FALSE(AuditLog::verify(*db).brokenAt);
}

INSTANTIATE_TEST_SUITE_P(Stores, HistoryUpgradeTest,
                         ::testing::Values(StoreBackend::Sqlite, StoreBackend::Postgresql),
                         [](const auto &info) { return toString(info.param); });

} // namespace
} // namespace caseline::test
