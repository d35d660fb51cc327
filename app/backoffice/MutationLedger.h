#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace caseline::backoffice {

class BackofficeDatabase;
class SimulatedClock;

// Every mutation the back-office applied, once each: what tests read to prove exactly-once.
class MutationLedger
{
public:
    MutationLedger(BackofficeDatabase &db, const SimulatedClock &clock);

    void record(const std::string &system, const std::string &operation, const std::string &target,
                const std::string &idempotencyKey);
    nlohmann::json entries() const;

private:
    BackofficeDatabase &m_db;
    const SimulatedClock &m_clock;
};

} // namespace caseline::backoffice
