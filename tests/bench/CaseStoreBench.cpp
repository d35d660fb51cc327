// `case show` against a store of 10,000 cases (each with 4 history entries, one linked order
// and one escalation), on SQLite and on PostgreSQL: the median and p95 of the store's part of
// opening a case — the case with its links, its history and its escalations — over 200 random
// cases, and of finding the cases linked to an order. The back-office part of `case show` is the
// timeline, measured by TimelineBench.
#include "PostgresTestServer.h"
#include "TempDirectory.h"
#include "domain/SystemClock.h"
#include "store/CaseDatabase.h"
#include "store/CaseRepository.h"
#include "store/EscalationDesk.h"
#include "store/SchemaMigrations.h"

#include <QCoreApplication>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <vector>

using namespace caseline;
using Steady = std::chrono::steady_clock;

namespace {

constexpr int caseCount = 10000;
constexpr int samples = 200;

double percentile(std::vector<double> values, double share)
{
    std::sort(values.begin(), values.end());
    return values[static_cast<std::size_t>(share * static_cast<double>(values.size() - 1))];
}

double elapsedMs(Steady::time_point start)
{
    return std::chrono::duration<double, std::milli>(Steady::now() - start).count();
}

void fill(CaseDatabase &db, const Clock &clock)
{
    CaseRepository cases(db, clock);
    EscalationDesk desk(db, clock);
    for (int i = 0; i < caseCount; ++i) {
        SupportCase draft;
        draft.customerId = "CUS-" + std::to_string(10000 + i % 3000);
        draft.customerLanguage = "it";
        draft.subject = "Case " + std::to_string(i);
        draft.department = i % 2 ? "customer-service" : "store";
        draft.links = {{"order", "ORD-B" + std::to_string(100000 + i)}};
        const long long id = cases.create(draft, "bench").id;
        cases.addEntry(id, "note", "bench", "first note");
        cases.addEntry(id, "contact.inbound", "bench", "phone: customer called");
        desk.escalate(id, "finance", "check the refund", CasePriority::Normal, "bench");
    }
}

void measure(const char *name, const StoreAddress &address)
{
    CaseDatabase db(address);
    SchemaMigrations::migrate(db);
    SystemClock clock;
    const auto start = Steady::now();
    fill(db, clock);
    const double fillSeconds = elapsedMs(start) / 1000;

    CaseRepository cases(db, clock);
    EscalationDesk desk(db, clock);
    std::mt19937 random(7);
    std::uniform_int_distribution<int> pick(1, caseCount);
    std::vector<double> open;
    std::vector<double> byOrder;
    for (int i = 0; i < samples; ++i) {
        const long long id = pick(random);
        auto at = Steady::now();
        const SupportCase item = cases.get(id);
        const auto history = cases.entries(id);
        const auto escalations = desk.ofCase(id);
        open.push_back(elapsedMs(at));
        if (history.size() != 4 || escalations.size() != 1) {
            std::fprintf(stderr, "case %lld is incomplete\n", id);
        }
        CaseFilter filter;
        filter.linkedRef = item.links.front().ref;
        at = Steady::now();
        const auto linked = cases.list(filter);
        byOrder.push_back(elapsedMs(at));
        if (linked.size() != 1) {
            std::fprintf(stderr, "order %s: %zu cases\n", filter.linkedRef.c_str(), linked.size());
        }
    }
    std::printf("%-10s %d cases (filled in %.1f s): open a case median %.2f ms, p95 %.2f ms; "
                "cases of an order median %.2f ms, p95 %.2f ms\n",
                name, caseCount, fillSeconds, percentile(open, 0.5), percentile(open, 0.95),
                percentile(byOrder, 0.5), percentile(byOrder, 0.95));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    test::TempDirectory directory;
    measure("SQLite",
            StoreAddress::sqliteFile(QString::fromStdString(directory.file("case-bench.sqlite"))));
    measure("PostgreSQL", StoreAddress::parse(test::PostgresTestServer::freshDatabaseUrl()));
    return 0;
}
