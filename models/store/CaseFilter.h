#pragma once

#include "domain/CaseStatus.h"

#include <optional>
#include <string>

namespace caseline {

// Which cases a queue or a search shows; empty fields do not filter.
struct CaseFilter
{
    std::string department;
    std::optional<CaseStatus> status;
    std::string customerId;
    std::string linkedRef; // an order, shipment or return id the case is linked to
    std::string assignee;  // whose desk, e.g. "my cases"
    bool openOnly = false; // leaves out resolved and closed cases
    int limit = 500;
};

} // namespace caseline
