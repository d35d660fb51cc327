// Five back-office reads for one order (one per system), sequential versus concurrent over
// warm, reused connections, against caseline-backoffice --latency 50.
// Prints the median of 30 runs of each, in milliseconds.
#include "BackofficeProcess.h"
#include "backoffice/CurlTransport.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

using caseline::CurlTransport;
using caseline::HttpRequest;
using caseline::HttpResult;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int runs = 30;
constexpr int latencyMs = 50;

std::vector<HttpRequest> fiveSystems(const std::string &baseUrl)
{
    std::vector<HttpRequest> requests;
    for (const char *path :
         {"/orders/v1/orders/ORD-1001", "/delivery/v1/shipments?order=ORD-1001",
          "/payments/v1/refunds?order=ORD-1001", "/returns/v1/returns?order=ORD-1001",
          "/notifications/v1/messages?order=ORD-1001"}) {
        HttpRequest request;
        request.url = baseUrl + path;
        requests.push_back(request);
    }
    return requests;
}

bool succeeded(QFuture<HttpResult> future)
{
    // A benchmark may block its own thread; product code never waits like this.
    future.waitForFinished();
    const HttpResult result = future.result();
    if (!result.ok()) {
        std::fprintf(stderr, "request failed: %s\n", result.error().message().c_str());
    }
    return result.ok();
}

bool sequential(CurlTransport &transport, const std::vector<HttpRequest> &requests)
{
    bool ok = true;
    for (const HttpRequest &request : requests) {
        ok = succeeded(transport.send(request)) && ok;
    }
    return ok;
}

bool concurrent(CurlTransport &transport, const std::vector<HttpRequest> &requests)
{
    std::vector<QFuture<HttpResult>> futures;
    for (const HttpRequest &request : requests) {
        futures.push_back(transport.send(request));
    }
    bool ok = true;
    for (const auto &future : futures) {
        ok = succeeded(future) && ok;
    }
    return ok;
}

double medianMs(const std::function<bool()> &run, bool &ok)
{
    std::vector<double> samples;
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        ok = run() && ok;
        samples.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    std::sort(samples.begin(), samples.end());
    return (samples[runs / 2 - 1] + samples[runs / 2]) / 2;
}

} // namespace

int main()
{
    caseline::test::BackofficeProcess server({"--demo", "--latency", std::to_string(latencyMs)});
    CurlTransport transport;
    const std::vector<HttpRequest> requests = fiveSystems(server.baseUrl());

    bool ok = true;
    // Warm-up: opens the five connections the concurrent runs will reuse.
    for (int i = 0; i < 3; ++i) {
        ok = concurrent(transport, requests) && ok;
    }
    const long warmConnections = transport.connectionsOpened();
    const double sequentialMs = medianMs([&] { return sequential(transport, requests); }, ok);
    const double concurrentMs = medianMs([&] { return concurrent(transport, requests); }, ok);

    std::printf("server latency: %d ms; median of %d runs\n", latencyMs, runs);
    std::printf("five GETs sequential: %.1f ms\n", sequentialMs);
    std::printf("five GETs concurrent: %.1f ms (%.2f x latency)\n", concurrentMs,
                concurrentMs / latencyMs);
    std::printf("connections opened: %ld after warm-up, %ld in total for %d requests\n",
                warmConnections, transport.connectionsOpened(), (3 + 2 * runs) * 5);
    return ok ? 0 : 1;
}
