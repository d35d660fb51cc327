#include "store/CaseAlertBook.h"

#include "StoreTestFixture.h"
#include "store/CaseChangeLog.h"
#include "store/CaseRepository.h"

namespace caseline::test {
namespace {

class CaseAlertBookTest : public StoreTest
{
protected:
    long long openCase()
    {
        SupportCase draft;
        draft.customerId = "CUS-1001";
        draft.customerLanguage = "it";
        draft.subject = "Scarpe: rimborso e nuova spedizione";
        draft.department = "customer-service";
        return CaseRepository(*db, clock).create(draft, "anna").id;
    }

    static Alert alert(const std::string &rule, const std::string &order)
    {
        Alert found;
        found.rule = rule;
        found.severity = AlertSeverity::Critical;
        found.message = "Refunded, yet shipped";
        found.orderId = order;
        return found;
    }

    long long stored(long long caseId)
    {
        return db
            ->scalar(QStringLiteral("SELECT COUNT(*) FROM case_alerts WHERE case_id = ?"), {caseId})
            .toLongLong();
    }
};

TEST_P(CaseAlertBookTest, FindingsAreReplacedPerAssembledOrderAndUnchangedOnesWriteNothing)
{
    const long long caseId = openCase();
    CaseAlertBook book(*db);
    // ORD-1001's family reports its replacement's conflict too.
    EXPECT_TRUE(book.record(caseId, "ORD-1001",
                            {alert("refunded-but-shipped", "ORD-1001-R1"),
                             alert("label-promised-not-issued", "ORD-1001")},
                            clock.now()));
    EXPECT_TRUE(book.record(caseId, "", {alert("escalation-overdue", "")}, clock.now()));
    EXPECT_EQ(stored(caseId), 3);

    CaseChangeLog log(*db);
    const long long before = log.latestSeq();
    EXPECT_FALSE(book.record(caseId, "ORD-1001",
                             {alert("label-promised-not-issued", "ORD-1001"),
                              alert("refunded-but-shipped", "ORD-1001-R1")},
                             clock.now()));
    EXPECT_EQ(log.latestSeq(), before); // no change announced to the other consoles

    // The label came: only that finding goes; the case's own alert stays.
    EXPECT_TRUE(book.record(caseId, "ORD-1001", {alert("refunded-but-shipped", "ORD-1001-R1")},
                            clock.now()));
    EXPECT_EQ(stored(caseId), 2);
    EXPECT_EQ(log.since(before).caseIds, std::vector<long long>{caseId});
    EXPECT_EQ(db->scalar(QStringLiteral("SELECT order_id FROM case_alerts WHERE rule_id = ?"),
                         {QStringLiteral("refunded-but-shipped")})
                  .toString(),
              QStringLiteral("ORD-1001-R1"));
}

CASELINE_ON_BOTH_STORES(CaseAlertBookTest);

} // namespace
} // namespace caseline::test
