#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace caseline::backoffice {

// An order carries its own history: every status change with the system that made it.
inline void appendOrderHistory(nlohmann::json &order, const std::string &at,
                               const std::string &status, const std::string &system,
                               const std::string &note)
{
    order["history"].push_back({{"at", at}, {"status", status}, {"system", system}, {"note", note}});
}

} // namespace caseline::backoffice
