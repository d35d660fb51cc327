#include "store/CaseQueue.h"

#include "StoreTestFixture.h"
#include "store/CaseColumns.h"
#include "store/CaseSeeder.h"

#include <QSqlQuery>
#include <algorithm>
#include <functional>
#include <set>

namespace caseline::test {
namespace {

// Sort values computed here, independently of the store's ranked columns.
int urgency(CasePriority priority)
{
    return 3 - static_cast<int>(priority); // urgent 0 ... low 3
}

bool isOpen(const SupportCase &item)
{
    return item.status != CaseStatus::Resolved && item.status != CaseStatus::Closed;
}

class CaseQueueTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        CaseSeeder::seed(*db, 700, clock.now());
        // Ties and missing SLAs on purpose: the id must break them.
        db->run(QStringLiteral(
            "UPDATE cases SET sla_due = NULL, sla_warn_at = NULL WHERE id % 17 = 0"));
        db->run(QStringLiteral(
            "UPDATE cases SET updated_at = '2026-11-01T08:00:00Z' WHERE id % 5 = 0"));
        QSqlQuery query = db->run(QStringLiteral("SELECT %1 FROM cases").arg(CaseColumns::list()));
        while (query.next()) {
            all.push_back(CaseColumns::read(query));
        }
    }

    static bool before(const SupportCase &a, const SupportCase &b, CaseSortKey key)
    {
        const auto tie = [&](auto x, auto y) {
            return x != y ? x < y : a.id < b.id;
        };
        const auto sla = [](const SupportCase &c) {
            return c.slaDue.isValid() ? c.slaDue.toSecsSinceEpoch()
                                      : std::numeric_limits<qint64>::max();
        };
        switch (key) {
        case CaseSortKey::SlaDue:
            return tie(sla(a), sla(b));
        case CaseSortKey::Priority:
            return tie(urgency(a.priority), urgency(b.priority));
        case CaseSortKey::Status:
            return tie(static_cast<int>(a.status), static_cast<int>(b.status));
        case CaseSortKey::Updated:
            return tie(a.updatedAt, b.updatedAt);
        case CaseSortKey::Created:
            return tie(a.createdAt, b.createdAt);
        case CaseSortKey::Id:
            return a.id < b.id;
        case CaseSortKey::Department:
            return tie(a.department, b.department);
        case CaseSortKey::Assignee:
            return tie(a.assignee, b.assignee);
        case CaseSortKey::Customer:
            return tie(a.customerId, b.customerId);
        }
        return false;
    }

    std::vector<long long> expected(const CaseQuery &query,
                                    const std::function<bool(const SupportCase &)> &keep)
    {
        std::vector<SupportCase> kept;
        std::copy_if(all.begin(), all.end(), std::back_inserter(kept), keep);
        std::sort(kept.begin(), kept.end(), [&](const SupportCase &a, const SupportCase &b) {
            return query.descending ? before(b, a, query.sortKey) : before(a, b, query.sortKey);
        });
        std::vector<long long> ids;
        for (const SupportCase &item : kept) {
            ids.push_back(item.id);
        }
        return ids;
    }

    std::vector<long long> paged(const CaseQuery &query, int pageSize)
    {
        CaseQueue queue(*db);
        std::vector<long long> ids;
        std::optional<CaseCursor> cursor;
        for (int pages = 0; pages < 1000; ++pages) {
            const std::vector<SupportCase> page = queue.page(query, clock.now(), cursor, pageSize);
            for (const SupportCase &item : page) {
                ids.push_back(item.id);
                EXPECT_EQ(item.links.size(), 1u) << item.reference();
            }
            if (static_cast<int>(page.size()) < pageSize) {
                break;
            }
            cursor = CaseQueue::cursorAfter(page.back(), query.sortKey);
        }
        return ids;
    }

    std::vector<SupportCase> all;
};

TEST_P(CaseQueueTest, PagingVisitsEveryRowOnceInOrderForEverySortKey)
{
    for (int key = 0; key <= static_cast<int>(CaseSortKey::Customer); ++key) {
        for (const bool descending : {false, true}) {
            CaseQuery query;
            query.sortKey = static_cast<CaseSortKey>(key);
            query.descending = descending;
            const std::vector<long long> want =
                expected(query, [](const SupportCase &) { return true; });
            ASSERT_EQ(paged(query, 97), want) << "key " << key << " descending " << descending;
            query.openOnly = true;
            ASSERT_EQ(paged(query, 50), expected(query, isOpen))
                << "open, key " << key << " descending " << descending;
        }
    }
}

