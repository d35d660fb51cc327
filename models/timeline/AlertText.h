#pragma once

#include "domain/DeliveryWindow.h"

#include <QDateTime>
#include <QString>
#include <chrono>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace caseline {

// Wording shared by the conflict rules and the timeline, so every alert names money, times and
// lists alike. The texts go through Qt's translations (context "AlertText"); numbers, money and
// dates follow the default QLocale, which is C (English) unless the console sets another.
namespace AlertText {

// 4990, "EUR" -> "49.90 EUR" (every currency the back-office handles has two decimals).
std::string money(long long minorUnits, const std::string &currency);
// "1234.50 EUR" whatever the language: money in a text said the same by every program (the
// audit log, caseline-cli).
std::string storedMoney(long long minorUnits, const std::string &currency);
// "16 Oct 2026 07:30 UTC"; an invalid time reads "an unknown time".
std::string time(const QDateTime &at);
// "19 Oct 2026 08:00-12:00 UTC", or both ends in full when they fall on different days.
std::string window(const DeliveryWindow &window);
// Rounded down: "45 min", "24 h", "36 h", "3 days".
std::string duration(std::chrono::seconds length);
// {"a", "b", "c"} -> "a, b and c".
std::string list(const std::vector<std::string> &items);
// 1 -> "1 unit"; 2 -> "2 units" (units of an order line).
std::string units(long long n);
// "3", "" -> "line 3"; "3", "Stiletto, red" -> "line 3 (Stiletto, red)".
std::string line(const std::string &lineId, const std::string &description);
// "in_transit" -> "in transit": a status code of a back-office system as words.
std::string status(const std::string &code);

// English plurals come from caseline_en.qm; where no translation of `plural` is loaded (the
// CLI, tests, a language not translated yet) Qt returns the plural even for one, so this puts
// English's `singular` in then. `translated` is QCoreApplication::translate(..., plural, ..., n).
// A sentence of its own placed inside another: "could not be read: timed out." loses its stop.
QString withoutFinalStop(QString sentence);

QString singularWhenUntranslated(const QString &translated, const char *plural,
                                 const char *singular, long long n);

} // namespace AlertText
} // namespace caseline
