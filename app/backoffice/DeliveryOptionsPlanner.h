#pragma once

#include "DeliverySlot.h"

#include <QDateTime>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace caseline::backoffice {

// Computes the delivery slots a carrier offers from a given moment. Pure: the caller passes the
// (simulated) now, so the same inputs always give the same slots and ids.
class DeliveryOptionsPlanner
{
public:
    static constexpr int horizonDays = 14;

    DeliveryOptionsPlanner(bool evening, bool saturday);

    // Slots starting strictly after now and before now + 14 days, ordered by start. Weekdays get
    // 09-13 and 13-18 ("office-hours") plus 18-21 ("evening") when offered; Saturdays 09-13
    // ("saturday") when offered; Sundays nothing. All hours are UTC. (Not named slots(): Qt
    // defines that word as a macro unless QT_NO_KEYWORDS is set.)
    std::vector<DeliverySlot> availableSlots(const QDateTime &now) const;

    static std::optional<DeliverySlot> findSlot(const std::vector<DeliverySlot> &offered,
                                                const std::string &id);

    bool evening() const { return m_evening; }
    bool saturday() const { return m_saturday; }

private:
    bool m_evening;
    bool m_saturday;
};

// {"id", "from", "to", "kind"} with RFC 3339 UTC times, as in the delivery API.
nlohmann::json toJson(const DeliverySlot &slot);

} // namespace caseline::backoffice
