#pragma once

#include "domain/LineQuantity.h"

#include <QDateTime>
#include <string>
#include <vector>

namespace caseline {

// Money given back by the payments system, in minor units of the currency.
struct Refund
{
    std::string id;
    std::string orderId;
    long long amount = 0;
    std::string currency;
    std::string reason;
    std::vector<LineQuantity> lines; // empty: not tied to lines
    std::string status;
    QDateTime createdAt;
    std::string issuedBy;
};

} // namespace caseline
