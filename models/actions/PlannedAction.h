#pragma once

#include "domain/ActionCommand.h"
#include "domain/LineQuantity.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace caseline {

// An action an agent takes, spelled as the back-office write that carries it out: which
// system, which path, which body — plus what it is about, so it can be checked against the
// back-office's current state before it is stored.
struct PlannedAction
{
    std::string action; // refund, return-label, reschedule, cancel, replace, message
    std::string system; // orders, delivery, payments, returns, notifications
    std::string path;   // below the system's base URL
    nlohmann::json body;
    std::string summary;   // in plain words
    ActionCommand command; // what the case's history keeps of it

    // What the checks look at.
    std::string orderId;
    std::string shipmentId;
    std::string slotId;
    std::string pickupPointId;
    long long amount = 0;
    std::string currency;
    std::vector<LineQuantity> lines;
};

} // namespace caseline
