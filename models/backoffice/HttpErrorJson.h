#pragma once

#include "backoffice/HttpError.h"

#include <string>

namespace caseline {

// A back-office failure as it is kept (an outbox entry's last error, the case history's
// "action failed"): its kind and fields, not a sentence, so each reader words it in their own
// language with HttpError::message(). Reading checks every member (MappingError naming it).
namespace HttpErrorJson {

std::string write(const HttpError &error);
HttpError read(const std::string &text);

} // namespace HttpErrorJson
} // namespace caseline
