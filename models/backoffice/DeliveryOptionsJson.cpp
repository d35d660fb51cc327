#include "backoffice/DeliveryOptionsJson.h"

#include "backoffice/JsonReader.h"
#include "backoffice/PickupPointJson.h"

namespace caseline {

namespace {

DeliverySlot readSlot(const JsonReader &reader)
{
    DeliverySlot slot;
    slot.id = reader.requiredString("id");
    slot.from = reader.requiredTime("from");
    slot.to = reader.requiredTime("to");
    slot.kind = reader.requiredString("kind");
    return slot;
}

DeliveryOptions readOptions(const JsonReader &reader)
{
    DeliveryOptions options;
    options.shipmentId = reader.requiredString("shipmentId");
    options.slots = reader.mapObjects("slots", readSlot);
    options.pickupPoints = reader.mapObjects("pickupPoints", readPickupPoint);
    return options;
}

} // namespace

DeliveryOptions deliveryOptionsFromJson(const nlohmann::json &body)
{
    return readBody(body, readOptions);
}

} // namespace caseline
