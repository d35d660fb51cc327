#include "store/AuditLog.h"

#include "StoreTestFixture.h"
#include "store/StoreTransaction.h"

namespace caseline::test {
namespace {

class AuditLogTest : public StoreTest
{
protected:
    void append(int count)
    {
        for (int i = 0; i < count; ++i) {
            StoreTransaction transaction(*db);
            AuditLog::append(*db, clock.now(), "anna", "case.note", 7,
                             "payload " + std::to_string(i));
            transaction.commit();
            clock.advance(60);
        }
    }
};

TEST_P(AuditLogTest, AnIntactChainVerifies)
{
    append(5);
    const AuditLog::Finding finding = AuditLog::verify(*db);
    EXPECT_EQ(finding.entries, 5);
    EXPECT_FALSE(finding.brokenAt) << finding.problem;
}

TEST_P(AuditLogTest, AnEditedEntryIsFound)
{
    append(5);
    db->run(QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE seq = 3"));
    const AuditLog::Finding finding = AuditLog::verify(*db);
    ASSERT_TRUE(finding.brokenAt);
    EXPECT_EQ(*finding.brokenAt, 3);
    EXPECT_NE(finding.problem.find("changed"), std::string::npos);
}

TEST_P(AuditLogTest, AnEditedPayloadDigestIsFound)
{
    append(3);
    db->run(QStringLiteral("UPDATE audit_log SET payload_digest = ? WHERE seq = 2"),
            {QString::fromStdString(AuditLog::digest("something else"))});
    EXPECT_EQ(AuditLog::verify(*db).brokenAt.value_or(0), 2);
}

TEST_P(AuditLogTest, ADeletedEntryIsFoundWhereverItWas)
{
    append(5);
    db->run(QStringLiteral("DELETE FROM audit_log WHERE seq = 1"));
    EXPECT_EQ(AuditLog::verify(*db).brokenAt.value_or(0), 2);
}

TEST_P(AuditLogTest, CuttingOffTheNewestEntriesIsFound)
{
    append(5);
    db->run(QStringLiteral("DELETE FROM audit_log WHERE seq >= 4"));
    const AuditLog::Finding finding = AuditLog::verify(*db);
    ASSERT_TRUE(finding.brokenAt);
    EXPECT_NE(finding.problem.find("newest"), std::string::npos) << finding.problem;
}

TEST_P(AuditLogTest, AnEntryRolledBackWithItsChangeLeavesNoTrace)
{
    append(2);
    {
        StoreTransaction transaction(*db);
        AuditLog::append(*db, clock.now(), "anna", "case.update", 7, "never committed");
    }
    append(1);
    const AuditLog::Finding finding = AuditLog::verify(*db);
    EXPECT_EQ(finding.entries, 3);
    EXPECT_FALSE(finding.brokenAt) << finding.problem;
}

CASELINE_ON_BOTH_STORES(AuditLogTest);

} // namespace
} // namespace caseline::test
