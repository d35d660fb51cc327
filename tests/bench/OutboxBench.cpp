// Actions per second through the outbox: 500 customer messages stored by ActionService, then
// delivered by the OutboxSender to caseline-backoffice --demo on loopback (no faults, no added
// latency), once on an SQLite store and once on PostgreSQL. Prints the figures the README
// quotes: stored actions/s (the transaction of outbox + history + audit) and delivered
// actions/s (send, answer, record outcome).
#include "BackofficeProcess.h"
#include "PostgresTestServer.h"
#include "TempDirectory.h"
#include "actions/ActionPlanner.h"
#include "actions/ActionService.h"
#include "actions/OutboxSender.h"
#include "backoffice/CurlTransport.h"
#include "domain/SystemClock.h"
#include "store/CaseDatabase.h"
#include "store/CaseRepository.h"
#include "store/Outbox.h"
#include "store/SchemaMigrations.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <chrono>
#include <cstdio>

using namespace caseline;
using Steady = std::chrono::steady_clock;

namespace {

constexpr int actions = 500;

double seconds(Steady::time_point start)
{
    return std::chrono::duration<double>(Steady::now() - start).count();
}

bool measure(const char *name, const StoreAddress &address, const std::string &backoffice)
{
    CaseDatabase db(address);
    SchemaMigrations::migrate(db);
    SystemClock clock;
    SupportCase draft;
    draft.customerId = "CUS-2001";
    draft.customerLanguage = "de";
    draft.subject = "Outbox benchmark";
    draft.department = "customer-service";
    const long long caseId = CaseRepository(db, clock).create(draft, "bench").id;

    ActionService service(db, clock);
    auto start = Steady::now();
    for (int i = 0; i < actions; ++i) {
        service.submit(caseId,
                       ActionPlanner::message("CUS-2001", "ORD-4001", "email", "de",
                                              "Nachricht " + std::to_string(i), "Hallo"),
                       "bench");
    }
    const double storing = seconds(start);

    CurlTransport transport;
    OutboxPolicy policy;
    policy.pollInterval = std::chrono::milliseconds(5);
    policy.batch = 16;
    OutboxSender sender(address, BackofficeConfig::forReferenceServer(backoffice), transport, clock,
                        policy);
    QEventLoop loop;
    QObject::connect(&sender, &OutboxSender::drained, &loop, &QEventLoop::quit);
    QTimer::singleShot(std::chrono::minutes(5), &loop, &QEventLoop::quit);
    start = Steady::now();
    sender.start();
    loop.exec();
    const double delivering = seconds(start);
    const int delivered = Outbox(db).count(OutboxEntry::State::Delivered);
    std::printf("%-10s stored %d actions in %.2f s = %.0f actions/s; delivered %d in %.2f s = "
                "%.0f actions/s\n",
                name, actions, storing, actions / storing, delivered, delivering,
                delivered / delivering);
    return delivered == actions;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    test::BackofficeProcess server({"--demo"});
    test::TempDirectory directory;
    bool ok = measure(
        "SQLite",
        StoreAddress::sqliteFile(QString::fromStdString(directory.file("outbox-bench.sqlite"))),
        server.baseUrl());
    ok = measure("PostgreSQL", StoreAddress::parse(test::PostgresTestServer::freshDatabaseUrl()),
                 server.baseUrl()) &&
         ok;
    return ok ? 0 : 1;
}
