#include "timeline/PromisedLabelMissingRule.h"

#include "timeline/AlertText.h"
#include "timeline/MessageClassifier.h"
#include "timeline/OrderFamily.h"
#include "timeline/TimelineRefs.h"

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
        const std::string about =
            firstPromise->orderId ? " (about " + *firstPromise->orderId + ")" : std::string();
        const std::string promised =
            "On " + AlertText::time(firstPromise->sentAt) + " " + firstPromise->id + about +
            " promised the customer a return label; " +
            AlertText::duration(std::chrono::seconds(firstPromise->sentAt.secsTo(now))) +
            " later (allowed: " + AlertText::duration(grace_) + ") ";
        if (labelled.empty()) {
            alert.message = promised + "no return with a label exists for " + root +
                            (families.members(root).size() > 1 ? " or its replacements." : ".");
            alert.suggestedActions = {"issue-return-label", "send-message"};
        } else {
            std::vector<std::string> ids;
            for (const ReturnAuthorization *item : labelled) {
                ids.push_back(item->id);
                alert.evidence.push_back(TimelineRefs::returnAuthorization(item->id));
            }
            alert.message =
                promised + "the label of " + AlertText::list(ids) + " exists but was never sent.";
            alert.suggestedActions = {"send-message", "add-note"};
        }
        alerts.push_back(std::move(alert));
    }
    return alerts;
}

} // namespace caseline
