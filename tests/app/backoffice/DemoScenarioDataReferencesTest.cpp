// Ids in the demo scenarios are unique across files, and every reference (customer, order,
// line, replacement, message recipient) resolves within its own file.
#include "DemoScenarioData.h"

#include <gtest/gtest.h>
#include <map>
#include <set>

namespace caseline::test::demo {
namespace {

TEST(DemoScenarioData, IdsAreUniqueAcrossFiles)
{
    std::map<std::string, std::string> owner;
    std::map<std::string, std::string> trackingOwner;
    std::map<std::string, json> pickupPoints;
    std::vector<std::string> problems;
    const auto claim = [&](std::map<std::string, std::string> &registry, const std::string &key,
                           const std::string &where) {
        const auto [it, inserted] = registry.emplace(key, where);
        if (!inserted) {
            problems.push_back(key + " is used in " + it->second + " and in " + where);
        }
    };
    for (const DemoFile &file : demoFiles()) {
        claim(owner, "scenario " + text(file.document, "id"), file.name);
        for (const char *name : kSections) {
            for (const json &record : section(file.document, name)) {
                claim(owner, text(record, "id"), file.name);
            }
        }
        for (const json &behaviour : section(file.document, "behaviours")) {
            claim(owner, "behaviour " + text(behaviour, "id"), file.name);
        }
        for (const json &shipment : section(file.document, "shipments")) {
            claim(trackingOwner, text(shipment, "trackingNumber"),
                  file.name + " " + text(shipment, "id"));
            const json offers = shipment.value("offers", json::object());
            for (const json &point : section(offers, "pickupPoints")) {
                const auto [it, inserted] = pickupPoints.emplace(text(point, "id"), point);
                if (!inserted && it->second != point) {
                    problems.push_back("pickup point " + text(point, "id") +
                                       " is described in two different ways");
                }
            }
        }
        for (const json &returned : section(file.document, "returns")) {
            const std::string tracking =
                text(returned.value("label", json::object()), "trackingNumber");
            if (!tracking.empty()) {
                claim(trackingOwner, tracking, file.name + " " + text(returned, "id"));
            }
        }
    }
    EXPECT_TRUE(problems.empty()) << joined(problems);
}

TEST(DemoScenarioData, EveryReferenceResolvesWithinItsFile)
{
    std::vector<std::string> problems;
    for (const DemoFile &file : demoFiles()) {
        const json &d = file.document;
        const auto problem = [&](const std::string &what) {
            problems.push_back(file.name + ": " + what);
        };
        for (const json &order : section(d, "orders")) {
            const std::string id = text(order, "id");
            if (!findById(d, "customers", text(order, "customerId"))) {
                problem(id + " belongs to unknown customer " + text(order, "customerId"));
            }
            const std::string original = text(order, "replacementFor");
            if (!original.empty() && !findById(d, "orders", original)) {
                problem(id + " replaces unknown order " + original);
            }
            std::set<std::string> lineIds;
            for (const json &line : section(order, "lines")) {
                if (!lineIds.insert(text(line, "lineId")).second) {
                    problem(id + " repeats line " + text(line, "lineId"));
                }
            }
        }
        // Shipments, refunds and returns point at an order and at lines of that order.
        for (const char *name : {"shipments", "refunds", "returns"}) {
            for (const json &record : section(d, name)) {
                const std::string id = text(record, "id");
                const json *order = findById(d, "orders", text(record, "orderId"));
                if (!order) {
                    problem(id + " refers to unknown order " + text(record, "orderId"));
                    continue;
                }
                for (const json &line : section(record, "lines")) {
                    const json *ordered = orderLine(*order, text(line, "lineId"));
                    if (!ordered) {
                        problem(id + " refers to unknown line " + text(line, "lineId"));
                    } else if (integer(line, "quantity") > integer(*ordered, "quantity")) {
                        problem(id + " has more of line " + text(line, "lineId") +
                                " than was ordered");
                    }
                }
            }
        }
        for (const json &message : section(d, "messages")) {
            const std::string id = text(message, "id");
            const json *customer = findById(d, "customers", text(message, "customerId"));
            if (!customer) {
                problem(id + " is for unknown customer " + text(message, "customerId"));
                continue;
            }
            if (text(message, "language") != text(*customer, "language")) {
                problem(id + " is not in the customer's language");
            }
            const std::string orderId = text(message, "orderId");
            if (orderId.empty()) {
                continue;
            }
            const json *order = findById(d, "orders", orderId);
            if (!order) {
                problem(id + " is about unknown order " + orderId);
            } else if (text(*order, "customerId") != text(message, "customerId")) {
                problem(id + " goes to another customer than the owner of " + orderId);
            }
        }
    }
    EXPECT_TRUE(problems.empty()) << joined(problems);
}

} // namespace
} // namespace caseline::test::demo
