#pragma once

#include "domain/OrderHistoryEntry.h"
#include "domain/OrderLine.h"
#include "domain/OrderStatus.h"

#include <QDateTime>
#include <optional>
#include <string>
#include <vector>

namespace caseline {

// An order as order management reports it, including the replacement orders linked to it.
struct Order
{
    std::string id;
    std::string customerId;
    OrderStatus status = OrderStatus::Placed;
    std::string channel;
    QDateTime placedAt;
    std::string currency;
    std::vector<OrderLine> lines;
    long long total = 0;
    long long paid = 0;
    std::optional<std::string> replacementFor;
    std::vector<std::string> replacements;
    std::vector<OrderHistoryEntry> history;

    const OrderLine *line(const std::string &lineId) const
    {
        for (const OrderLine &candidate : lines) {
            if (candidate.lineId == lineId) {
                return &candidate;
            }
        }
        return nullptr;
    }
};

} // namespace caseline
