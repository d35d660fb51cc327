#include "timeline/EscalationOverdueRule.h"

#include "timeline/AlertText.h"

namespace caseline {

std::vector<Alert> EscalationOverdueRule::evaluate(const OrderFacts &facts,
                                                   const QDateTime &now) const
{
    std::vector<Alert> alerts;
    for (const Escalation &escalation : facts.escalations) {
        if (!escalation.isOpen() || !escalation.dueAt.isValid() || escalation.dueAt >= now) {
            continue;
        }
        const qint64 late = escalation.dueAt.secsTo(now);
        Alert alert;
        alert.rule = id();
        alert.severity = late > 86400 ? AlertSeverity::Critical : AlertSeverity::Warning;
        alert.message = "The escalation to " + escalation.department + " (\"" + escalation.reason +
                        "\", opened by " + escalation.openedBy + " on " +
                        AlertText::time(escalation.openedAt) + ") was due " +
                        AlertText::time(escalation.dueAt) + " and is still " +
                        toString(escalation.state) + ", " +
                        AlertText::duration(std::chrono::seconds(late)) + " late.";
        alert.evidence = {"case:escalation:" + std::to_string(escalation.id)};
        alert.suggestedActions = {"escalate:supervisors", "add-note"};
        alert.orderId = "CASE-" + std::to_string(escalation.caseId);
        alerts.push_back(std::move(alert));
    }
    return alerts;
}

} // namespace caseline
