// The console's queue and the supervisor dashboard on a seeded store of N cases (SQLite or
// PostgreSQL), through the real CaseStoreThread and CasePageModel in an event loop, as the
// console runs them. Medians of 7 runs of: the first page of the open queue (setQuery until
// its 100 rows are in the model), a sort change, filter changes (a department, an agent, the
// cases at risk), the queue's count, the next page, the dashboard snapshot; and the process's
// resident memory after the first page and after scrolling 50 pages.
//
//   QueueScaleBench --cases 1000000 --store sqlite --keep /tmp/queue-1m.sqlite
//   CASELINE_BENCH_POSTGRES_URL=postgresql://user@host:port/postgres
//       QueueScaleBench --cases 1000000 --store postgresql [--keep DATABASE_NAME]
// --keep reuses a store seeded with N cases by an earlier run (an SQLite file, or a database of
// that name on the PostgreSQL server), so its figures are not those of a process that seeded.
#include "PostgresTestServer.h"
#include "TempDirectory.h"
#include "domain/Rfc3339.h"
#include "domain/SystemClock.h"
#include "itemmodels/CasePageModel.h"
#include "store/CaseDatabase.h"
#include "store/CaseQueue.h"
#include "store/CaseSeeder.h"
#include "store/CaseStatistics.h"
#include "store/SchemaMigrations.h"
#include "workspace/CaseStoreThread.h"

#include <QCoreApplication>
#include <QFile>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <malloc.h>
#include <string>
#include <vector>

using namespace caseline;
using Steady = std::chrono::steady_clock;

namespace {

constexpr int runs = 7;

double elapsedMs(Steady::time_point start)
{
    return std::chrono::duration<double, std::milli>(Steady::now() - start).count();
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

long residentKb()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmRSS:", 0) == 0) {
            return std::stol(line.substr(6));
        }
    }
    return -1;
}

// Runs the event loop until `done` holds (the store thread answers through it).
void waitUntil(const std::function<bool()> &done)
{
    while (!done()) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    }
}

struct Options
{
    long long cases = 10000;
    bool postgres = false;
    QString keep;
};

Options parse(const QStringList &arguments)
{
    Options options;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        const QString value = i + 1 < arguments.size() ? arguments[i + 1] : QString();
        if (argument == QStringLiteral("--cases")) {
            options.cases = value.toLongLong();
            ++i;
        } else if (argument == QStringLiteral("--store")) {
            options.postgres = value == QStringLiteral("postgresql");
            ++i;
        } else if (argument == QStringLiteral("--keep")) {
            options.keep = value;
            ++i;
        }
    }
    return options;
}

struct Row
{
    const char *what;
    std::vector<double> ms;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Options options = parse(QCoreApplication::arguments());
    if (options.cases < 1 || options.cases > CaseSeeder::maximum) {
        std::fprintf(stderr, "--cases must be 1 to %lld\n", CaseSeeder::maximum);
        return 2;
    }
    // A whole-second "now" shared by the seeding and every query, so the mix is as seeded.
    const QDateTime now = QDateTime::fromSecsSinceEpoch(
        SystemClock().now().toSecsSinceEpoch() / 3600 * 3600, Qt::UTC);
    test::TempDirectory directory;
    StoreAddress address = StoreAddress::sqliteFile(
        options.keep.isEmpty()
            ? QString::fromStdString((directory.path() / "queue.sqlite").string())
            : options.keep);
    if (options.postgres) {
        if (qEnvironmentVariableIsSet("CASELINE_BENCH_POSTGRES_URL")) {
            qputenv(test::PostgresTestServer::kUrlVariable, qgetenv("CASELINE_BENCH_POSTGRES_URL"));
        }
        if (options.keep.isEmpty()) {
            address = StoreAddress::parse(test::PostgresTestServer::freshDatabaseUrl());
        } else {
            // --keep NAME: a database of that name on the server, created when missing.
            test::PostgresCluster &server = test::PostgresTestServer::instance();
            {
                CaseDatabase admin(StoreAddress::parse(server.url("postgres")));
                if (admin
                        .scalar(QStringLiteral("SELECT COUNT(*) FROM pg_database WHERE "
                                               "datname = ?"),
                                {options.keep})
                        .toInt() == 0) {
                    admin.runFixed(QStringLiteral("CREATE DATABASE \"%1\"").arg(options.keep));
                }
            }
            address = StoreAddress::parse(server.url(options.keep.toStdString()));
        }
    }
    {
        CaseDatabase db(address);
        SchemaMigrations::migrate(db);
        const long long stored =
            db.scalar(QStringLiteral("SELECT COUNT(*) FROM cases")).toLongLong();
        if (stored == options.cases) {
            std::printf("reusing %s with %lld cases\n", qPrintable(options.keep), stored);
        } else if (stored != 0) {
            std::fprintf(stderr, "%s holds %lld cases, not %lld: remove it first\n",
                         qPrintable(options.keep), stored, options.cases);
            return 2;
        } else {
            const Steady::time_point start = Steady::now();
            CaseSeeder::seed(db, options.cases, now);
            std::printf("seeded %lld cases on %s in %.1f s\n", options.cases,
                        options.postgres ? "PostgreSQL" : "SQLite", elapsedMs(start) / 1000.0);
        }
    }
    malloc_trim(0); // what seeding allocated is not the console's: hand it back
    std::fflush(stdout);