TEST_P(CaseQueueTest, FiltersAndCountsAgree)
{
    const QDateTime now = clock.now();
    CaseQueue queue(*db);
    struct Case
    {
        CaseQuery query;
        std::function<bool(const SupportCase &)> keep;
    };
    std::vector<Case> cases;
    CaseQuery department;
    department.openOnly = true;
    department.department = "warehouse";
    cases.push_back({department, [](const SupportCase &c) {
                         return isOpen(c) && c.department == "warehouse";
                     }});
    CaseQuery unassigned;
    unassigned.assignee = "";
    unassigned.sortKey = CaseSortKey::Priority;
    cases.push_back({unassigned, [](const SupportCase &c) {
                         return c.assignee.empty();
                     }});
    CaseQuery agent;
    agent.assignee = all.front().assignee.empty() ? "agent-001" : all.front().assignee;
    const std::string who = *agent.assignee;
    cases.push_back({agent, [who](const SupportCase &c) {
                         return c.assignee == who;
                     }});
    CaseQuery statuses;
    statuses.statuses = {CaseStatus::New, CaseStatus::WaitingOnCustomer};
    statuses.priority = CasePriority::High;
    cases.push_back({statuses, [](const SupportCase &c) {
                         return (c.status == CaseStatus::New ||
                                 c.status == CaseStatus::WaitingOnCustomer) &&
                                c.priority == CasePriority::High;
                     }});
    CaseQuery finished;
    finished.statuses = {CaseStatus::Resolved};
    finished.sortKey = CaseSortKey::Updated;
    finished.descending = true;
    cases.push_back({finished, [](const SupportCase &c) {
                         return c.status == CaseStatus::Resolved;
                     }});
    CaseQuery breached;
    breached.sla = SlaFilter::Breached;
    cases.push_back({breached, [now](const SupportCase &c) {
                         return isOpen(c) && c.slaDue.isValid() && c.slaDue < now;
                     }});
    CaseQuery atRisk;
    atRisk.sla = SlaFilter::AtRisk;
    atRisk.sortKey = CaseSortKey::Created;
    cases.push_back({atRisk, [now](const SupportCase &c) {
                         return isOpen(c) && c.slaDue.isValid() && c.slaWarningFrom() <= now &&
                                now <= c.slaDue;
                     }});
    std::set<long long> flagged; // the seeder leaves watchdog findings on some open cases
    QSqlQuery alerts = db->run(QStringLiteral("SELECT DISTINCT case_id FROM case_alerts"));
    while (alerts.next()) {
        flagged.insert(alerts.value(0).toLongLong());
    }
    CaseQuery attention;
    attention.sla = SlaFilter::Attention;
    cases.push_back({attention, [now, flagged](const SupportCase &c) {
                         return isOpen(c) && ((c.slaDue.isValid() && c.slaWarningFrom() <= now) ||
                                              flagged.contains(c.id));
                     }});
    CaseQuery reference;
    reference.text = "case-42";
    cases.push_back({reference, [](const SupportCase &c) {
                         return c.id == 42;
                     }});
    CaseQuery customer;
    customer.text = all[10].customerId.substr(0, 10);
    const std::string prefix = customer.text;
    cases.push_back({customer, [prefix](const SupportCase &c) {
                         return c.customerId.rfind(prefix, 0) == 0 ||
                                c.subject.rfind(prefix, 0) == 0;
                     }});
    CaseQuery subject;
    subject.text = "Refund";
    cases.push_back({subject, [](const SupportCase &c) {
                         return c.subject.rfind("Refund", 0) == 0;
                     }});

    for (std::size_t i = 0; i < cases.size(); ++i) {
        const std::vector<long long> want = expected(cases[i].query, cases[i].keep);
        EXPECT_FALSE(want.empty()) << "filter " << i;
        EXPECT_EQ(paged(cases[i].query, 40), want) << "filter " << i;
        EXPECT_EQ(queue.count(cases[i].query, now), static_cast<long long>(want.size()))
            << "filter " << i;
    }
}

CASELINE_ON_BOTH_STORES(CaseQueueTest);

} // namespace
} // namespace caseline::test
