#include "DeliveryOptionsPlanner.h"

#include "domain/Rfc3339.h"

#include <algorithm>
#include <cstdio>

namespace caseline::backoffice {

namespace {

struct Window
{
    int fromHour;
    int toHour;
    const char *kind;
};

std::string slotId(const QDate &day, int fromHour, int toHour)
{
    // snprintf rather than QString::arg keeps the id independent of any locale.
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "SLOT-%04d%02d%02d-%02d%02d", day.year(), day.month(),
                  day.day(), fromHour, toHour);
    return buffer;
}

} // namespace

DeliveryOptionsPlanner::DeliveryOptionsPlanner(bool evening, bool saturday)
    : m_evening(evening)
    , m_saturday(saturday)
{
}

std::vector<DeliverySlot> DeliveryOptionsPlanner::availableSlots(const QDateTime &now) const
{
    const QDateTime start = now.toUTC();
    const QDateTime horizon = start.addDays(horizonDays);
    std::vector<Window> weekday{{9, 13, "office-hours"}, {13, 18, "office-hours"}};
    if (m_evening) {
        weekday.push_back({18, 21, "evening"});
    }
    std::vector<Window> saturdayWindows;
    if (m_saturday) {
        saturdayWindows.push_back({9, 13, "saturday"});
    }

    const std::vector<Window> sunday;

    std::vector<DeliverySlot> result;
    for (QDate day = start.date(); day <= horizon.date(); day = day.addDays(1)) {
        const int dayOfWeek = day.dayOfWeek();
        const std::vector<Window> &windows = dayOfWeek == Qt::Saturday ? saturdayWindows
                                             : dayOfWeek == Qt::Sunday ? sunday
                                                                       : weekday;
        for (const Window &window : windows) {
            const QDateTime from(day, QTime(window.fromHour, 0), Qt::UTC);
            if (from <= start || from >= horizon) {
                continue;
            }
            result.push_back({slotId(day, window.fromHour, window.toHour), from,
                              QDateTime(day, QTime(window.toHour, 0), Qt::UTC), window.kind});
        }
    }
    return result;
}

std::optional<DeliverySlot>
DeliveryOptionsPlanner::findSlot(const std::vector<DeliverySlot> &offered, const std::string &id)
{
    const auto found = std::find_if(offered.begin(), offered.end(),
                                    [&id](const DeliverySlot &slot) { return slot.id == id; });
    if (found == offered.end()) {
        return std::nullopt;
    }
    return *found;
}

nlohmann::json toJson(const DeliverySlot &slot)
{
    return {{"id", slot.id},
            {"from", Rfc3339::format(slot.from)},
            {"to", Rfc3339::format(slot.to)},
            {"kind", slot.kind}};
}

} // namespace caseline::backoffice
