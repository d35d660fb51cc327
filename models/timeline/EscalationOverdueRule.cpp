#include "timeline/EscalationOverdueRule.h"

#include "timeline/AlertText.h"

#include <QCoreApplication>

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
        //: %1 is a department, %2 the reason given, %3 who opened the escalation, %4 when, %5
        //: when it was due, %6 its state ("open"), %7 how late it is ("2 days")
        alert.message =
            QCoreApplication::translate("EscalationOverdueRule",
                                        "The escalation to %1 (\"%2\", opened by %3 on %4) was "
                                        "due %5 and is still %6, %7 late.")
                .arg(QString::fromStdString(escalation.department),
                     QString::fromStdString(escalation.reason),
                     QString::fromStdString(escalation.openedBy),
                     QString::fromStdString(AlertText::time(escalation.openedAt)),
                     QString::fromStdString(AlertText::time(escalation.dueAt)),
                     QString::fromStdString(AlertText::status(toString(escalation.state))),
                     QString::fromStdString(AlertText::duration(std::chrono::seconds(late))))
                .toStdString();
        alert.evidence = {"case:escalation:" + std::to_string(escalation.id)};
        alert.suggestedActions = {"escalate:supervisors", "add-note"};
        alert.orderId = "CASE-" + std::to_string(escalation.caseId);
        alerts.push_back(std::move(alert));
    }
    return alerts;
}

} // namespace caseline
