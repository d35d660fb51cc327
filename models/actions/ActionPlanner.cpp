#include "actions/ActionPlanner.h"

#include "actions/ActionError.h"
#include "backoffice/EndpointClient.h"
#include "timeline/AlertText.h"

#include <set>

namespace caseline {

namespace {

void requireText(const std::string &value, const char *what)
{
    if (value.empty() || value.size() > 500) {
        throw ActionError(std::string(what) + " must be 1 to 500 characters");
    }
}

nlohmann::json linesJson(const std::vector<LineQuantity> &lines)
{
    nlohmann::json list = nlohmann::json::array();
    std::set<std::string> seen;
    for (const LineQuantity &line : lines) {
        if (line.lineId.empty() || line.quantity < 1) {
            throw ActionError("each line needs an id and a quantity of at least 1");
        }
        if (!seen.insert(line.lineId).second) {
            throw ActionError("line " + line.lineId + " is named twice");
        }
        list.push_back({{"lineId", line.lineId}, {"quantity", line.quantity}});
    }
    return list;
}

} // namespace

PlannedAction ActionPlanner::refund(const std::string &orderId, long long amount,
                                    const std::string &currency, const std::string &reason,
                                    const std::vector<LineQuantity> &lines)
{
    requireText(orderId, "the order");
    requireText(reason, "the reason");
    if (amount < 1) {
        throw ActionError("a refund needs an amount of at least 1 minor unit");
    }
    if (currency.size() != 3) {
        throw ActionError("the currency must be an ISO 4217 code such as EUR");
    }
    PlannedAction plan;
    plan.action = "refund";
    plan.system = "payments";
    plan.path = "/refunds";
    plan.body = {{"orderId", orderId},
                 {"amount", amount},
                 {"currency", currency},
                 {"reason", reason},
                 {"issuedBy", "customer-service"}};
    if (!lines.empty()) {
        plan.body["lines"] = linesJson(lines);
    }
    plan.summary =
        "Refund of " + AlertText::storedMoney(amount, currency) + " on " + orderId + ": " + reason;
    plan.orderId = orderId;
    plan.amount = amount;
    plan.currency = currency;
    plan.lines = lines;
    plan.command = RefundCommand{orderId, amount, currency, reason, lines};
    return plan;
}

PlannedAction ActionPlanner::returnLabel(const std::string &orderId,
                                         const std::vector<LineQuantity> &lines,
                                         const std::string &reason)
{
    requireText(orderId, "the order");
    requireText(reason, "the reason");
    if (lines.empty()) {
        throw ActionError("a return label needs the lines to return");
    }
    PlannedAction plan;
    plan.action = "return-label";
    plan.system = "returns";
    plan.path = "/returns";
    plan.body = {{"orderId", orderId}, {"lines", linesJson(lines)}, {"reason", reason}};
    plan.summary = "Return label for " + orderId + ": " + reason;
    plan.orderId = orderId;
    plan.lines = lines;
    plan.command = ReturnLabelCommand{orderId, lines, reason};
    return plan;
}

PlannedAction ActionPlanner::reschedule(const std::string &shipmentId, const std::string &slotId,
                                        const std::string &pickupPointId, const std::string &note)
{
    requireText(shipmentId, "the shipment");
    if (slotId.empty() == pickupPointId.empty()) {
        throw ActionError("a reschedule needs either a delivery slot or a pickup point");
    }
    PlannedAction plan;
    plan.action = "reschedule";
    plan.system = "delivery";
    plan.path = "/shipments/" + EndpointClient::segment(shipmentId) + "/reschedule";
    plan.body = slotId.empty() ? nlohmann::json{{"pickupPointId", pickupPointId}}
                               : nlohmann::json{{"slotId", slotId}};
    if (!note.empty()) {
        plan.body["note"] = note.substr(0, 500);
    }
    plan.summary = "Delivery of " + shipmentId +
                   (slotId.empty() ? " redirected to pickup point " + pickupPointId
                                   : " moved to slot " + slotId);
    plan.shipmentId = shipmentId;
    plan.slotId = slotId;
    plan.pickupPointId = pickupPointId;
    plan.command = RescheduleCommand{shipmentId, slotId, pickupPointId, note.substr(0, 500)};
    return plan;
}

PlannedAction ActionPlanner::cancel(const std::string &orderId, const std::string &reason)
{
    requireText(orderId, "the order");
    requireText(reason, "the reason");
    PlannedAction plan;
    plan.action = "cancel";
    plan.system = "orders";
    plan.path = "/orders/" + EndpointClient::segment(orderId) + "/cancel";
    plan.body = {{"reason", reason}};
    plan.summary = "Cancel " + orderId + ": " + reason;
    plan.orderId = orderId;
    plan.command = CancelCommand{orderId, reason};
    return plan;
}

PlannedAction ActionPlanner::replace(const std::string &orderId,
                                     const std::vector<LineQuantity> &lines,
                                     const std::string &reason)
{
    requireText(orderId, "the order");
    requireText(reason, "the reason");
    if (lines.empty()) {
        throw ActionError("a replacement needs the lines to send again");
    }
    PlannedAction plan;
    plan.action = "replace";
    plan.system = "orders";
    plan.path = "/orders/" + EndpointClient::segment(orderId) + "/replacement";
    plan.body = {{"lines", linesJson(lines)}, {"reason", reason}};
    plan.summary = "Replacement for " + orderId + ": " + reason;
    plan.orderId = orderId;
    plan.lines = lines;
    plan.command = ReplacementCommand{orderId, lines, reason};
    return plan;
}

PlannedAction ActionPlanner::message(const std::string &customerId, const std::string &orderId,
                                     const std::string &channel, const std::string &language,
                                     const std::string &subject, const std::string &body)
{
    static const std::set<std::string> channels{"email", "sms"};
    static const std::set<std::string> languages{"en", "it", "de", "es", "fr"};
    requireText(customerId, "the customer");
    if (!channels.contains(channel)) {
        throw ActionError("a message goes by email or sms, not '" + channel + "'");
    }
    if (!languages.contains(language)) {
        throw ActionError("the language must be one of en, it, de, es, fr");
    }
    requireText(subject, "the subject");
    if (body.empty()) {
        throw ActionError("the message needs a text");
    }
    PlannedAction plan;
    plan.action = "message";
    plan.system = "notifications";
    plan.path = "/messages";
    plan.body = {{"customerId", customerId}, {"channel", channel}, {"language", language},
                 {"subject", subject},       {"body", body},       {"system", "customer-service"}};
    if (!orderId.empty()) {
        plan.body["orderId"] = orderId;
    }
    plan.summary = "Message to the customer (" + channel + ", " + language + "): " + subject;
    plan.orderId = orderId;
    plan.command = CustomerMessageCommand{customerId, orderId, channel, language, subject, body};
    return plan;
}

} // namespace caseline
