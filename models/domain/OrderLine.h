#pragma once

#include <string>

namespace caseline {

// One line of an order. Prices are integer minor units of the order's currency.
struct OrderLine
{
    std::string lineId;
    std::string sku;
    std::string description;
    long long quantity = 0;
    long long unitPrice = 0;
};

} // namespace caseline
