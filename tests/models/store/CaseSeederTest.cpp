#include "store/CaseSeeder.h"

#include "StoreTestFixture.h"
#include "store/CaseColumns.h"
#include "store/StoreError.h"

#include <QSqlQuery>

namespace caseline::test {
namespace {

class CaseSeederTest : public StoreTest
{
protected:
    long long count(const QString &sql) { return db->scalar(sql).toLongLong(); }

    // Every seeded row as text, for comparing two stores.
    QStringList dump(CaseDatabase &store)
    {
        QStringList rows;
        QSqlQuery query =
            store.run(QStringLiteral("SELECT %1, resolved_at, sla_warn_at FROM cases ORDER BY id")
                          .arg(CaseColumns::list()));
        while (query.next()) {
            QStringList row;
            for (int i = 0; i < 15; ++i) {
                row << query.value(i).toString();
            }
            rows << row.join(QLatin1Char('|'));
        }
        QSqlQuery alerts = store.run(QStringLiteral(
            "SELECT case_id, alert_key, severity, found_at FROM case_alerts ORDER BY case_id"));
        while (alerts.next()) {
            rows << alerts.value(0).toString() + alerts.value(1).toString() +
                        alerts.value(2).toString() + alerts.value(3).toString();
        }
        return rows;
    }
};

TEST_P(CaseSeederTest, RefusesCountsOutsideItsRange)
{
    EXPECT_THROW(CaseSeeder::seed(*db, 0, clock.now()), StoreError);
    EXPECT_THROW(CaseSeeder::seed(*db, CaseSeeder::maximum + 1, clock.now()), StoreError);
}

TEST_P(CaseSeederTest, WritesTheCountWithARealisticMixAndNoChangeLog)
{
    ASSERT_EQ(CaseSeeder::seed(*db, 3000, clock.now()), 3000);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM cases")), 3000);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM case_links WHERE kind = 'order'")), 3000);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM case_links WHERE case_id = 1 AND "
                                   "ref = 'ORD-S0000001'")),
              1);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM case_changes")), 0);
    const long long open =
        count(QStringLiteral("SELECT COUNT(*) FROM cases WHERE ") + CaseColumns::openCondition());
    EXPECT_GT(open, 750);
    EXPECT_LT(open, 1050);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(DISTINCT department) FROM cases")), 6);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(DISTINCT priority) FROM cases")), 4);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(DISTINCT status) FROM cases")), 6);
    EXPECT_GT(count(QStringLiteral("SELECT COUNT(DISTINCT assignee) FROM cases")), 250);
    EXPECT_GT(count(QStringLiteral("SELECT COUNT(*) FROM cases WHERE assignee = ''")), 50);
    EXPECT_GT(count(QStringLiteral("SELECT COUNT(*) FROM cases WHERE sla_due IS NULL")), 10);
    // Finished cases, and only they, carry when they were resolved.
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM cases WHERE (resolved_at IS NULL) = (") +
                    CaseColumns::openCondition() + QStringLiteral(")")),
              3000);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM cases WHERE created_at < '2025-11-02' "
                                   "OR created_at > '2026-11-02T10:00:00Z'")),
              0);
    const long long alerts = count(QStringLiteral("SELECT COUNT(*) FROM case_alerts"));
    EXPECT_GT(alerts, 0);
    EXPECT_LT(alerts, 30);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM case_alerts a JOIN cases c ON c.id = "
                                   "a.case_id WHERE c.status IN ('resolved', 'closed')")),
              0);
}

TEST_P(CaseSeederTest, SlaWarningIsTheCasesOwn)
{
    CaseSeeder::seed(*db, 500, clock.now());
    QSqlQuery query = db->run(
        QStringLiteral("SELECT %1, sla_warn_at FROM cases ORDER BY id").arg(CaseColumns::list()));
    int checked = 0;
    while (query.next()) {
        const SupportCase item = CaseColumns::read(query);
        const QString stored = query.value(13).toString();
        if (!item.slaDue.isValid()) {
            EXPECT_TRUE(query.value(13).isNull());
            continue;
        }
        EXPECT_EQ(stored.toStdString(), Rfc3339::format(item.slaWarningFrom()));
        ++checked;
    }
    EXPECT_GT(checked, 450);
}

TEST_P(CaseSeederTest, SameCountAndTimeGiveTheSameStore)
{
    CaseSeeder::seed(*db, 400, clock.now());
    TempDirectory otherDirectory;
    const StoreAddress otherAddress = freshStore(GetParam(), otherDirectory.path().string());
    CaseDatabase other(otherAddress);
    SchemaMigrations::migrate(other);
    CaseSeeder::seed(other, 400, clock.now());
    EXPECT_EQ(dump(*db), dump(other));
}

TEST_P(CaseSeederTest, AppendsAfterExistingCasesAndKeepsTheTriggers)
{
    CaseSeeder::seed(*db, 10, clock.now());
    CaseSeeder::seed(*db, 5, clock.now());
    EXPECT_EQ(count(QStringLiteral("SELECT MAX(id) FROM cases")), 15);
    db->run(QStringLiteral("UPDATE cases SET subject = 'x' WHERE id = 3"));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM case_changes WHERE case_id = 3")), 1);
}

CASELINE_ON_BOTH_STORES(CaseSeederTest);

} // namespace
} // namespace caseline::test
