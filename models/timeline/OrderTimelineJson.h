#pragma once

#include "timeline/OrderTimeline.h"

#include <nlohmann/json.hpp>

namespace caseline {

// The machine-readable form of a timeline (caseline-cli --json): order, sources, events, alerts.
nlohmann::json toJson(const OrderTimeline &timeline);

} // namespace caseline
