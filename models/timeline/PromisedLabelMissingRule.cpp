#include "timeline/PromisedLabelMissingRule.h"

#include "timeline/AlertText.h"
#include "timeline/MessageClassifier.h"
#include "timeline/OrderFamily.h"
#include "timeline/TimelineRefs.h"

#include <QCoreApplication>
#include <algorithm>

namespace caseline {

namespace {

// The label reached the customer: the returns system says so, or a message sent once the
// return existed names the return or its label.
bool labelSent(const ReturnAuthorization &item,
               const std::vector<const CustomerMessage *> &messages)
{
    if (item.status == "label_sent" || item.status == "in_transit" || item.status == "received") {
        return true;
    }
    return std::any_of(messages.begin(), messages.end(), [&](const CustomerMessage *message) {
        const std::string text = message->subject + "\n" + message->body;
        return message->sentAt >= item.createdAt &&
               (MessageClassifier::mentionsId(text, item.id) ||
                MessageClassifier::mentionsId(text, item.label->trackingNumber) ||
                MessageClassifier::promisesReturnLabel(*message));
    });
}

} // namespace

PromisedLabelMissingRule::PromisedLabelMissingRule(std::chrono::seconds grace)
    : grace_(grace)
{
}

std::vector<Alert> PromisedLabelMissingRule::evaluate(const OrderFacts &facts,
                                                      const QDateTime &now) const
{
    const OrderFamily families(facts);
    std::vector<Alert> alerts;
    for (const std::string &root : families.roots()) {
        std::vector<const CustomerMessage *> messages;
        const CustomerMessage *firstPromise = nullptr;
        std::vector<std::string> promiseRefs;
        for (const CustomerMessage &message : facts.messages) {
            if (families.rootOfMessage(message) != root) {
                continue;
            }
            messages.push_back(&message);
            if (MessageClassifier::promisesReturnLabel(message)) {
                promiseRefs.push_back(TimelineRefs::message(message.id));
                if (!firstPromise || message.sentAt < firstPromise->sentAt) {
                    firstPromise = &message;
                }
            }
        }
        if (!firstPromise || now < firstPromise->sentAt.addSecs(grace_.count())) {
            continue;
        }
        std::vector<const ReturnAuthorization *> labelled;
        for (const ReturnAuthorization &item : facts.returns) {
            if (item.label && families.rootOf(item.orderId) == root) {
                labelled.push_back(&item);
            }
        }
        const bool anySent = std::any_of(labelled.begin(), labelled.end(), [&](const auto *item) {
            return labelSent(*item, messages);
        });
        if (anySent) {
            continue;
        }

        Alert alert;
        alert.rule = id();
        alert.severity = AlertSeverity::Warning;
        alert.orderId = root;
        alert.evidence = promiseRefs;
        QString sent = QString::fromStdString(firstPromise->id);
        if (firstPromise->orderId) {
            //: A customer message: %1 is its number, %2 the order it is about
            sent = QCoreApplication::translate("PromisedLabelMissingRule", "%1 (about %2)")
                       .arg(sent, QString::fromStdString(*firstPromise->orderId));
        }
        const QString at = QString::fromStdString(AlertText::time(firstPromise->sentAt));
        const QString later = QString::fromStdString(
            AlertText::duration(std::chrono::seconds(firstPromise->sentAt.secsTo(now))));
        const QString allowed = QString::fromStdString(AlertText::duration(grace_));
        if (labelled.empty()) {
            const QString order = QString::fromStdString(root);
            if (families.members(root).size() > 1) {
                //: %1 is when the message was sent, %2 the message, %3 how long ago ("3
                //: days"), %4 the time allowed, %5 the order
                alert.message = QCoreApplication::translate(
                                    "PromisedLabelMissingRule",
                                    "On %1 %2 promised the customer a return label; %3 later "
                                    "(allowed: %4) no return with a label exists for %5 or its "
                                    "replacements.")
                                    .arg(at, sent, later, allowed, order)
                                    .toStdString();
            } else {
                //: %1 is when the message was sent, %2 the message, %3 how long ago ("3
                //: days"), %4 the time allowed, %5 the order
                alert.message = QCoreApplication::translate(
                                    "PromisedLabelMissingRule",
                                    "On %1 %2 promised the customer a return label; %3 later "
                                    "(allowed: %4) no return with a label exists for %5.")
                                    .arg(at, sent, later, allowed, order)
                                    .toStdString();
            }
            alert.suggestedActions = {"issue-return-label", "send-message"};
        } else {
            std::vector<std::string> ids;
            for (const ReturnAuthorization *item : labelled) {
                ids.push_back(item->id);
                alert.evidence.push_back(TimelineRefs::returnAuthorization(item->id));
            }
            //: %1 is when the message was sent, %2 the message, %3 how long ago ("3 days"), %4
            //: the time allowed, %5 the returns
            alert.message =
                QCoreApplication::translate(
                    "PromisedLabelMissingRule",
                    "On %1 %2 promised the customer a return label; %3 later "
                    "(allowed: %4) the label of %5 exists but was never sent.")
                    .arg(at, sent, later, allowed, QString::fromStdString(AlertText::list(ids)))
                    .toStdString();
            alert.suggestedActions = {"send-message", "add-note"};
        }
        alerts.push_back(std::move(alert));
    }
    return alerts;
}

} // namespace caseline
