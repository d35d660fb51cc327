#include "timeline/ContradictingMessagesRule.h"

#include "timeline/AlertText.h"
#include "timeline/MessageClassifier.h"
#include "timeline/OrderFamily.h"
#include "timeline/TimelineRefs.h"

#include <QCoreApplication>
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
        words.push_back(QCoreApplication::translate("ContradictingMessagesRule", "cancelled",
                                                    "what a message said")
                            .toStdString());
    }
    if (claims.refunded) {
        words.push_back(QCoreApplication::translate("ContradictingMessagesRule", "refunded",
                                                    "what a message said")
                            .toStdString());
    }
    if (claims.delivered) {
        words.push_back(QCoreApplication::translate("ContradictingMessagesRule", "delivered",
                                                    "what a message said")
                            .toStdString());
    } else if (claims.shipped) {
        words.push_back(QCoreApplication::translate("ContradictingMessagesRule", "on its way",
                                                    "what a message said")
                            .toStdString());
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
        //: %1 is a message, %2 when it was sent, %3 the order, %4 what it said ("cancelled and
        //: refunded"); %5 a later message, %6 how much later ("3 days"), %7 its order, %8 what it
        //: said ("on its way")
        QString message =
            QCoreApplication::translate("ContradictingMessagesRule",
                                        "%1 (%2) told the customer %3 was %4; %5, %6 later, said "
                                        "%7 was %8.")
                .arg(QString::fromStdString(a.message->id),
                     QString::fromStdString(AlertText::time(a.message->sentAt)),
                     QString::fromStdString(about(a, root)),
                     QString::fromStdString(describe(a.claims)),
                     QString::fromStdString(b.message->id),
                     QString::fromStdString(AlertText::duration(
                         std::chrono::seconds(a.message->sentAt.secsTo(b.message->sentAt)))),
                     QString::fromStdString(about(b, root)),
                     QString::fromStdString(describe(b.claims)));
        if (pairs.size() > 1) {
            const int more = static_cast<int>(pairs.size() - 1);
            //: Follows the alert's first sentence when more pairs of messages contradict
            const QString others = QCoreApplication::translate(
                "ContradictingMessagesRule",
                "%n more contradicting pairs in messages about this order.", nullptr, more);
            message += QLatin1Char(' ') +
                       AlertText::singularWhenUntranslated(
                           others, "%n more contradicting pairs in messages about this order.",
                           "%n more contradicting pair in messages about this order.", more);
        }
        alert.message = message.toStdString();
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
