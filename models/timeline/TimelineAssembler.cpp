#include "timeline/TimelineAssembler.h"

#include "timeline/TimelineBuilder.h"

#include <QPromise>
#include <algorithm>
#include <map>
#include <mutex>
#include <set>

namespace caseline {

namespace {

constexpr int queriesPerOrder = static_cast<int>(allBackofficeSystems.size());

template<typename T>
Fetched<OrderFacts> partOf(const Fetched<std::vector<T>> &fetched, std::vector<T> OrderFacts::*list)
{
    if (!fetched.ok()) {
        return fetched.error();
    }
    OrderFacts facts;
    facts.*list = fetched.value();
    return facts;
}

bool holdsAnything(const OrderFacts &facts)
{
    return !facts.orders.empty() || !facts.shipments.empty() || !facts.refunds.empty() ||
           !facts.returns.empty() || !facts.messages.empty();
}

} // namespace

struct TimelineAssembler::Assembly
{
    std::string orderId;
    QPromise<OrderTimeline> promise;
    std::mutex mutex;
    int pending = 0;
    std::vector<std::string> members; // the requested order first, then as discovered
    std::map<std::pair<BackofficeSystem, std::string>, Fetched<OrderFacts>> results;
};

TimelineAssembler::TimelineAssembler(BackofficeConnectors &connectors, const Clock &clock,
                                     TimelineCache &cache, ConflictWatchdog watchdog)
    : m_connectors(connectors)
    , m_clock(clock)
    , m_cache(cache)
    , m_watchdog(std::move(watchdog))
{
}

QFuture<OrderTimeline> TimelineAssembler::assemble(const std::string &orderId)
{
    auto assembly = std::make_shared<Assembly>();
    assembly->orderId = orderId;
    assembly->members.push_back(orderId);
    // Counted before the first query goes out: an answer may arrive before fetchMember returns.
    assembly->pending = queriesPerOrder;
    assembly->promise.start();
    QFuture<OrderTimeline> future = assembly->promise.future();
    fetchMember(assembly, orderId);
    return future;
}

void TimelineAssembler::fetchMember(const std::shared_ptr<Assembly> &assembly,
                                    const std::string &orderId)
{
    m_connectors.orders->order(orderId).then(
        QtFuture::Launch::Sync, [this, assembly, orderId](const Fetched<Order> &fetched) {
            std::vector<std::string> related;
            if (!fetched.ok()) {
                arrive(assembly, BackofficeSystem::Orders, orderId, fetched.error(), related);
                return;
            }
            const Order &order = fetched.value();
            related = order.replacements;
            if (order.replacementFor) {
                related.push_back(*order.replacementFor);
            }
            OrderFacts part;
            part.orders.push_back(order);
            arrive(assembly, BackofficeSystem::Orders, orderId, std::move(part), related);
        });
    m_connectors.delivery->shipmentsOfOrder(orderId).then(
        QtFuture::Launch::Sync, [this, assembly, orderId](const Fetched<std::vector<Shipment>> &f) {
            arrive(assembly, BackofficeSystem::Delivery, orderId, partOf(f, &OrderFacts::shipments),
                   {});
        });
    m_connectors.payments->refundsOfOrder(orderId).then(
        QtFuture::Launch::Sync, [this, assembly, orderId](const Fetched<std::vector<Refund>> &f) {
            arrive(assembly, BackofficeSystem::Payments, orderId, partOf(f, &OrderFacts::refunds),
                   {});
        });
    m_connectors.returns->returnsOfOrder(orderId).then(
        QtFuture::Launch::Sync,
        [this, assembly, orderId](const Fetched<std::vector<ReturnAuthorization>> &f) {
            arrive(assembly, BackofficeSystem::Returns, orderId, partOf(f, &OrderFacts::returns),
                   {});
        });
    m_connectors.notifications->messagesOfOrder(orderId).then(
        QtFuture::Launch::Sync,
        [this, assembly, orderId](const Fetched<std::vector<CustomerMessage>> &f) {
            arrive(assembly, BackofficeSystem::Notifications, orderId,
                   partOf(f, &OrderFacts::messages), {});
        });
}

void TimelineAssembler::arrive(const std::shared_ptr<Assembly> &assembly, BackofficeSystem system,
                               const std::string &orderId, Fetched<OrderFacts> part,
                               const std::vector<std::string> &related)
{
    if (part.ok()) {
        m_cache.store(system, orderId, part.value(), m_clock.now());
    }
    std::vector<std::string> discovered;
    {
        const std::lock_guard lock(assembly->mutex);
        assembly->results[{system, orderId}] = std::move(part);
        for (const std::string &id : related) {
            const bool known = std::find(assembly->members.begin(), assembly->members.end(), id) !=
                               assembly->members.end();
            if (!known && assembly->members.size() < maxFamilySize) {
                assembly->members.push_back(id);
                assembly->pending += queriesPerOrder;
                discovered.push_back(id);
            }
        }
    }
    // Outside the lock: an answer that is already there runs its continuation right away.
    for (const std::string &id : discovered) {
        fetchMember(assembly, id);
    }
    bool complete = false;
    {
        const std::lock_guard lock(assembly->mutex);
        complete = --assembly->pending == 0;
    }
    if (complete) {
        assembly->promise.addResult(compose(*assembly));
        assembly->promise.finish();
    }
}

OrderTimeline TimelineAssembler::compose(const Assembly &assembly) const
{
    const QDateTime now = m_clock.now();
    OrderTimeline timeline;
    timeline.orderId = assembly.orderId;
    bool orderUnknown = false;
    for (BackofficeSystem system : allBackofficeSystems) {
        SourceStatus status;
        status.system = system;
        status.fetchedAt = now;
        for (const std::string &member : assembly.members) {
            const auto found = assembly.results.find({system, member});
            if (found == assembly.results.end()) {
                continue;
            }
            const Fetched<OrderFacts> &result = found->second;
            if (result.ok()) {
                timeline.facts.add(result.value());
                continue;
            }
            if (system == BackofficeSystem::Orders && result.notFound()) {
                // Order management does not know this order: not a failure of the source.
                orderUnknown = orderUnknown || member == assembly.orderId;
                continue;
            }
            const std::optional<TimelineCache::Entry> cached = m_cache.find(system, member);
            if (cached) {
                timeline.facts.add(cached->facts);
                if (status.state != SourceStatus::State::Error) {
                    status.state = SourceStatus::State::Stale;
                    status.fetchedAt = std::min(status.fetchedAt, cached->fetchedAt);
                }
            } else {
                status.state = SourceStatus::State::Error;
            }
            if (status.error.empty()) {
                status.error = result.error().message();
            }
        }
        timeline.sources.push_back(std::move(status));
    }
    // The orders are listed with the requested one first, as the rules and views expect.
    std::stable_partition(timeline.facts.orders.begin(), timeline.facts.orders.end(),
                          [&](const Order &order) { return order.id == assembly.orderId; });
    timeline.found = !(orderUnknown && !holdsAnything(timeline.facts));
    timeline.events = TimelineBuilder().build(timeline.facts);
    std::vector<BackofficeSystem> unavailable;
    for (const SourceStatus &source : timeline.sources) {
        if (source.state != SourceStatus::State::Ok) {
            unavailable.push_back(source.system);
        }
    }
    timeline.alerts = m_watchdog.evaluate(timeline.facts, now, unavailable, &timeline.notJudged);
    return timeline;
}

} // namespace caseline
