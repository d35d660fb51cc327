#pragma once

#include "domain/ChangeEventPage.h"

#include <nlohmann/json.hpp>

namespace caseline {

// The body of GET /events/v1: a ChangeEventPage. Throws MappingError naming the offending field,
// e.g. "events[3].at".
ChangeEventPage changeEventPageFromJson(const nlohmann::json &body);

} // namespace caseline
