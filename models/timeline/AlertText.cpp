#include "timeline/AlertText.h"

#include <QLocale>
#include <algorithm>
#include <cstdlib>

namespace caseline::AlertText {

std::string money(long long minorUnits, const std::string &currency)
{
    const long long magnitude = std::llabs(minorUnits);
    std::string cents = std::to_string(magnitude % 100);
    if (cents.size() < 2) {
        cents.insert(0, "0");
    }
    std::string text = (minorUnits < 0 ? "-" : "") + std::to_string(magnitude / 100) + "." + cents;
    return currency.empty() ? text : text + " " + currency;
}

std::string time(const QDateTime &at)
{
    if (!at.isValid()) {
        return "an unknown time";
    }
    // The C locale keeps month names English whatever the desktop's language.
    return QLocale::c().toString(at.toUTC(), QStringLiteral("d MMM yyyy HH:mm")).toStdString() +
           " UTC";
}

std::string window(const DeliveryWindow &window)
{
    const QDateTime from = window.from.toUTC();
    const QDateTime to = window.to.toUTC();
    if (from.isValid() && to.isValid() && from.date() == to.date()) {
        const QLocale c = QLocale::c();
        return c.toString(from, QStringLiteral("d MMM yyyy HH:mm")).toStdString() + "-" +
               c.toString(to, QStringLiteral("HH:mm")).toStdString() + " UTC";
    }
    return time(from) + " to " + time(to);
}

std::string duration(std::chrono::seconds length)
{
    // Rounded down to the unit an agent would say: "5 days", "36 h", "90 min".
    const long long seconds = std::max(0LL, static_cast<long long>(length.count()));
    if (seconds >= 2 * 86400) {
        return std::to_string(seconds / 86400) + " days";
    }
    if (seconds >= 3600) {
        return std::to_string(seconds / 3600) + " h";
    }
    return std::to_string(seconds / 60) + " min";
}

std::string list(const std::vector<std::string> &items)
{
    std::string text;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) {
            text += i + 1 == items.size() ? " and " : ", ";
        }
        text += items[i];
    }
    return text;
}

std::string count(long long n, const std::string &noun)
{
    return std::to_string(n) + " " + noun + (n == 1 ? "" : "s");
}

std::string status(const std::string &code)
{
    std::string text = code;
    std::replace(text.begin(), text.end(), '_', ' ');
    return text;
}

} // namespace caseline::AlertText
