#include "actions/ActionCommandJson.h"

#include "backoffice/JsonBody.h"
#include "backoffice/JsonReader.h"
#include "backoffice/LineQuantityJson.h"

#include <nlohmann/json.hpp>

namespace caseline::ActionCommandJson {

namespace {

nlohmann::json linesJson(const std::vector<LineQuantity> &lines)
{
    nlohmann::json list = nlohmann::json::array();
    for (const LineQuantity &line : lines) {
        list.push_back({{"lineId", line.lineId}, {"quantity", line.quantity}});
    }
    return list;
}

nlohmann::json fields(const RefundCommand &command)
{
    return {{"orderId", command.orderId},
            {"amount", command.amount},
            {"currency", command.currency},
            {"reason", command.reason},
            {"lines", linesJson(command.lines)}};
}

nlohmann::json fields(const ReturnLabelCommand &command)
{
    return {{"orderId", command.orderId},
            {"lines", linesJson(command.lines)},
            {"reason", command.reason}};
}

nlohmann::json fields(const RescheduleCommand &command)
{
    return {{"shipmentId", command.shipmentId},
            {"slotId", command.slotId},
            {"pickupPointId", command.pickupPointId},
            {"note", command.note}};
}

nlohmann::json fields(const CancelCommand &command)
{
    return {{"orderId", command.orderId}, {"reason", command.reason}};
}

nlohmann::json fields(const ReplacementCommand &command)
{
    return {{"orderId", command.orderId},
            {"lines", linesJson(command.lines)},
            {"reason", command.reason}};
}

nlohmann::json fields(const CustomerMessageCommand &command)
{
    return {{"customerId", command.customerId}, {"orderId", command.orderId},
            {"channel", command.channel},       {"language", command.language},
            {"subject", command.subject},       {"body", command.body}};
}

std::vector<LineQuantity> lines(const JsonReader &reader)
{
    return reader.mapObjects("lines", readLineQuantity);
}

ActionCommand commandFrom(const JsonReader &reader)
{
    switch (reader.requiredEnum("kind", actionKindFromString)) {
    case ActionKind::Refund:
        return RefundCommand{reader.requiredString("orderId"), reader.requiredInteger("amount", 1),
                             reader.requiredString("currency"), reader.requiredString("reason"),
                             lines(reader)};
    case ActionKind::ReturnLabel:
        return ReturnLabelCommand{reader.requiredString("orderId"), lines(reader),
                                  reader.requiredString("reason")};
    case ActionKind::Reschedule:
        return RescheduleCommand{
            reader.requiredString("shipmentId"), reader.requiredString("slotId"),
            reader.requiredString("pickupPointId"), reader.requiredString("note")};
    case ActionKind::Cancel:
        return CancelCommand{reader.requiredString("orderId"), reader.requiredString("reason")};
    case ActionKind::Replacement:
        return ReplacementCommand{reader.requiredString("orderId"), lines(reader),
                                  reader.requiredString("reason")};
    case ActionKind::CustomerMessage:
        return CustomerMessageCommand{
            reader.requiredString("customerId"), reader.requiredString("orderId"),
            reader.requiredString("channel"),    reader.requiredString("language"),
            reader.requiredString("subject"),    reader.requiredString("body")};
    }
    throw MappingError("kind", "is not an action Caseline knows");
}

} // namespace

std::string write(const ActionCommand &command)
{
    nlohmann::json json = std::visit([](const auto &action) { return fields(action); }, command);
    json["kind"] = toString(kindOf(command));
    return json.dump();
}

ActionCommand read(const std::string &text)
{
    return readBody(parseJsonBody(text), commandFrom);
}

} // namespace caseline::ActionCommandJson
