// Throughput and latency of caseline-backoffice over loopback HTTP: 16 client threads, each
// with its own keep-alive connection, hammer (a) GET /orders/v1/orders/{id} over the demo
// orders and then (b) POST /payments/v1/refunds with fresh Idempotency-Keys and 1-cent refunds.
// Prints requests/s, p50 and p99 latency and the error count per scenario. No assertions.
//
// Usage: BackofficeHttpBench [--seconds N] [--threads N]
#include "BackofficeProcess.h"
#include "HttpTestClient.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <iostream>
#include <map>
#include <string>
#include <thread>
#include <vector>

using caseline::test::BackofficeProcess;
using caseline::test::HttpResponse;
using caseline::test::HttpTestClient;
using nlohmann::json;

namespace {

using Clock = std::chrono::steady_clock;

struct DemoOrder
{
    std::string id;
    std::string currency;
    long long paid = 0;
};

struct ThreadResult
{
    std::vector<double> latenciesMs;
    std::map<long, long> statuses; // HTTP status -> count (0: transfer failed)
};

// Every demo order, found through the customers the search lists.
std::vector<DemoOrder> demoOrders(HttpTestClient &http)
{
    std::vector<DemoOrder> orders;
    const HttpResponse customers = http.get("/orders/v1/customers?q=example");
    if (customers.status != 200) {
        std::cerr << "customer search failed: " << customers.describe() << "\n";
        return orders;
    }
    for (const auto &customer : json(customers.json().at("items"))) {
        const HttpResponse list =
            http.get("/orders/v1/orders?customer=" + customer.at("id").get<std::string>());
        if (list.status != 200) {
            continue;
        }
        for (const auto &order : json(list.json().at("items"))) {
            orders.push_back({order.at("id").get<std::string>(), order.value("currency", "EUR"),
                              order.value("paid", 0LL)});
        }
    }
    return orders;
}

double percentile(std::vector<double> &sorted, double fraction)
{
    if (sorted.empty()) {
        return 0.0;
    }
    const auto index = static_cast<std::size_t>(fraction * static_cast<double>(sorted.size() - 1));
    return sorted[index];
}

// Runs `request` from `threads` threads for `seconds` and prints one line of figures.
// `request(client, thread, iteration)` returns the response of one request.
void runScenario(const std::string &name, const std::string &baseUrl, int threads, double seconds,
                 const std::function<HttpResponse(HttpTestClient &, int, long)> &request,
                 const std::map<long, std::string> &expected)
{
    std::vector<ThreadResult> results(static_cast<std::size_t>(threads));
    std::vector<std::thread> workers;
    std::atomic<bool> go{false};
    const auto deadline = [&] {
        return Clock::now() +
               std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
    };
    Clock::time_point end;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&, t] {
            HttpTestClient client(baseUrl, 10000);
            ThreadResult &result = results[static_cast<std::size_t>(t)];
            result.latenciesMs.reserve(100000);
            while (!go.load()) {
                std::this_thread::yield();
            }
            for (long i = 0; Clock::now() < end; ++i) {
                const auto start = Clock::now();
                const HttpResponse response = request(client, t, i);
                result.latenciesMs.push_back(
                    std::chrono::duration<double, std::milli>(Clock::now() - start).count());
                ++result.statuses[response.ok() ? response.status : 0];
            }
        });
    }
    const auto started = Clock::now();
    end = deadline();
    go.store(true);
    for (auto &worker : workers) {
        worker.join();
    }
    const double elapsed = std::chrono::duration<double>(Clock::now() - started).count();

    std::vector<double> latencies;
    std::map<long, long> statuses;
    for (auto &result : results) {
        latencies.insert(latencies.end(), result.latenciesMs.begin(), result.latenciesMs.end());
        for (const auto &[status, count] : result.statuses) {
            statuses[status] += count;
        }
    }
    std::sort(latencies.begin(), latencies.end());
    long errors = 0;
    std::string breakdown;
    for (const auto &[status, count] : statuses) {
        const auto known = expected.find(status);
        if (known == expected.end()) {
            errors += count;
        }
        breakdown += (breakdown.empty() ? "" : ", ") +
                     (status == 0 ? std::string("transfer-failed") : std::to_string(status)) +
                     (known != expected.end() ? " " + known->second : std::string()) + ": " +
                     std::to_string(count);
    }
    std::printf("%-34s %8zu requests in %5.2f s = %8.0f req/s  p50 %7.2f ms  p99 %7.2f ms  "
                "errors %ld  (%s)\n",
                name.c_str(), latencies.size(), elapsed,
                static_cast<double>(latencies.size()) / elapsed, percentile(latencies, 0.50),
                percentile(latencies, 0.99), errors, breakdown.c_str());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    double seconds = 5.0;
    int threads = 16;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--seconds") == 0 && i + 1 < argc) {
            seconds = std::atof(argv[++i]);
        } else if (std::strcmp(argv[i], "--threads") == 0 && i + 1 < argc) {
            threads = std::atoi(argv[++i]);
        } else {
            std::cerr << "usage: " << argv[0] << " [--seconds N] [--threads N]\n";
            return 2;
        }
    }
    if (seconds <= 0 || threads <= 0) {
        std::cerr << "--seconds and --threads must be positive\n";
        return 2;
    }

    try {
        BackofficeProcess server({"--demo"});
        HttpTestClient setup(server.baseUrl());
        const std::vector<DemoOrder> orders = demoOrders(setup);
        if (orders.empty()) {
            std::cerr << "no demo orders found\n";
            return 1;
        }
        std::vector<DemoOrder> paidOrders;
        for (const auto &order : orders) {
            if (order.paid >= 10000) {
                paidOrders.push_back(order);
            }
        }
        std::sort(paidOrders.begin(), paidOrders.end(),
                  [](const DemoOrder &a, const DemoOrder &b) { return a.paid > b.paid; });
        if (paidOrders.empty()) {
            paidOrders = orders;
        }
        std::printf("caseline-backoffice %s: %zu demo orders (%zu with >= 100.00 paid), "
                    "%d threads, %.1f s per scenario\n",
                    server.baseUrl().c_str(), orders.size(), paidOrders.size(), threads, seconds);

        runScenario("GET /orders/v1/orders/{id}", server.baseUrl(), threads, seconds,
                    [&](HttpTestClient &client, int thread, long i) {
                        const auto index =
                            static_cast<std::size_t>(thread + i * threads) % orders.size();
                        return client.get("/orders/v1/orders/" + orders[index].id);
                    },
                    {{200, "ok"}});

        runScenario("POST /payments/v1/refunds (1 cent)", server.baseUrl(), threads, seconds,
                    [&](HttpTestClient &client, int thread, long i) {
                        const auto index =
                            static_cast<std::size_t>(thread + i * threads) % paidOrders.size();
                        const DemoOrder &order = paidOrders[index];
                        const json body = {{"orderId", order.id},
                                           {"amount", 1},
                                           {"currency", order.currency},
                                           {"reason", "bench"}};
                        return client.postJson(
                            "/payments/v1/refunds", body,
                            {{"Idempotency-Key", HttpTestClient::uniqueKey("bench")}});
                    },
                    {{201, "created"}, {409, "exhausted"}});

        const std::string status = server.stop();
        if (status != "exited 0") {
            std::printf("server %s\n", status.c_str());
        }
    } catch (const std::exception &error) {
        std::cerr << "bench failed: " << error.what() << "\n";
        return 1;
    }
    return 0;
}
