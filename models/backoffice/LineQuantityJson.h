#pragma once

#include "backoffice/JsonReader.h"
#include "domain/LineQuantity.h"

namespace caseline {

// The API's LineQuantity object (refunds, returns, shipments).
LineQuantity readLineQuantity(const JsonReader &reader);

} // namespace caseline
