#pragma once

#include "backoffice/BackofficeConnectors.h"
#include "domain/Clock.h"
#include "timeline/ConflictWatchdog.h"
#include "timeline/OrderTimeline.h"
#include "timeline/TimelineCache.h"

#include <QFuture>
#include <memory>
#include <string>

namespace caseline {

// Assembles the unified timeline of an order: asks all five systems about the order at once
// (no query waits on another's answer), follows replacement orders — and the original, when
// the order is itself a replacement — the moment order management names them, merges what
// came back, and runs the conflict watchdog over it. A system that fails does not hide the
// others: its part comes from the cache (stale, with its age) or is reported as an error.
//
// assemble() returns at once; the future is fulfilled on the transport's thread. The
// assembler, its connectors and cache must outlive the futures it returned.
class TimelineAssembler
{
public:
    TimelineAssembler(BackofficeConnectors &connectors, const Clock &clock, TimelineCache &cache,
                      ConflictWatchdog watchdog = ConflictWatchdog::withDefaultRules());

    QFuture<OrderTimeline> assemble(const std::string &orderId);

    // An order family larger than this is cut off (replacement chains are short; this guards
    // against a back-office that links orders in a loop).
    static constexpr std::size_t maxFamilySize = 16;

private:
    struct Assembly;

    void fetchMember(const std::shared_ptr<Assembly> &assembly, const std::string &orderId);
    void arrive(const std::shared_ptr<Assembly> &assembly, BackofficeSystem system,
                const std::string &orderId, Fetched<OrderFacts> part,
                const std::vector<std::string> &related);
    OrderTimeline compose(const Assembly &assembly) const;

    BackofficeConnectors &m_connectors;
    const Clock &m_clock;
    TimelineCache &m_cache;
    ConflictWatchdog m_watchdog;
};

} // namespace caseline
