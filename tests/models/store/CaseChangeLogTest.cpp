#include "store/CaseChangeLog.h"

#include "StoreTestFixture.h"
#include "store/CaseRepository.h"
#include "store/EscalationDesk.h"

namespace caseline::test {
namespace {

// The change log is written by the store's own triggers: whatever writes a case's data, from
// whichever program, leaves the case's id in it.
class CaseChangeLogTest : public StoreTest
{
protected:
    SupportCase openCase(const std::string &subject)
    {
        SupportCase draft;
        draft.customerId = "CUS-1002";
        draft.customerLanguage = "es";
        draft.subject = subject;
        draft.department = "customer-service";
        return CaseRepository(*db, clock).create(draft, "anna");
    }
};

TEST_P(CaseChangeLogTest, EveryWriteToACaseIsRecordedByTheStoreItself)
{
    CaseChangeLog log(*db);
    const long long start = log.latestSeq();
    const SupportCase first = openCase("Aspiradora sin etiqueta de devolución");
    const SupportCase second = openCase("Entrega en sábado");
    EXPECT_EQ(log.since(start).caseIds, (std::vector<long long>{first.id, second.id}));

    const long long afterCreation = log.latestSeq();
    CaseRepository(*db, clock)
        .addEntry(first.id, "anna", CaseEntryKind::Note, {}, "Llamó la clienta");
    EscalationDesk(*db, clock)
        .escalate(second.id, "logistics", "Franja no disponible", CasePriority::High, "anna");
    const CaseChangeLog::Changes changes = log.since(afterCreation);
    EXPECT_EQ(changes.caseIds, (std::vector<long long>{first.id, second.id}));
    EXPECT_EQ(changes.lastSeq, log.latestSeq());
    EXPECT_TRUE(log.since(changes.lastSeq).caseIds.empty());
}

TEST_P(CaseChangeLogTest, PruningForgetsOldChangesButKeepsTheSequence)
{
    openCase("Tacones rotos");
    openCase("Reembolso y envío");
    const long long latest = CaseChangeLog(*db).latestSeq();
    ASSERT_GT(latest, 0);
    CaseChangeLog(*db).prune(QDateTime::currentDateTimeUtc().addDays(1)); // everything is old
    EXPECT_EQ(CaseChangeLog(*db).latestSeq(), latest);
    EXPECT_EQ(db->scalar(QStringLiteral("SELECT COUNT(*) FROM case_changes")).toInt(), 1);
}

CASELINE_ON_BOTH_STORES(CaseChangeLogTest);

} // namespace
} // namespace caseline::test
