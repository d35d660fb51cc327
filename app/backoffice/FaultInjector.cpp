#include "FaultInjector.h"

#include "ApiError.h"
#include "JsonFields.h"

namespace caseline::backoffice {

FaultInjector::FaultInjector(double globalRate, unsigned long long seed)
    : m_globalRate(globalRate)
    , m_random(seed)
{
}

nlohmann::json FaultInjector::Fault::toJson() const
{
    nlohmann::json json = {{"id", id},
                           {"route", route},
                           {"method", method.empty() ? nlohmann::json() : nlohmann::json(method)},
                           {"status", decision.status ? nlohmann::json(decision.status) : nlohmann::json()},
                           {"delayMs", decision.delayMs},
                           {"drop", decision.drop},
                           {"malformed", decision.malformed},
                           {"rate", rate},
                           {"count", remaining ? nlohmann::json(*remaining) : nlohmann::json()},
                           {"when", decision.after ? "after" : "before"}};
    return json;
}

nlohmann::json FaultInjector::add(const nlohmann::json &body)
{
    const JsonFields fields(body);
    Fault fault;
    fault.route = fields.requiredString("route", 200);
    if (fault.route.front() != '/') {
        throw ApiError::validation("route", "route must be a path prefix starting with /");
    }
    if (fields.has("method")) {
        fault.method = fields.requiredOneOf("method", {"GET", "POST", "DELETE", "PUT", "PATCH"});
    }
    fault.decision.status = static_cast<int>(fields.optionalInteger("status", 400, 599).value_or(0));
    fault.decision.delayMs =
        static_cast<int>(fields.optionalInteger("delayMs", 0, 120000).value_or(0));
    fault.decision.drop = fields.optionalBool("drop", false);
    fault.decision.malformed = fields.optionalBool("malformed", false);
    fault.rate = fields.optionalNumber("rate", 0.0, 1.0, 1.0);
    fault.remaining = fields.optionalInteger("count", 1, 1'000'000);
    if (fields.has("when")) {
        fault.decision.after = fields.requiredOneOf("when", {"before", "after"}) == "after";
    }
    if (!fault.decision.status && !fault.decision.delayMs && !fault.decision.drop &&
        !fault.decision.malformed) {
        throw ApiError::validation("status",
                                   "a fault needs at least one of status, delayMs, drop, malformed");
    }
    fault.id = "F" + std::to_string(m_nextId++);
    m_faults.push_back(fault);
    return fault.toJson();
}

nlohmann::json FaultInjector::list() const
{
    nlohmann::json items = nlohmann::json::array();
    for (const Fault &fault : m_faults) {
        items.push_back(fault.toJson());
    }
    return {{"items", items}};
}

void FaultInjector::clear()
{
    m_faults.clear();
}

bool FaultInjector::remove(const std::string &id)
{
    const auto before = m_faults.size();
    std::erase_if(m_faults, [&](const Fault &fault) { return fault.id == id; });
    return m_faults.size() != before;
}

bool FaultInjector::chance(double rate)
{
    if (rate >= 1.0) {
        return true;
    }
    return std::uniform_real_distribution<double>(0.0, 1.0)(m_random) < rate;
}

std::optional<FaultDecision> FaultInjector::decide(const std::string &method,
                                                   const std::string &path)
{
    for (auto it = m_faults.begin(); it != m_faults.end(); ++it) {
        if (path.rfind(it->route, 0) != 0 || (!it->method.empty() && it->method != method)) {
            continue;
        }
        if (!chance(it->rate)) {
            continue;
        }
        const FaultDecision decision = it->decision;
        if (it->remaining && --*it->remaining == 0) {
            m_faults.erase(it);
        }
        return decision;
    }
    if (m_globalRate > 0.0 && chance(m_globalRate)) {
        // The failures a client must survive: refused before, or applied and the answer lost.
        FaultDecision decision;
        switch (std::uniform_int_distribution<int>(0, 3)(m_random)) {
        case 0:
            decision.status = 503;
            break;
        case 1:
            decision.drop = true;
            break;
        case 2:
            decision.status = 500;
            decision.after = true;
            break;
        default:
            decision.drop = true;
            decision.after = true;
            break;
        }
        return decision;
    }
    return std::nullopt;
}

} // namespace caseline::backoffice
