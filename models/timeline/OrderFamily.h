#pragma once

#include "timeline/OrderFacts.h"

#include <map>
#include <string>
#include <vector>

namespace caseline {

// Groups the orders of OrderFacts into families: an original order and every replacement made
// for it (and for its replacements). Conflicts often span a family, as when finance refunds the
// original while the warehouse ships the replacement.
class OrderFamily
{
public:
    explicit OrderFamily(const OrderFacts &facts);

    // The original a family grows from; an order the facts do not hold is its own root.
    std::string rootOf(const std::string &orderId) const;
    // Family roots: those of the orders first, then ids only other systems name.
    const std::vector<std::string> &roots() const { return roots_; }
    // Orders of the family of `root`, in the order the facts list them.
    std::vector<const Order *> members(const std::string &root) const;
    // Order ids of the family (the root first), also when the orders source did not report it.
    std::vector<std::string> memberIds(const std::string &root) const;
    // Orders made as replacements for `orderId` directly.
    std::vector<const Order *> replacementsOf(const std::string &orderId) const;
    // The family a message is about: its order's, or for a message about no order the first
    // family whose order ids its text names; empty when it names none.
    std::string rootOfMessage(const CustomerMessage &message) const;
    // True when `order` replaces another order of these facts.
    bool isReplacement(const Order &order) const;

private:
    std::string parentOf(const Order &order) const;

    const OrderFacts *facts_;
    std::map<std::string, std::string> rootByOrder_;
    std::vector<std::string> roots_;
};

} // namespace caseline
