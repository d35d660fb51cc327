#pragma once

#include "backoffice/JsonReader.h"
#include "domain/Address.h"

namespace caseline {

// The API's Address object (customers, shipments, pickup points).
Address readAddress(const JsonReader &reader);

} // namespace caseline
