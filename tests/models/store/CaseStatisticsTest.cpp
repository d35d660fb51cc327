// The dashboard's numbers against a known seeded store (plus hand-made cases for the edges),
// each compared with the same number computed here from every row's raw columns.
#include "store/CaseStatistics.h"

#include "StoreTestFixture.h"
#include "store/CaseColumns.h"
#include "store/CaseRepository.h"
#include "store/CaseSeeder.h"
#include "store/SqlValues.h"

#include <QSqlQuery>
#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace caseline::test {
namespace {

using namespace SqlValues;

struct RawCase
{
    SupportCase item;
    QDateTime warnAt;
    QDateTime resolvedAt;
    bool open() const
    {
        return item.status != CaseStatus::Resolved && item.status != CaseStatus::Closed;
    }
};

struct RawAlert
{
    long long caseId;
    std::string key;
    std::string rule;
    std::string severity;
    QDateTime foundAt;
};

class CaseStatisticsTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        now = clock.now();
        CaseSeeder::seed(*db, 2000, now.addSecs(-1800));
        // The edges by hand: no SLA, due in the future but at risk, resolved today, reopened.
        CaseRepository repository(*db, clock);
        SupportCase draft;
        draft.customerId = "CUS-9001";
        draft.customerLanguage = "en";
        draft.subject = "Hand-made";
        draft.department = "finance";
        draft.assignee = "agent-001";
        draft.links = {{"order", "ORD-9001"}};
        draft.slaDue = now.addSecs(3600); // at risk (warning two hours before)
        const SupportCase atRisk = repository.create(draft, "test");
        draft.assignee = "zoe";
        draft.slaDue = now.addDays(5);
        const SupportCase later = repository.create(draft, "test");
        SupportCase resolved = repository.get(later.id);
        resolved.status = CaseStatus::Resolved;
        repository.update(resolved, "test");
        db->run(QStringLiteral("UPDATE cases SET sla_due = NULL, sla_warn_at = NULL WHERE id = ?"),
                {atRisk.id - 5});
        db->run(QStringLiteral("INSERT INTO staff (name, department, role) VALUES "
                               "('agent-001', 'finance', 'agent'), ('zoe', 'store', 'lead')"));
        db->run(
            QStringLiteral("INSERT INTO case_alerts (case_id, alert_key, rule_id, severity, "
                           "order_id, summary, found_at) VALUES (?, 'k1', "
                           "'refund-while-shipping', 'critical', 'ORD-9001', 's', ?), "
                           "(?, 'k2', 'refund-while-shipping', 'critical', 'ORD-9001', 's', ?)"),
            {atRisk.id, time(now), later.id, time(now)});
        readAll();
    }

    void readAll()
    {
        QSqlQuery query = db->run(QStringLiteral("SELECT %1, sla_warn_at, resolved_at FROM cases")
                                      .arg(CaseColumns::list()));
        while (query.next()) {
            cases.push_back({CaseColumns::read(query), timeAt(query, 13), timeAt(query, 14)});
        }
        QSqlQuery alertRows = db->run(QStringLiteral(
            "SELECT case_id, alert_key, rule_id, severity, found_at FROM case_alerts"));
        while (alertRows.next()) {
            alerts.push_back({alertRows.value(0).toLongLong(), textAt(alertRows, 1),
                              textAt(alertRows, 2), textAt(alertRows, 3), timeAt(alertRows, 4)});
        }
        QSqlQuery staff = db->run(QStringLiteral("SELECT name, department FROM staff"));
        while (staff.next()) {
            departments[textAt(staff, 0)] = textAt(staff, 1);
        }
    }

    bool breached(const RawCase &c) const
    {
        return c.open() && c.item.slaDue.isValid() && c.item.slaDue < now;
    }
    bool atRisk(const RawCase &c) const
    {
        return c.open() && c.item.slaDue.isValid() && c.warnAt <= now && now <= c.item.slaDue;
    }

    std::vector<long long> soonestDue(const std::function<bool(const RawCase &)> &keep) const
    {
        std::vector<const RawCase *> kept;
        for (const RawCase &c : cases) {
            if (keep(c)) {
                kept.push_back(&c);
            }
        }
        std::sort(kept.begin(), kept.end(), [](const RawCase *a, const RawCase *b) {
            return std::tie(a->item.slaDue, a->item.id) < std::tie(b->item.slaDue, b->item.id);
        });
        std::vector<long long> ids;
        for (std::size_t i = 0; i < kept.size() && i < 200; ++i) {
            ids.push_back(kept[i]->item.id);
        }
        return ids;
    }

    QDateTime now;
    std::vector<RawCase> cases;
    std::vector<RawAlert> alerts;
    std::map<std::string, std::string> departments;
};

