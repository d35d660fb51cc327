#pragma once

#include "domain/ActionCommand.h"

#include <string>

namespace caseline {

// An action command as it is kept (the outbox, a refund awaiting approval, the case history):
// a JSON object with its kind and its fields in the domain's words, never a back-office
// request. Reading checks every member (MappingError naming it), so a damaged row is an error
// in words, not a wrong action.
namespace ActionCommandJson {

std::string write(const ActionCommand &command);
ActionCommand read(const std::string &text);

} // namespace ActionCommandJson
} // namespace caseline
