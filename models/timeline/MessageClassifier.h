#pragma once

#include "domain/CustomerMessage.h"

#include <QString>
#include <string>

namespace caseline {

// Reads what a customer message tells the customer, in any of the five shop languages: whether
// it announces a cancellation, a refund, a parcel on its way or delivered, and whether it
// promises a return label. Template ids are trusted first; words are the fallback for templates
// it does not know (carriers and departments invent their own).
class MessageClassifier
{
public:
    struct Claims
    {
        bool cancelled = false;
        bool refunded = false;
        bool shipped = false;
        bool delivered = false;

        bool goodsComing() const { return shipped || delivered; }
        bool any() const { return cancelled || refunded || shipped || delivered; }
    };

    static Claims claims(const CustomerMessage &message);
    static bool promisesReturnLabel(const CustomerMessage &message);
    // True when `text` names `id` as a whole token ("ORD-1001" is not in "ORD-1001-R1").
    static bool mentionsId(const std::string &text, const std::string &id);
    // Lower case, accents and hyphens dropped, whitespace collapsed: "Rücksende-\nEtikett" ->
    // "rucksendeetikett", so keyword lists need one spelling per word.
    static QString fold(const std::string &text);
};

} // namespace caseline
