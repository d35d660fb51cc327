#include "backoffice/MessageJson.h"

#include "backoffice/JsonReader.h"

namespace caseline {

namespace {

CustomerMessage readMessage(const JsonReader &reader)
{
    CustomerMessage message;
    message.id = reader.requiredString("id");
    message.customerId = reader.requiredString("customerId");
    message.orderId = reader.nullableString("orderId");
    message.channel = reader.requiredString("channel");
    message.sentAt = reader.requiredTime("sentAt");
    // Absent or null for messages written by hand.
    message.templateId = reader.optionalString("template").value_or("");
    message.language = reader.requiredString("language");
    message.subject = reader.requiredString("subject");
    message.body = reader.requiredString("body");
    message.system = reader.requiredString("system");
    return message;
}

} // namespace

CustomerMessage messageFromJson(const nlohmann::json &body)
{
    return readBody(body, readMessage);
}

std::vector<CustomerMessage> messageListFromJson(const nlohmann::json &body)
{
    return readItems(body, readMessage);
}

} // namespace caseline
