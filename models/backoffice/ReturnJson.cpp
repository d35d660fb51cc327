#include "backoffice/ReturnJson.h"

#include "backoffice/JsonReader.h"
#include "backoffice/LineQuantityJson.h"

namespace caseline {

namespace {

ReturnLabel readLabel(const JsonReader &reader)
{
    ReturnLabel label;
    label.carrier = reader.requiredString("carrier");
    label.trackingNumber = reader.requiredString("trackingNumber");
    label.url = reader.requiredString("url");
    return label;
}

ReturnAuthorization readReturn(const JsonReader &reader)
{
    ReturnAuthorization authorization;
    authorization.id = reader.requiredString("id");
    authorization.orderId = reader.requiredString("orderId");
    authorization.lines = reader.mapObjects("lines", readLineQuantity);
    authorization.reason = reader.requiredString("reason");
    authorization.status =
        reader.requiredOneOf("status", {"authorized", "label_sent", "in_transit", "received"});
    authorization.createdAt = reader.requiredTime("createdAt");
    // The API requires the label on every return; the domain's optional is always filled here.
    authorization.label = readLabel(reader.object("label"));
    return authorization;
}

} // namespace

ReturnAuthorization returnFromJson(const nlohmann::json &body)
{
    return readBody(body, readReturn);
}

std::vector<ReturnAuthorization> returnListFromJson(const nlohmann::json &body)
{
    return readItems(body, readReturn);
}

} // namespace caseline
