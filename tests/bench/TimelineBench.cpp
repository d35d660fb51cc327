// The unified timeline against caseline-backoffice --latency 50, over warm, reused connections:
//   1. one fresh timeline of one order (five systems asked at once) — median of 30;
//   2. the same five reads one after another, as a sequential client would — median of 30;
//   3. throughput: timelines of 200 different orders with 8 in flight.
// Prints the figures the README quotes.
#include "BackofficeProcess.h"
#include "TempDirectory.h"
#include "TestScenario.h"
#include "backoffice/BackofficeConnectors.h"
#include "backoffice/CurlTransport.h"
#include "domain/SystemClock.h"
#include "timeline/TimelineAssembler.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <deque>
#include <functional>
#include <string>
#include <vector>

using namespace caseline;
using test::TestScenario;
using Steady = std::chrono::steady_clock;

namespace {

constexpr int latencyMs = 50;
constexpr int runs = 30;
constexpr int orderCount = 200;
constexpr std::size_t inFlight = 8;

std::string orderId(int i)
{
    return "ORD-B" + std::to_string(1000 + i);
}

// 200 customers with one delivered order each: a shipment, a refund and a message apiece, so
// every system has something to say.
std::string writeScenario(const test::TempDirectory &directory)
{
    TestScenario scenario("bench");
    for (int i = 0; i < orderCount; ++i) {
        const std::string customer = "C-B" + std::to_string(1000 + i);
        scenario.addCustomer(TestScenario::customer(customer, "Customer " + std::to_string(i),
                                                    customer + "@example.com",
                                                    "+39 02 " + std::to_string(100000 + i)));
        scenario.addOrder(TestScenario::order(orderId(i), customer, "delivered",
                                              {TestScenario::line("L1", "SKU-1", 1, 4900)}));
        scenario.addShipment(TestScenario::shipment(
            "SHP-B" + std::to_string(1000 + i), orderId(i), "delivered",
            {TestScenario::shipmentLine("L1", 1)}, "TRK" + std::to_string(1000 + i)));
    }
    return directory.write("bench.json", scenario.text());
}

double median(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    const std::size_t middle = samples.size() / 2;
    return samples.size() % 2 ? samples[middle] : (samples[middle - 1] + samples[middle]) / 2;
}

double elapsedMs(Steady::time_point start)
{
    return std::chrono::duration<double, std::milli>(Steady::now() - start).count();
}

bool complete(const OrderTimeline &timeline)
{
    if (!timeline.found || timeline.anySourceFailed()) {
        std::fprintf(stderr, "timeline of %s incomplete\n", timeline.orderId.c_str());
        return false;
    }
    return true;
}

// A benchmark may block its own thread; product code never waits like this.
template<typename T>
T wait(QFuture<T> future)
{
    future.waitForFinished();
    return future.result();
}

bool sequentialReads(BackofficeConnectors &connectors, const std::string &id)
{
    bool ok = wait(connectors.orders->order(id)).ok();
    ok = wait(connectors.delivery->shipmentsOfOrder(id)).ok() && ok;
    ok = wait(connectors.payments->refundsOfOrder(id)).ok() && ok;
    ok = wait(connectors.returns->returnsOfOrder(id)).ok() && ok;
    return wait(connectors.notifications->messagesOfOrder(id)).ok() && ok;
}

} // namespace

int main()
{
    test::TempDirectory directory;
    test::BackofficeProcess server(
        {"--scenario", writeScenario(directory), "--latency", std::to_string(latencyMs)});
    CurlTransport transport;
    const BackofficeConfig config = BackofficeConfig::forReferenceServer(server.baseUrl());
    BackofficeConnectors connectors = BackofficeConnectors::reference(config, transport);
    SystemClock clock;
    TimelineCache cache;
    TimelineAssembler assembler(connectors, clock, cache);

    bool ok = true;
    for (int i = 0; i < 3; ++i) { // warm-up: opens the connections the runs reuse
        ok = complete(wait(assembler.assemble(orderId(i)))) && ok;
    }
    std::vector<double> parallel;
    std::vector<double> sequential;
    for (int i = 0; i < runs; ++i) {
        auto start = Steady::now();
        ok = complete(wait(assembler.assemble(orderId(i % orderCount)))) && ok;
        parallel.push_back(elapsedMs(start));
        start = Steady::now();
        ok = sequentialReads(connectors, orderId(i % orderCount)) && ok;
        sequential.push_back(elapsedMs(start));
    }

    // 200 timelines, never more than 8 in flight: a new one starts as soon as one finishes.
    const auto start = Steady::now();
    std::deque<QFuture<OrderTimeline>> flying;
    int next = 0;
    int done = 0;
    while (done < orderCount) {
        while (flying.size() < inFlight && next < orderCount) {
            flying.push_back(assembler.assemble(orderId(next++)));
        }
        ok = complete(wait(flying.front())) && ok;
        flying.pop_front();
        ++done;
    }
    const double totalMs = elapsedMs(start);

    const double parallelMs = median(parallel);
    const double sequentialMs = median(sequential);
    std::printf("server latency: %d ms; medians of %d runs\n", latencyMs, runs);
    std::printf("fresh timeline, five systems at once: %.1f ms (%.2f x latency)\n", parallelMs,
                parallelMs / latencyMs);
    std::printf("the same five reads sequentially:     %.1f ms (%.2f x latency)\n", sequentialMs,
                sequentialMs / latencyMs);
    std::printf("throughput: %d timelines, %zu in flight: %.1f s, %.1f timelines/s\n", orderCount,
                inFlight, totalMs / 1000, orderCount / (totalMs / 1000));
    std::printf("connections opened: %ld\n", transport.connectionsOpened());
    return ok ? 0 : 1;
}
