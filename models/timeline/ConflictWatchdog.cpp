#include "timeline/ConflictWatchdog.h"

#include "timeline/CancelledButShippedRule.h"
#include "timeline/ContradictingMessagesRule.h"
#include "timeline/DuplicateCompensationRule.h"
#include "timeline/EscalationOverdueRule.h"
#include "timeline/MissedDeliveryWindowRule.h"
#include "timeline/PromisedLabelMissingRule.h"
#include "timeline/RefundWhileShippingRule.h"

#include <algorithm>

namespace caseline {

ConflictWatchdog ConflictWatchdog::withDefaultRules(std::chrono::seconds labelGrace)
{
    ConflictWatchdog watchdog;
    watchdog.add(std::make_unique<RefundWhileShippingRule>());
    watchdog.add(std::make_unique<CancelledButShippedRule>());
    watchdog.add(std::make_unique<PromisedLabelMissingRule>(labelGrace));
    watchdog.add(std::make_unique<DuplicateCompensationRule>());
    watchdog.add(std::make_unique<ContradictingMessagesRule>());
    watchdog.add(std::make_unique<MissedDeliveryWindowRule>());
    watchdog.add(std::make_unique<EscalationOverdueRule>());
    return watchdog;
}

void ConflictWatchdog::add(std::unique_ptr<ConflictRule> rule)
{
    if (rule) {
        rules_.push_back(std::move(rule));
    }
}

std::vector<std::string> ConflictWatchdog::ruleIds() const
{
    std::vector<std::string> ids;
    for (const auto &rule : rules_) {
        ids.push_back(rule->id());
    }
    return ids;
}

std::vector<Alert> ConflictWatchdog::evaluate(const OrderFacts &facts, const QDateTime &now) const
{
    return evaluate(facts, now, {}, nullptr);
}

std::vector<Alert> ConflictWatchdog::evaluate(const OrderFacts &facts, const QDateTime &now,
                                              const std::vector<BackofficeSystem> &unavailable,
                                              std::vector<std::string> *notJudged) const
{
    std::vector<Alert> alerts;
    for (const auto &rule : rules_) {
        const std::vector<BackofficeSystem> needed = rule->readsAbsenceIn();
        const bool blind = std::any_of(needed.begin(), needed.end(), [&](BackofficeSystem system) {
            return std::find(unavailable.begin(), unavailable.end(), system) != unavailable.end();
        });
        if (blind) {
            if (notJudged) {
                notJudged->push_back(rule->id());
            }
            continue;
        }
        std::vector<Alert> found = rule->evaluate(facts, now);
        alerts.insert(alerts.end(), std::make_move_iterator(found.begin()),
                      std::make_move_iterator(found.end()));
    }
    std::stable_sort(alerts.begin(), alerts.end(), [](const Alert &a, const Alert &b) {
        if (a.severity != b.severity) {
            return a.severity > b.severity; // Critical before Warning before Info
        }
        return a.rule < b.rule;
    });
    return alerts;
}

} // namespace caseline
