#pragma once

#include <QDateTime>
#include <QString>
#include <optional>
#include <string>

namespace caseline {

// Times on every back-office API are RFC 3339 in UTC ("2026-10-17T09:30:00Z").
namespace Rfc3339 {

std::string format(const QDateTime &time);
// Accepts "Z" or a numeric offset and optional fractional seconds; returns UTC.
// Anything else (including dates without a time or zone) is rejected.
std::optional<QDateTime> parse(const std::string &text);

} // namespace Rfc3339
} // namespace caseline
