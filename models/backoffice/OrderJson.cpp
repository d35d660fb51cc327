#include "backoffice/OrderJson.h"

#include "backoffice/JsonReader.h"

namespace caseline {

namespace {

OrderLine readLine(const JsonReader &reader)
{
    OrderLine line;
    line.lineId = reader.requiredString("lineId");
    line.sku = reader.requiredString("sku");
    line.description = reader.requiredString("description");
    line.quantity = reader.requiredInteger("quantity", 1);
    line.unitPrice = reader.requiredInteger("unitPrice", 0);
    return line;
}

OrderHistoryEntry readHistoryEntry(const JsonReader &reader)
{
    OrderHistoryEntry entry;
    entry.at = reader.requiredTime("at");
    // The domain keeps the text, but it must still be an order status the API knows.
    entry.status = toString(reader.requiredEnum("status", orderStatusFromString));
    entry.system = reader.requiredString("system");
    entry.note = reader.requiredString("note");
    return entry;
}

Order readOrder(const JsonReader &reader)
{
    Order order;
    order.id = reader.requiredString("id");
    order.customerId = reader.requiredString("customerId");
    order.status = reader.requiredEnum("status", orderStatusFromString);
    order.channel = reader.requiredString("channel");
    order.placedAt = reader.requiredTime("placedAt");
    order.currency = reader.requiredString("currency");
    order.lines = reader.mapObjects("lines", readLine);
    order.total = reader.requiredInteger("total", 0);
    order.paid = reader.requiredInteger("paid", 0);
    order.replacementFor = reader.nullableString("replacementFor");
    order.replacements = reader.strings("replacements");
    order.history = reader.mapObjects("history", readHistoryEntry);
    return order;
}

} // namespace

Order orderFromJson(const nlohmann::json &body)
{
    return readBody(body, readOrder);
}

std::vector<Order> orderListFromJson(const nlohmann::json &body)
{
    return readItems(body, readOrder);
}

} // namespace caseline
