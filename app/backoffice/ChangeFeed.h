#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace caseline::backoffice {

class BackofficeDatabase;
class SimulatedClock;

// The cross-system change feed behind GET /events/v1: an append-only sequence of what changed.
class ChangeFeed
{
public:
    ChangeFeed(BackofficeDatabase &db, const SimulatedClock &clock);

    void append(const std::string &system, const std::string &kind, const std::string &orderId,
                const std::string &customerId, const std::string &ref, const std::string &summary);
    std::vector<nlohmann::json> after(long long cursor, int limit) const;
    long long lastSequence() const;

private:
    BackofficeDatabase &m_db;
    const SimulatedClock &m_clock;
};

} // namespace caseline::backoffice
