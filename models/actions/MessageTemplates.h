#pragma once

#include "actions/PlannedAction.h"

#include <string>

namespace caseline {

// The customer messages Caseline sends on its own — the acknowledgement of a written complaint
// and the note after an action — in the customer's language (en, it, de, es, fr; anything else
// falls back to English). Placeholders: {case}, {order}.
class MessageTemplates
{
public:
    // Template names: acknowledgement, return-label, refund, reschedule, cancel, replace.
    static bool has(const std::string &name);
    static PlannedAction message(const std::string &name, const std::string &language,
                                 const std::string &customerId, const std::string &orderId,
                                 const std::string &caseReference);
};

} // namespace caseline
