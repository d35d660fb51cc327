// The demo scenarios are the acceptance test of the watchdog: the stories must raise their
// alerts and the ordinary orders none. The scenario files are read here with a small test-local
// reader (the production connectors map the HTTP API, not scenario files).

#include "TimelineTestFacts.h"
#include "timeline/ConflictWatchdog.h"

#include <fstream>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <set>

using namespace caseline;
using namespace caseline::test;
using nlohmann::json;

namespace {

json load(const std::string &name)
{
    std::ifstream file(std::string(CASELINE_SOURCE_DIR) + "/resources/demo/" + name);
    EXPECT_TRUE(file.good()) << name;
    return json::parse(file);
}

std::string text(const json &object, const char *key)
{
    const auto found = object.find(key);
    return found == object.end() || found->is_null() ? std::string() : found->get<std::string>();
}

QDateTime time(const json &object, const char *key)
{
    return Rfc3339::parse(text(object, key)).value_or(QDateTime());
}

std::vector<LineQuantity> lineQuantities(const json &lines)
{
    std::vector<LineQuantity> result;
    for (const json &each : lines) {
        result.push_back({each.at("lineId"), each.at("quantity")});
    }
    return result;
}

Order readOrder(const json &in)
{
    Order order;
    order.id = in.at("id");
    order.customerId = in.at("customerId");
    order.status = orderStatusFromString(in.at("status")).value();
    order.channel = text(in, "channel");
    order.placedAt = time(in, "placedAt");
    order.currency = in.at("currency");
    for (const json &line : in.at("lines")) {
        order.lines.push_back({line.at("lineId"), line.at("sku"), line.at("description"),
                               line.at("quantity"), line.at("unitPrice")});
    }
    order.total = in.at("total");
    order.paid = in.at("paid");
    if (!text(in, "replacementFor").empty()) {
        order.replacementFor = text(in, "replacementFor");
    }
    for (const json &entry : in.at("history")) {
        order.history.push_back(
            {time(entry, "at"), entry.at("status"), entry.at("system"), text(entry, "note")});
    }
    return order;
}

Shipment readShipment(const json &in)
{
    Shipment shipment;
    shipment.id = in.at("id");
    shipment.orderId = in.at("orderId");
    shipment.carrier = text(in, "carrier");
    shipment.trackingNumber = text(in, "trackingNumber");
    shipment.status = shipmentStatusFromString(in.at("status")).value();
    shipment.lines = lineQuantities(in.at("lines"));
    if (in.contains("promisedWindow") && !in.at("promisedWindow").is_null()) {
        shipment.promisedWindow = DeliveryWindow{time(in.at("promisedWindow"), "from"),
                                                 time(in.at("promisedWindow"), "to")};
    }
    for (const json &event : in.at("events")) {
        shipment.events.push_back({time(event, "at"), event.at("status"), text(event, "location"),
                                   text(event, "description")});
    }
    return shipment;
}

Refund readRefund(const json &in)
{
    return {in.at("id"),       in.at("orderId"),      in.at("amount"),
            in.at("currency"), text(in, "reason"),    lineQuantities(in.at("lines")),
            in.at("status"),   time(in, "createdAt"), text(in, "issuedBy")};
}

ReturnAuthorization readReturn(const json &in)
{
    ReturnAuthorization item{in.at("id"),        in.at("orderId"), lineQuantities(in.at("lines")),
                             text(in, "reason"), in.at("status"),  time(in, "createdAt"),
                             std::nullopt};
    if (in.contains("label") && !in.at("label").is_null()) {
        item.label =
            ReturnLabel{text(in.at("label"), "carrier"), text(in.at("label"), "trackingNumber"),
                        text(in.at("label"), "url")};
    }
    return item;
}

CustomerMessage readMessage(const json &in)
{
    CustomerMessage message{in.at("id"),          in.at("customerId"), std::nullopt,
                            in.at("channel"),     time(in, "sentAt"),  text(in, "template"),
                            text(in, "language"), text(in, "subject"), text(in, "body"),
                            text(in, "system")};
    if (!text(in, "orderId").empty()) {
        message.orderId = text(in, "orderId");
    }
    return message;
}

// What the connectors would fetch for `orderId`: the order, its replacements (transitively) and
// everything every system holds about them.
OrderFacts factsFor(const json &scenario, const std::string &orderId)
{
    OrderFacts facts;
    std::set<std::string> family{orderId};
    for (bool grew = true; grew;) {
        grew = false;
        for (const json &order : scenario.at("orders")) {
            if (family.count(text(order, "replacementFor")) &&
                family.insert(order.at("id")).second) {
                grew = true;
            }
        }
    }
    const auto mine = [&](const json &item) {
        return family.count(text(item, "orderId")) > 0;
    };
    for (const json &order : scenario.at("orders")) {
        if (family.count(order.at("id"))) {
            facts.orders.push_back(readOrder(order));
        }
    }
    for (Order &order : facts.orders) {
        for (const Order &other : facts.orders) {
            if (other.replacementFor == order.id) {
                order.replacements.push_back(other.id);
            }
        }
    }
    for (const json &item : scenario.at("shipments")) {
        if (mine(item)) {
            facts.shipments.push_back(readShipment(item));
        }
    }
    for (const json &item : scenario.at("refunds")) {
        if (mine(item)) {
            facts.refunds.push_back(readRefund(item));
        }
    }
    for (const json &item : scenario.at("returns")) {
        if (mine(item)) {
            facts.returns.push_back(readReturn(item));
        }
    }
    for (const json &item : scenario.at("messages")) {
        if (mine(item)) {
            facts.messages.push_back(readMessage(item));
        }
    }
    return facts;
}

std::vector<Alert> alertsFor(const std::string &file, const std::string &orderId)
{
    const json scenario = load(file);
    const QDateTime now = time(scenario, "asOf");
    return ConflictWatchdog::withDefaultRules().evaluate(factsFor(scenario, orderId), now);
}

std::string describe(const std::vector<Alert> &alerts)
{
    std::string text;
    for (const Alert &alert : alerts) {
        text += "\n  " + alert.rule + " [" + alert.orderId + "]: " + alert.message;
    }
    return text;
}

} // namespace

