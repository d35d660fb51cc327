#include "backoffice/PickupPointJson.h"

#include "backoffice/AddressJson.h"

namespace caseline {

namespace {

OpeningHours readOpeningHours(const JsonReader &reader)
{
    OpeningHours hours;
    hours.days = reader.requiredString("days");
    hours.from = reader.requiredString("from");
    hours.to = reader.requiredString("to");
    return hours;
}

} // namespace

PickupPoint readPickupPoint(const JsonReader &reader)
{
    PickupPoint point;
    point.id = reader.requiredString("id");
    point.kind = reader.requiredString("kind");
    point.name = reader.requiredString("name");
    point.address = readAddress(reader.object("address"));
    point.openingHours = reader.mapObjects("openingHours", readOpeningHours);
    return point;
}

} // namespace caseline
