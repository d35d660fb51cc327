#include "timeline/OrderFamily.h"

#include "timeline/MessageClassifier.h"

#include <algorithm>

namespace caseline {

OrderFamily::OrderFamily(const OrderFacts &facts)
    : facts_(&facts)
{
    for (const Order &order : facts.orders) {
        // Follow replacementFor upwards; the step bound guards against cyclic (corrupt) links.
        const Order *current = &order;
        for (std::size_t steps = 0; steps < facts.orders.size(); ++steps) {
            const Order *parent = facts.order(parentOf(*current));
            if (!parent) {
                break;
            }
            current = parent;
        }
        rootByOrder_[order.id] = current->id;
        if (std::find(roots_.begin(), roots_.end(), current->id) == roots_.end()) {
            roots_.push_back(current->id);
        }
    }
    // When the orders source failed, the other systems still name their orders: each unknown
    // id is a family of its own so rules can judge what those systems said.
    const auto addOrphan = [this](const std::string &orderId) {
        if (!orderId.empty() &&
            std::find(roots_.begin(), roots_.end(), rootOf(orderId)) == roots_.end()) {
            roots_.push_back(orderId);
        }
    };
    for (const Shipment &shipment : facts.shipments) {
        addOrphan(shipment.orderId);
    }
    for (const Refund &refund : facts.refunds) {
        addOrphan(refund.orderId);
    }
    for (const ReturnAuthorization &item : facts.returns) {
        addOrphan(item.orderId);
    }
    for (const CustomerMessage &message : facts.messages) {
        addOrphan(message.orderId.value_or(std::string()));
    }
}

std::string OrderFamily::parentOf(const Order &order) const
{
    if (order.replacementFor && facts_->order(*order.replacementFor)) {
        return *order.replacementFor;
    }
    // A source may report the link only on the original's side.
    for (const Order &candidate : facts_->orders) {
        const auto &children = candidate.replacements;
        if (candidate.id != order.id &&
            std::find(children.begin(), children.end(), order.id) != children.end()) {
            return candidate.id;
        }
    }
    return {};
}

std::string OrderFamily::rootOf(const std::string &orderId) const
{
    const auto found = rootByOrder_.find(orderId);
    return found == rootByOrder_.end() ? orderId : found->second;
}

std::vector<const Order *> OrderFamily::members(const std::string &root) const
{
    std::vector<const Order *> result;
    for (const Order &order : facts_->orders) {
        if (rootOf(order.id) == root) {
            result.push_back(&order);
        }
    }
    return result;
}

std::vector<std::string> OrderFamily::memberIds(const std::string &root) const
{
    std::vector<std::string> ids;
    const auto add = [&](const std::string &id) {
        if (rootOf(id) == root && std::find(ids.begin(), ids.end(), id) == ids.end()) {
            ids.push_back(id);
        }
    };
    add(root);
    for (const Order &order : facts_->orders) {
        add(order.id);
    }
    return ids;
}

std::vector<const Order *> OrderFamily::replacementsOf(const std::string &orderId) const
{
    std::vector<const Order *> result;
    for (const Order &order : facts_->orders) {
        if (order.id != orderId && parentOf(order) == orderId) {
            result.push_back(&order);
        }
    }
    return result;
}

std::string OrderFamily::rootOfMessage(const CustomerMessage &message) const
{
    if (message.orderId) {
        return rootOf(*message.orderId);
    }
    const std::string text = message.subject + "\n" + message.body;
    for (const std::string &root : roots_) {
        for (const std::string &orderId : memberIds(root)) {
            if (MessageClassifier::mentionsId(text, orderId)) {
                return root;
            }
        }
    }
    return {};
}

bool OrderFamily::isReplacement(const Order &order) const
{
    return !parentOf(order).empty() || order.replacementFor.has_value();
}

} // namespace caseline
