#pragma once

#include "timeline/OrderFacts.h"
#include "timeline/OrderFamily.h"

#include <map>
#include <string>
#include <vector>

namespace caseline {

// Per order family and line id, how many units were paid for, refunded, sent to the customer,
// returned and replaced. Replacements copy their original's line ids, so one line id names the
// same goods across a family. Money and goods rules compare these counts.
class LineLedger
{
public:
    struct Line
    {
        std::string description;
        long long ordered = 0;            // units on the family's original (paid) order
        long long refunded = 0;           // units money was given back for
        long long withCustomer = 0;       // units in transit or delivered
        long long returned = 0;           // units on a return, whatever its progress
        long long replaced = 0;           // units on replacements that count (replacementCounts)
        long long replacementPending = 0; // of those, units not yet on their way
        std::vector<std::string> refundIds;
        std::vector<std::string> shipmentIds; // shipments with these units on the move
        std::vector<std::string> replacementIds;
    };

    LineLedger(const OrderFacts &facts, const OrderFamily &families);

    // Line id -> counts for the family grown from `root`; empty when nothing is known.
    const std::map<std::string, Line> &lines(const std::string &root) const;

    // A refund moved money unless the payments system says it failed or was reversed.
    static bool moneyMoved(const Refund &refund);
    // The lines a refund covers; a refund not tied to lines covers the whole order only when it
    // gives back at least everything paid (otherwise it is a goodwill amount, not goods).
    static std::vector<LineQuantity> refundedLines(const Refund &refund, const Order *order);
    // The lines a shipment carries; none listed means the whole order.
    static std::vector<LineQuantity> shippedLines(const Shipment &shipment, const Order *order);
    // Goods on their way or delivered.
    static bool hasMoved(const Shipment &shipment);
    // A replacement counts unless it was cancelled and never left the warehouse.
    static bool replacementCounts(const Order &replacement, const OrderFacts &facts);

private:
    std::map<std::string, std::map<std::string, Line>> byFamily_;
};

} // namespace caseline
