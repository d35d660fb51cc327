#pragma once

#include "domain/BackofficeSystem.h"
#include "timeline/Alert.h"
#include "timeline/OrderFacts.h"

#include <QDateTime>
#include <string>
#include <vector>

namespace caseline {

// One check for a contradiction between back-office systems. Rules are plain code units: add a
// class, register it with the ConflictWatchdog, give it its own tests.
class ConflictRule
{
public:
    virtual ~ConflictRule() = default;
    virtual std::string id() const = 0;
    // `now` comes from the injected clock, so time-based rules are testable.
    virtual std::vector<Alert> evaluate(const OrderFacts &facts, const QDateTime &now) const = 0;
    // Systems whose silence the rule reads as "nothing happened there" (no return, no
    // delivery). When one of them could not be read now, the verdict would rest on missing
    // data, so the watchdog does not run the rule.
    virtual std::vector<BackofficeSystem> readsAbsenceIn() const { return {}; }
};

} // namespace caseline
