#pragma once

#include "domain/CaseEntry.h"

#include <string>

namespace caseline {

// A case entry's arguments as case_entries.arguments keeps them: a JSON object with the
// arguments of its kind in the domain's words (codes, minor units, RFC 3339 times), never a
// sentence. Reading checks every member (MappingError naming it), so a damaged row is an error
// in words, not a wrong line on the timeline.
namespace CaseEntryJson {

std::string write(const CaseEntryArguments &arguments);
CaseEntryArguments read(CaseEntryKind kind, const std::string &text);

} // namespace CaseEntryJson
} // namespace caseline