std::vector<long long> idsOf(const std::vector<SupportCase> &cases)
{
    std::vector<long long> ids;
    for (const SupportCase &item : cases) {
        ids.push_back(item.id);
    }
    return ids;
}

TEST_P(CaseStatisticsTest, SnapshotMatchesEveryRow)
{
    const DashboardSnapshot snapshot = CaseStatistics(*db).snapshot(now);
    EXPECT_EQ(snapshot.takenAt, now);

    long long open = 0, breachedCount = 0, atRiskCount = 0;
    std::map<std::tuple<std::string, int, int>, long long> counts;
    for (const RawCase &c : cases) {
        open += c.open() ? 1 : 0;
        breachedCount += breached(c) ? 1 : 0;
        atRiskCount += atRisk(c) ? 1 : 0;
        if (c.open()) {
            ++counts[{c.item.department, static_cast<int>(c.item.status),
                      static_cast<int>(c.item.priority)}];
        }
    }
    EXPECT_GT(breachedCount, 0);
    EXPECT_GT(atRiskCount, 0);
    EXPECT_EQ(snapshot.openCases, open);
    EXPECT_EQ(snapshot.breached, breachedCount);
    EXPECT_EQ(snapshot.atRisk, atRiskCount);
    const CaseStatistics::Totals totals = CaseStatistics(*db).totals(now);
    EXPECT_EQ(totals.open, open);
    EXPECT_EQ(totals.breached, breachedCount);
    EXPECT_EQ(totals.atRisk, atRiskCount);

    std::map<std::tuple<std::string, int, int>, long long> counted;
    for (const QueueCount &count : snapshot.counts) {
        EXPECT_TRUE(counted
                        .emplace(std::make_tuple(count.department, static_cast<int>(count.status),
                                                 static_cast<int>(count.priority)),
                                 count.cases)
                        .second);
    }
    EXPECT_EQ(counted, counts);

    EXPECT_EQ(idsOf(snapshot.breachedCases),
              soonestDue([this](const RawCase &c) { return breached(c); }));
    EXPECT_EQ(idsOf(snapshot.atRiskCases),
              soonestDue([this](const RawCase &c) { return atRisk(c); }));
    for (const SupportCase &item : snapshot.breachedCases) {
        ASSERT_EQ(item.links.size(), 1u);
    }
    // The rest of the snapshot is what its parts say (each checked against the rows below).
    CaseStatistics statistics(*db);
    EXPECT_EQ(snapshot.watchdog.size(), statistics.watchdog(200).size());
    ASSERT_EQ(snapshot.aging.size(), 6u);
    for (std::size_t i = 0; i < 6; ++i) {
        EXPECT_EQ(snapshot.aging[i].cases, statistics.aging(now)[i].cases);
    }
    const std::vector<BacklogPoint> backlog = statistics.backlog(now);
    ASSERT_EQ(snapshot.backlog.size(), backlog.size());
    for (std::size_t i = 0; i < backlog.size(); ++i) {
        EXPECT_EQ(snapshot.backlog[i].open, backlog[i].open);
        EXPECT_EQ(snapshot.backlog[i].opened, backlog[i].opened);
        EXPECT_EQ(snapshot.backlog[i].resolved, backlog[i].resolved);
    }
    const std::vector<AgentWorkload> workload = statistics.workload(now);
    ASSERT_EQ(snapshot.workload.size(), workload.size());
    for (std::size_t i = 0; i < workload.size(); ++i) {
        EXPECT_EQ(snapshot.workload[i].assignee, workload[i].assignee);
        EXPECT_EQ(snapshot.workload[i].open, workload[i].open);
    }
    EXPECT_TRUE(snapshot.approvals.empty());
}

TEST_P(CaseStatisticsTest, WatchdogListsEachAlertOfOpenCasesCriticalFirst)
{
    std::map<long long, const RawCase *> byId;
    for (const RawCase &c : cases) {
        byId[c.item.id] = &c;
    }
    std::vector<const RawAlert *> expected;
    for (const RawAlert &alert : alerts) {
        if (byId.at(alert.caseId)->open()) {
            expected.push_back(&alert);
        }
    }
    const auto rank = [](const std::string &severity) {
        return severity == "critical" ? 0 : severity == "warning" ? 1 : 2;
    };
    std::sort(expected.begin(), expected.end(), [&](const RawAlert *a, const RawAlert *b) {
        return std::make_tuple(rank(a->severity), a->foundAt, a->caseId, a->key) <
               std::make_tuple(rank(b->severity), b->foundAt, b->caseId, b->key);
    });
    const std::vector<WatchdogFinding> findings = CaseStatistics(*db).watchdog(200);
    ASSERT_EQ(findings.size(), std::min<std::size_t>(expected.size(), 200));
    ASSERT_GT(findings.size(), 1u);
    for (std::size_t i = 0; i < findings.size(); ++i) {
        EXPECT_EQ(findings[i].supportCase.id, expected[i]->caseId) << i;
        EXPECT_EQ(findings[i].ruleId, expected[i]->rule) << i;
        EXPECT_EQ(findings[i].severity, expected[i]->severity) << i;
        EXPECT_FALSE(findings[i].supportCase.links.empty());
    }
}

