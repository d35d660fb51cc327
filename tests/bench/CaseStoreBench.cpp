// `case show` against a store of 10,000 cases (each with 4 history entries, one linked order
// and one escalation), on SQLite and on PostgreSQL: the median and p95 of the store's part of
// opening a case — the case with its links, its history and its escalations — over 200 random
// cases, and of finding the cases linked to an order. The back-office part of `case show` is the
// timeline, measured by TimelineBench; the whole command is measured as a process at the end.
#include "BackofficeProcess.h"
#include "CliRun.h"
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
        cases.addEntry(id, "bench", CaseEntryKind::Note, {}, "first note");
        cases.addEntry(id, "bench", CaseEntryKind::ContactInbound, CaseContact{CaseChannel::Phone},
                       "customer called");
        desk.escalate(id, "finance", "check the refund", CasePriority::Normal, "bench");
    }
}

// The whole `caseline-cli case show` (a process: open the store, read the case, fetch the linked
// order's timeline from the back-office, print) for a case among the 10,000.
void measureCaseShow(CaseDatabase &db, const Clock &clock, const std::string &store,
                     const std::string &backoffice)
{
    SupportCase draft;
    draft.customerId = "CUS-1001";
    draft.customerLanguage = "it";
    draft.subject = "Stilettos instead of overalls";
    draft.department = "customer-service";
    draft.links = {{"order", "ORD-1001"}};
    const std::string id = CaseRepository(db, clock).create(draft, "bench").reference();
    std::vector<double> runs;
    for (int i = 0; i < 21; ++i) {
        const auto at = Steady::now();
        const test::CliRun shown =
            test::CliRun::run({"--backoffice", backoffice, "--db", store, "case", "show", id});
        runs.push_back(elapsedMs(at));
        if (shown.exitCode != 0) {
            std::fprintf(stderr, "case show failed: %s\n", shown.err.c_str());
        }
    }
    std::printf("           caseline-cli case show %s (process, timeline of ORD-1001 included): "
                "median %.1f ms, p95 %.1f ms\n",
                id.c_str(), percentile(runs, 0.5), percentile(runs, 0.95));
}

void measure(const char *name, const StoreAddress &address, const std::string &store,
             const std::string &backoffice)
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
    measureCaseShow(db, clock, store, backoffice);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    test::TempDirectory directory;
    test::BackofficeProcess server({"--demo"});
    const std::string file = directory.file("case-bench.sqlite");
    measure("SQLite", StoreAddress::sqliteFile(QString::fromStdString(file)), file,
            server.baseUrl());
    const std::string url = test::PostgresTestServer::freshDatabaseUrl();
    measure("PostgreSQL", StoreAddress::parse(url), url, server.baseUrl());
    return 0;
}
