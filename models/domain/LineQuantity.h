#pragma once

#include <string>

namespace caseline {

// A quantity of one order line, as refunds, returns, shipments and replacements name them.
struct LineQuantity
{
    std::string lineId;
    long long quantity = 0;

    bool operator==(const LineQuantity &) const = default;
};

} // namespace caseline
