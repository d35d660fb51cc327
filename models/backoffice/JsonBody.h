#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace caseline {

// Parses a response body. Invalid JSON is a MappingError with an empty field (the whole body is
// at fault) carrying the parser's words; no nlohmann exception escapes.
nlohmann::json parseJsonBody(const std::string &text);

} // namespace caseline
