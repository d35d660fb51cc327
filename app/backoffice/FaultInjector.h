#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace caseline::backoffice {

// What goes wrong with one request: an error status, a delay, a dropped connection or a
// malformed body — before the request is applied, or after (applied, but the answer is lost).
struct FaultDecision
{
    int status = 0;
    int delayMs = 0;
    bool drop = false;
    bool malformed = false;
    bool after = false;
};

// Faults injected per route through /admin/faults, plus a global random fault rate
// (--fault-rate with --seed), so clients can be tested against a misbehaving back-office.
class FaultInjector
{
public:
    explicit FaultInjector(double globalRate = 0.0, unsigned long long seed = 0);

    // Validates and adds a fault from an /admin/faults body; returns it with its id.
    nlohmann::json add(const nlohmann::json &body);
    nlohmann::json list() const;
    void clear();
    bool remove(const std::string &id);

    std::optional<FaultDecision> decide(const std::string &method, const std::string &path);

private:
    struct Fault
    {
        std::string id;
        std::string route;
        std::string method;
        FaultDecision decision;
        double rate = 1.0;
        std::optional<long long> remaining;
        nlohmann::json toJson() const;
    };

    bool chance(double rate);

    std::vector<Fault> m_faults;
    int m_nextId = 1;
    double m_globalRate;
    std::mt19937_64 m_random;
};

} // namespace caseline::backoffice