    CaseStoreThread store(address);
    const auto pages = [&store, now](const CaseQuery &query, const std::optional<CaseCursor> &after,
                                     int limit) {
        return store.run([query, after, limit, now](CaseDatabase &db) {
            return CaseQueue(db).page(query, now, after, limit);
        });
    };
    const auto counts = [&store, now](const CaseQuery &query) {
        return store.run(
            [query, now](CaseDatabase &db) { return CaseQueue(db).count(query, now); });
    };
    SystemClock clock;
    long long total = -1;
    std::vector<Row> rows;
    long rssFirst = 0;
    long rssScrolled = 0;
    {
        CasePageModel model(clock, pages, counts);
        QObject::connect(&model, &CasePageModel::countChanged,
                         [&total](long long n) { total = n; });
        store.run([](CaseDatabase &) { return 0; }).waitForFinished(); // connection opened

        const auto shown = [&model](const std::function<void()> &change) {
            const Steady::time_point start = Steady::now();
            change();
            waitUntil([&model] { return !model.isFetching(); });
            return elapsedMs(start);
        };
        CaseQuery open;
        open.openOnly = true;
        Row first{"first page (open queue, by SLA)", {}};
        for (int i = 0; i < runs; ++i) {
            first.ms.push_back(shown([&] { model.setQuery(open); }));
        }
        waitUntil([&total] { return total >= 0; });
        rssFirst = residentKb();
        rows.push_back(first);

        Row sorted{"sort change (priority, updated, customer...)", {}};
        const std::vector<std::pair<int, Qt::SortOrder>> sorts{
            {CaseQueueModel::PriorityColumn, Qt::AscendingOrder},
            {CaseQueueModel::StatusColumn, Qt::DescendingOrder},
            {CaseQueueModel::CustomerColumn, Qt::AscendingOrder},
            {CaseQueueModel::AssigneeColumn, Qt::AscendingOrder},
            {CaseQueueModel::ReferenceColumn, Qt::DescendingOrder},
            {CaseQueueModel::DepartmentColumn, Qt::AscendingOrder},
            {CaseQueueModel::SlaDueColumn, Qt::DescendingOrder}};
        for (const auto &[column, order] : sorts) {
            sorted.ms.push_back(
                shown([&, column = column, order = order] { model.sort(column, order); }));
        }
        rows.push_back(sorted);

        const char *departments[] = {"customer-service", "store",       "warehouse", "logistics",
                                     "finance",          "supervisors", "warehouse"};
        Row department{"filter: department (open, by SLA)", {}};
        Row agent{"filter: assignee (open, by SLA)", {}};
        Row atRisk{"filter: at risk (by priority)", {}};
        Row attention{"filter: needs attention (by SLA)", {}};
        Row counted{"count of the open queue", {}};
        Row attentionCounted{"count of needs attention", {}};
        for (int i = 0; i < runs; ++i) {
            CaseQuery query = open;
            query.department = departments[i];
            department.ms.push_back(shown([&] { model.setQuery(query); }));
            query = open;
            query.assignee =
                QStringLiteral("agent-%1").arg(10 + i * 37, 3, 10, QLatin1Char('0')).toStdString();
            agent.ms.push_back(shown([&] { model.setQuery(query); }));
            query = open;
            query.sla = SlaFilter::AtRisk;
            query.sortKey = CaseSortKey::Priority;
            atRisk.ms.push_back(shown([&] { model.setQuery(query); }));
            query = open;
            query.sla = SlaFilter::Attention;
            attention.ms.push_back(shown([&] { model.setQuery(query); }));
            Steady::time_point start = Steady::now();
            counts(open).waitForFinished();
            counted.ms.push_back(elapsedMs(start));
            start = Steady::now();
            counts(query).waitForFinished();
            attentionCounted.ms.push_back(elapsedMs(start));
        }
        rows.push_back(department);
        rows.push_back(agent);
        rows.push_back(atRisk);
        rows.push_back(attention);
        rows.push_back(counted);
        rows.push_back(attentionCounted);

        Row next{"next page (scrolling, 50 pages)", {}};
        model.setQuery(open);
        waitUntil([&model] { return !model.isFetching(); });
        for (int i = 0; i < 50 && model.canFetchMore({}); ++i) {
            next.ms.push_back(shown([&] { model.fetchMore({}); }));
        }
        rssScrolled = residentKb();
        rows.push_back(next);
        std::printf("rows loaded after scrolling: %d of %lld\n", model.rowCount(), total);

        Row dashboard{"dashboard snapshot (CaseStatistics)", {}};
        long long openCases = 0;
        for (int i = 0; i < runs; ++i) {
            const Steady::time_point start = Steady::now();
            QFuture<DashboardSnapshot> snapshot =
                store.run([now](CaseDatabase &db) { return CaseStatistics(db).snapshot(now); });
            snapshot.waitForFinished(); // (polling the event loop would add its own latency)
            dashboard.ms.push_back(elapsedMs(start));
            openCases = snapshot.result().openCases;
        }
        rows.push_back(dashboard);
        // Its parts, each on its own (median of 7), to see where the time goes.
        const std::vector<std::pair<const char *, std::function<void(CaseStatistics &)>>> parts{
            {"  counts by department/status/priority",
             [](CaseStatistics &s) {
                 s.counts();
             }},
            {"  workload per assignee",
             [now](CaseStatistics &s) {
                 s.workload(now);
             }},
            {"  breached + at-risk lists (200 each)",
             [now](CaseStatistics &s) {
                 s.breachedCases(now, 200);
                 s.atRiskCases(now, 200);
             }},
            {"  watchdog findings (200)",
             [](CaseStatistics &s) {
                 s.watchdog(200);
             }},
            {"  aging buckets",
             [now](CaseStatistics &s) {
                 s.aging(now);
             }},
            {"  backlog (30 days)", [now](CaseStatistics &s) {
                 s.backlog(now);
             }}};
        for (const auto &[what, part] : parts) {
            Row timed{what, {}};
            for (int i = 0; i < runs; ++i) {
                timed.ms.push_back(store
                                       .run([part = part](CaseDatabase &db) {
                                           CaseStatistics statistics(db);
                                           const Steady::time_point start = Steady::now();
                                           part(statistics);
                                           return elapsedMs(start);
                                       })
                                       .result());
            }
            rows.push_back(timed);
        }
        std::printf("open cases: %lld, open queue count: %lld\n", openCases, total);
        store.shutdown(); // every answer delivered while the model lives
    }

    std::printf("\n%s, %lld cases (median of %d runs; cold = the first run)\n",
                options.postgres ? "PostgreSQL" : "SQLite", options.cases, runs);
    std::printf("| %-46s | %10s | %10s |\n", "measure", "median ms", "cold ms");
    std::printf("|%s|%s|%s|\n", std::string(48, '-').c_str(), std::string(12, '-').c_str(),
                std::string(12, '-').c_str());
    for (const Row &row : rows) {
        std::printf("| %-46s | %10.1f | %10.1f |\n", row.what, median(row.ms), row.ms.front());
    }
    std::printf("| %-46s | %10.1f | %10s |\n", "resident memory after first page (MB)",
                static_cast<double>(rssFirst) / 1024.0, "");
    std::printf("| %-46s | %10.1f | %10s |\n", "resident memory after 50 pages (MB)",
                static_cast<double>(rssScrolled) / 1024.0, "");
    return 0;
}
