#pragma once

#include "BackofficeDatabase.h"
#include "ChangeFeed.h"
#include "MutationLedger.h"
#include "SimulatedClock.h"
#include "domain/Rfc3339.h"

#include <string>

namespace caseline::backoffice {

class BehaviourTrigger;

// What every back-office system works with: its state, the clock, the feed and the ledger.
struct BackofficeContext
{
    BackofficeDatabase &db;
    SimulatedClock &clock;
    ChangeFeed &feed;
    MutationLedger &ledger;
    BehaviourTrigger *behaviours = nullptr;

    std::string now() const { return Rfc3339::format(clock.now()); }
};

// Who asks for a mutation, and under which idempotency key (for the ledger).
struct Mutation
{
    std::string idempotencyKey;
    std::string system; // the department or system acting, e.g. customer-service, payments
};

} // namespace caseline::backoffice