TEST_P(CaseStatisticsTest, AgingBacklogAndWorkloadMatchEveryRow)
{
    CaseStatistics statistics(*db);
    const std::vector<AgeBucket> aging = statistics.aging(now);
    const std::vector<std::pair<int, int>> spans{{0, 1},  {1, 3},   {3, 7},
                                                 {7, 14}, {14, 30}, {30, -1}};
    ASSERT_EQ(aging.size(), spans.size());
    long long aged = 0;
    for (std::size_t i = 0; i < spans.size(); ++i) {
        long long expected = 0;
        for (const RawCase &c : cases) {
            const qint64 age = c.item.createdAt.secsTo(now);
            const bool fromOk = i == 0 || age >= spans[i].first * 86400LL;
            const bool toOk = spans[i].second < 0 || age < spans[i].second * 86400LL;
            expected += c.open() && fromOk && toOk ? 1 : 0;
        }
        EXPECT_EQ(aging[i].fromDays, spans[i].first);
        EXPECT_EQ(aging[i].toDays, spans[i].second);
        EXPECT_EQ(aging[i].cases, expected) << "bucket " << i;
        aged += aging[i].cases;
    }
    EXPECT_EQ(aged, statistics.totals(now).open);

    const std::vector<BacklogPoint> backlog = statistics.backlog(now, 30);
    ASSERT_EQ(backlog.size(), 30u);
    EXPECT_EQ(backlog.back().day, now.date());
    for (const BacklogPoint &point : backlog) {
        const QDateTime start(point.day, QTime(0, 0), Qt::UTC);
        const QDateTime end = start.addDays(1);
        long long open = 0, opened = 0, resolved = 0;
        for (const RawCase &c : cases) {
            const auto within = [&](const QDateTime &at) {
                return at.isValid() && at >= start && at < end && at <= now;
            };
            const auto byEnd = [&](const QDateTime &at) {
                return at.isValid() && at < end && at <= now;
            };
            opened += within(c.item.createdAt) ? 1 : 0;
            resolved += within(c.resolvedAt) ? 1 : 0;
            open += byEnd(c.item.createdAt) && !byEnd(c.resolvedAt) ? 1 : 0;
        }
        EXPECT_EQ(point.opened, opened) << point.day.toString().toStdString();
        EXPECT_EQ(point.resolved, resolved) << point.day.toString().toStdString();
        EXPECT_EQ(point.open, open) << point.day.toString().toStdString();
    }

    std::map<std::string, AgentWorkload> agents;
    for (const RawCase &c : cases) {
        if (!c.open()) {
            continue;
        }
        AgentWorkload &agent = agents[c.item.assignee];
        agent.assignee = c.item.assignee;
        const auto found = departments.find(c.item.assignee);
        agent.department = found == departments.end() ? std::string() : found->second;
        ++agent.open;
        agent.breached += breached(c) ? 1 : 0;
        agent.atRisk += atRisk(c) ? 1 : 0;
    }
    std::vector<AgentWorkload> expected;
    for (const auto &[name, agent] : agents) {
        expected.push_back(agent);
    }
    std::sort(expected.begin(), expected.end(), [](const AgentWorkload &a, const AgentWorkload &b) {
        return a.open != b.open ? a.open > b.open : a.assignee < b.assignee;
    });
    const std::vector<AgentWorkload> workload = statistics.workload(now);
    ASSERT_EQ(workload.size(), expected.size());
    for (std::size_t i = 0; i < workload.size(); ++i) {
        EXPECT_EQ(workload[i].assignee, expected[i].assignee) << i;
        EXPECT_EQ(workload[i].department, expected[i].department) << i;
        EXPECT_EQ(workload[i].open, expected[i].open) << i;
        EXPECT_EQ(workload[i].breached, expected[i].breached) << i;
        EXPECT_EQ(workload[i].atRisk, expected[i].atRisk) << i;
    }
    EXPECT_EQ(std::count_if(workload.begin(), workload.end(),
                            [](const AgentWorkload &a) { return a.department == "finance"; }),
              1);
}

CASELINE_ON_BOTH_STORES(CaseStatisticsTest);

} // namespace
} // namespace caseline::test