TEST(DemoScenarioRules, StilettosRaiseTheStoryAlerts)
{
    const std::vector<Alert> alerts = alertsFor("stilettos.json", "ORD-1001");
    EXPECT_GE(
        countRule(alerts, "cancelled-but-shipped") + countRule(alerts, "refund-while-shipping"), 1u)
        << describe(alerts);
    EXPECT_EQ(countRule(alerts, "promised-label-missing"), 1u) << describe(alerts);
    EXPECT_EQ(countRule(alerts, "contradicting-messages"), 1u) << describe(alerts);
    EXPECT_EQ(countRule(alerts, "missed-delivery-window"), 0u) << describe(alerts);
}

TEST(DemoScenarioRules, FurnitureMissedItsDeliveryWindow)
{
    const std::vector<Alert> alerts = alertsFor("furniture.json", "ORD-3001");
    ASSERT_EQ(countRule(alerts, "missed-delivery-window"), 1u) << describe(alerts);
    EXPECT_EQ(alerts.size(), 1u) << describe(alerts);
}

TEST(DemoScenarioRules, VacuumWindowIsStillAhead)
{
    const std::vector<Alert> alerts = alertsFor("vacuum.json", "ORD-2001");
    EXPECT_EQ(countRule(alerts, "missed-delivery-window"), 0u) << describe(alerts);
    EXPECT_TRUE(alerts.empty()) << describe(alerts);
}

TEST(DemoScenarioRules, OrdinaryOrdersRaiseNoAlert)
{
    const json scenario = load("ordinary.json");
    const QDateTime now = time(scenario, "asOf");
    const ConflictWatchdog watchdog = ConflictWatchdog::withDefaultRules();
    ASSERT_GE(scenario.at("orders").size(), 30u);
    for (const json &order : scenario.at("orders")) {
        const std::string id = order.at("id");
        const std::vector<Alert> alerts = watchdog.evaluate(factsFor(scenario, id), now);
        EXPECT_TRUE(alerts.empty()) << id << describe(alerts);
    }
}

TEST(DemoScenarioRules, OrdinaryOrdersStaySilentWhenEvaluatedTogether)
{
    // A customer view merges all their orders; families must not leak into each other.
    const json scenario = load("ordinary.json");
    OrderFacts all;
    for (const json &order : scenario.at("orders")) {
        OrderFacts one = factsFor(scenario, order.at("id"));
        all.orders.insert(all.orders.end(), one.orders.begin(), one.orders.end());
        all.shipments.insert(all.shipments.end(), one.shipments.begin(), one.shipments.end());
        all.refunds.insert(all.refunds.end(), one.refunds.begin(), one.refunds.end());
        all.returns.insert(all.returns.end(), one.returns.begin(), one.returns.end());
        all.messages.insert(all.messages.end(), one.messages.begin(), one.messages.end());
    }
    const std::vector<Alert> alerts =
        ConflictWatchdog::withDefaultRules().evaluate(all, time(scenario, "asOf"));
    EXPECT_TRUE(alerts.empty()) << describe(alerts);
}

TEST(DemoScenarioRules, HoldAtEveryHourOfTheDemoDay)
{
    // The back-office shifts the demo by whole days so that its asOf falls on today: a console
    // judging with the wall clock sees the data at any time in [asOf, asOf + 24 h).
    const ConflictWatchdog watchdog = ConflictWatchdog::withDefaultRules();
    const json stilettos = load("stilettos.json");
    const json furniture = load("furniture.json");
    const json vacuum = load("vacuum.json");
    const json ordinary = load("ordinary.json");
    for (int minutes = 0; minutes < 24 * 60; minutes += 30) {
        const auto at = [&](const json &scenario) {
            return time(scenario, "asOf").addSecs(minutes * 60LL);
        };
        const std::string when = "at asOf + " + std::to_string(minutes) + " min";
        const auto story = watchdog.evaluate(factsFor(stilettos, "ORD-1001"), at(stilettos));
        EXPECT_EQ(countRule(story, "promised-label-missing"), 1u) << when << describe(story);
        EXPECT_EQ(countRule(story, "contradicting-messages"), 1u) << when << describe(story);
        EXPECT_GE(countRule(story, "cancelled-but-shipped") +
                      countRule(story, "refund-while-shipping"),
                  1u)
            << when;
        const auto missed = watchdog.evaluate(factsFor(furniture, "ORD-3001"), at(furniture));
        EXPECT_EQ(countRule(missed, "missed-delivery-window"), 1u) << when << describe(missed);
        const auto calm = watchdog.evaluate(factsFor(vacuum, "ORD-2001"), at(vacuum));
        EXPECT_TRUE(calm.empty()) << when << describe(calm);
        for (const json &order : ordinary.at("orders")) {
            const auto alerts = watchdog.evaluate(factsFor(ordinary, order.at("id")), at(ordinary));
            EXPECT_TRUE(alerts.empty()) << order.at("id") << ' ' << when << describe(alerts);
        }
    }
}
