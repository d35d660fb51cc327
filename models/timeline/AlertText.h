#pragma once

#include "domain/DeliveryWindow.h"

#include <QDateTime>
#include <chrono>
#include <string>
#include <vector>

namespace caseline {

// Wording shared by the conflict rules, so every alert names money, times and lists alike.
// Alerts are English plain text; the console translates its own chrome, not rule messages.
namespace AlertText {

// 4990, "EUR" -> "49.90 EUR" (every currency the back-office handles has two decimals).
std::string money(long long minorUnits, const std::string &currency);
// "16 Oct 2026 07:30 UTC"; an invalid time reads "an unknown time".
std::string time(const QDateTime &at);
// "19 Oct 2026 08:00-12:00 UTC", or both ends in full when they fall on different days.
std::string window(const DeliveryWindow &window);
// Rounded down: "90 min", "24 h", "36 h", "3 days".
std::string duration(std::chrono::seconds length);
// {"a", "b", "c"} -> "a, b and c".
std::string list(const std::vector<std::string> &items);
// 1, "unit" -> "1 unit"; 2, "unit" -> "2 units".
std::string count(long long n, const std::string &noun);
// "in_transit" -> "in transit".
std::string status(const std::string &code);

} // namespace AlertText
} // namespace caseline
