#pragma once

#include "backoffice/JsonReader.h"
#include "domain/PickupPoint.h"

namespace caseline {

// The API's PickupPoint object with its opening hours (shipments, delivery options).
PickupPoint readPickupPoint(const JsonReader &reader);

} // namespace caseline
