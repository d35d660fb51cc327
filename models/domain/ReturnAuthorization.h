#pragma once

#include "domain/LineQuantity.h"
#include "domain/ReturnLabel.h"

#include <QDateTime>
#include <optional>
#include <string>
#include <vector>

namespace caseline {

// A return the returns system authorized, with its label.
struct ReturnAuthorization
{
    std::string id;
    std::string orderId;
    std::vector<LineQuantity> lines;
    std::string reason;
    std::string status; // authorized, label_sent, in_transit, received
    QDateTime createdAt;
    std::optional<ReturnLabel> label;
};

} // namespace caseline
