#include "backoffice/ChangeEventJson.h"

#include "backoffice/JsonReader.h"

namespace caseline {

namespace {

ChangeEvent readEvent(const JsonReader &reader)
{
    ChangeEvent event;
    event.seq = reader.requiredString("seq");
    event.at = reader.requiredTime("at");
    event.system = reader.requiredString("system");
    event.kind = reader.requiredString("kind");
    // Null when the change concerns no order or customer; the domain spells that "".
    event.orderId = reader.nullableString("orderId").value_or("");
    event.customerId = reader.nullableString("customerId").value_or("");
    event.ref = reader.requiredString("ref");
    event.summary = reader.requiredString("summary");
    return event;
}

ChangeEventPage readPage(const JsonReader &reader)
{
    ChangeEventPage page;
    page.events = reader.mapObjects("events", readEvent);
    page.next = reader.requiredString("next");
    return page;
}

} // namespace

ChangeEventPage changeEventPageFromJson(const nlohmann::json &body)
{
    return readBody(body, readPage);
}

} // namespace caseline
