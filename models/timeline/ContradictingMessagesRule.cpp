#include "timeline/ContradictingMessagesRule.h"

#include "timeline/AlertText.h"
#include "timeline/MessageClassifier.h"
#include "timeline/OrderFamily.h"
#include "timeline/TimelineRefs.h"

#include <algorithm>

namespace caseline {

namespace {

struct Said
{
    const CustomerMessage *message;
    MessageClassifier::Claims claims;
};

bool contradicts(const MessageClassifier::Claims &earlier, const MessageClassifier::Claims &later)
{
    return ((earlier.cancelled || earlier.refunded) && later.goodsComing()) ||
           (earlier.goodsComing() && later.cancelled);
}

std::string describe(const MessageClassifier::Claims &claims)
{
    std::vector<std::string> words;
    if (claims.cancelled) {
        words.push_back("cancelled");
    }
    if (claims.refunded) {
        words.push_back("refunded");
    }
    if (claims.delivered) {
        words.push_back("delivered");
    } else if (claims.shipped) {
        words.push_back("on its way");
    }
    return AlertText::list(words);
}

std::string about(const Said &said, const std::string &root)
{
    return said.message->orderId.value_or(root);
}

} // namespace

ContradictingMessagesRule::ContradictingMessagesRule(std::chrono::seconds window)
    : window_(window)
{
}

std::vector<Alert> ContradictingMessagesRule::evaluate(const OrderFacts &facts,
                                                       const QDateTime &) const
{
    const OrderFamily families(facts);
    std::vector<Alert> alerts;
    for (const std::string &root : families.roots()) {
        std::vector<Said> said;
        for (const CustomerMessage &message : facts.messages) {
            const MessageClassifier::Claims claims = MessageClassifier::claims(message);
            if (claims.any() && families.rootOfMessage(message) == root) {
                said.push_back({&message, claims});
            }
        }
        std::stable_sort(said.begin(), said.end(), [](const Said &a, const Said &b) {
            return a.message->sentAt < b.message->sentAt;
        });

        std::vector<std::pair<std::size_t, std::size_t>> pairs;
        for (std::size_t later = 0; later < said.size(); ++later) {
            for (std::size_t earlier = 0; earlier < later; ++earlier) {
                const qint64 apart =
                    said[earlier].message->sentAt.secsTo(said[later].message->sentAt);
                if (apart <= window_.count() &&
                    contradicts(said[earlier].claims, said[later].claims)) {
                    pairs.emplace_back(earlier, later);
                }
            }
        }
        if (pairs.empty()) {
            continue;
        }

        // Pairs are ordered by their later message, so the last one is the newest contradiction.
        const auto [first, second] = pairs.back();
        const Said &a = said[first];
        const Said &b = said[second];
        Alert alert;
        alert.rule = id();
        alert.severity = AlertSeverity::Warning;
        alert.orderId = about(b, root);
        alert.message =
            a.message->id + " (" + AlertText::time(a.message->sentAt) + ") told the customer " +
            about(a, root) + " was " + describe(a.claims) + "; " + b.message->id + ", " +
            AlertText::duration(std::chrono::seconds(a.message->sentAt.secsTo(b.message->sentAt))) +
            " later, said " + about(b, root) + " was " + describe(b.claims) + ".";
        if (pairs.size() > 1) {
            alert.message += " " +
                             AlertText::count(static_cast<long long>(pairs.size() - 1),
                                              "more contradicting pair") +
                             " in messages about this order.";
        }
        for (std::size_t i = 0; i < said.size(); ++i) {
            const bool involved = std::any_of(pairs.begin(), pairs.end(), [i](const auto &pair) {
                return pair.first == i || pair.second == i;
            });
            if (involved) {
                alert.evidence.push_back(TimelineRefs::message(said[i].message->id));
            }
        }
        alert.suggestedActions = {"send-message", "add-note"};
        alerts.push_back(std::move(alert));
    }
    return alerts;
}

} // namespace caseline
