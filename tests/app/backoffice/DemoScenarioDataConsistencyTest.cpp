// The demo scenarios are consistent in themselves: the money adds up, times are ordered and
// not after asOf, and returns are only for lines that were delivered.
#include "DemoScenarioData.h"

#include <algorithm>
#include <gtest/gtest.h>

namespace caseline::test::demo {
namespace {

TEST(DemoScenarioData, MoneyAddsUp)
{
    std::vector<std::string> problems;
    for (const DemoFile &file : demoFiles()) {
        const json &d = file.document;
        for (const json &order : section(d, "orders")) {
            const std::string id = text(order, "id");
            long long total = 0;
            for (const json &line : section(order, "lines")) {
                total += integer(line, "quantity") * integer(line, "unitPrice");
            }
            if (total != integer(order, "total")) {
                problems.push_back(file.name + ": " + id + " total " +
                                   std::to_string(integer(order, "total")) + " but lines sum to " +
                                   std::to_string(total));
            }
            const bool replacement = !text(order, "replacementFor").empty();
            const long long expectedPaid = replacement ? 0 : total;
            if (integer(order, "paid") != expectedPaid) {
                problems.push_back(file.name + ": " + id + " paid " +
                                   std::to_string(integer(order, "paid")) + ", expected " +
                                   std::to_string(expectedPaid));
            }
            long long refunded = 0;
            for (const json *refund : recordsOfOrder(d, "refunds", id)) {
                refunded += integer(*refund, "amount");
                if (text(*refund, "currency") != text(order, "currency")) {
                    problems.push_back(file.name + ": " + text(*refund, "id") +
                                       " is in another currency than " + id);
                }
                long long linesValue = 0;
                for (const auto &[lineId, quantity] : refundedLines(*refund, order)) {
                    if (const json *line = orderLine(order, lineId)) {
                        linesValue += quantity * integer(*line, "unitPrice");
                    }
                }
                if (integer(*refund, "amount") > linesValue) {
                    problems.push_back(file.name + ": " + text(*refund, "id") +
                                       " refunds more than its lines are worth");
                }
            }
            if (refunded > integer(order, "paid")) {
                problems.push_back(file.name + ": " + id + " is refunded " +
                                   std::to_string(refunded) + ", more than the " +
                                   std::to_string(integer(order, "paid")) + " paid");
            }
        }
    }
    EXPECT_TRUE(problems.empty()) << joined(problems);
}

TEST(DemoScenarioData, TimesAreOrderedAndNotInTheFuture)
{
    std::vector<std::string> problems;
    const auto past = [&](const std::string &where, const std::string &time) {
        if (!epochSeconds(time)) {
            problems.push_back(where + ": '" + time + "' is not a scenario time");
        } else if (seconds(time) > asOf()) {
            problems.push_back(where + ": " + time + " is after asOf");
        }
    };
    const auto chronological = [&](const std::string &where, const json &entries) {
        for (std::size_t i = 1; i < entries.size(); ++i) {
            if (seconds(text(entries[i], "at")) < seconds(text(entries[i - 1], "at"))) {
                problems.push_back(where + ": entry " + std::to_string(i) + " goes back in time");
            }
        }
    };
    for (const DemoFile &file : demoFiles()) {
        const json &d = file.document;
        for (const json &order : section(d, "orders")) {
            const std::string where = file.name + " " + text(order, "id");
            past(where, text(order, "placedAt"));
            for (const json &entry : section(order, "history")) {
                past(where + " history", text(entry, "at"));
                if (seconds(text(entry, "at")) < seconds(text(order, "placedAt"))) {
                    problems.push_back(where + ": history before the order was placed");
                }
            }
            chronological(where + " history", section(order, "history"));
        }
        for (const json &shipment : section(d, "shipments")) {
            const std::string where = file.name + " " + text(shipment, "id");
            for (const json &event : section(shipment, "events")) {
                past(where + " event", text(event, "at"));
            }
            chronological(where + " events", section(shipment, "events"));
            const json window = shipment.value("promisedWindow", json());
            if (window.is_object() &&
                seconds(text(window, "from")) >= seconds(text(window, "to"))) {
                problems.push_back(where + ": promised window ends before it starts");
            }
        }
        for (const char *name : {"refunds", "returns"}) {
            for (const json &record : section(d, name)) {
                past(file.name + " " + text(record, "id"), text(record, "createdAt"));
            }
        }
        for (const json &message : section(d, "messages")) {
            past(file.name + " " + text(message, "id"), text(message, "sentAt"));
        }
    }
    EXPECT_TRUE(problems.empty()) << joined(problems);
}

TEST(DemoScenarioData, ReturnsAreOnlyForDeliveredLines)
{
    std::vector<std::string> problems;
    for (const DemoFile &file : demoFiles()) {
        const json &d = file.document;
        for (const json &returned : section(d, "returns")) {
            const std::string orderId = text(returned, "orderId");
            for (const json &line : section(returned, "lines")) {
                bool delivered = false;
                for (const json *shipment : recordsOfOrder(d, "shipments", orderId)) {
                    const auto at = firstEventTime(*shipment, "delivered");
                    const bool hasLine = std::any_of(
                        section(*shipment, "lines").begin(), section(*shipment, "lines").end(),
                        [&](const json &s) { return text(s, "lineId") == text(line, "lineId"); });
                    if (hasLine && text(*shipment, "status") == "delivered" && at &&
                        *at <= text(returned, "createdAt")) {
                        delivered = true;
                    }
                }
                if (!delivered) {
                    problems.push_back(file.name + ": " + text(returned, "id") + " returns line " +
                                       text(line, "lineId") + " before it was delivered");
                }
            }
        }
    }
    EXPECT_TRUE(problems.empty()) << joined(problems);
}

} // namespace
} // namespace caseline::test::demo
