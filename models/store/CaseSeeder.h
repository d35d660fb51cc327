#pragma once

#include <QDateTime>

namespace caseline {

class CaseDatabase;

// Fills a case store with made-up cases for benchmarks and demos at scale: the same count and
// `now` always give the same store (when seeded empty). A realistic mix: about 30% open (new,
// open, waiting), the rest resolved or closed; all six departments; ~300 agents (agent-001...)
// and some unassigned cases; created over the last year (open ones mostly recently); SLA due
// by the department's hours (a few without); each case linked to an order (ORD-S0000001...);
// about 1% of open cases with a watchdog alert. One transaction, batched inserts, indexes
// rebuilt once at the end; the change log is left as it was (seeding is not a live change).
class CaseSeeder
{
public:
    static constexpr long long maximum = 5'000'000;

    // Appends `count` cases (1..maximum; StoreError Invalid otherwise) after the highest case
    // id. Returns how many were written.
    static long long seed(CaseDatabase &db, long long count, const QDateTime &now);
};

} // namespace caseline
