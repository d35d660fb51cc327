#pragma once

#include <string>

namespace caseline::backoffice {

// What the back-office systems tell the behaviour engine: "this just happened to that order".
class BehaviourTrigger
{
public:
    virtual ~BehaviourTrigger() = default;
    // on: replacement_created, order_cancelled, refund_created, return_created,
    // shipment_rescheduled, message_sent. originalOrder is the order a replacement replaces
    // (or the order itself).
    virtual void fire(const std::string &on, const std::string &order,
                      const std::string &originalOrder) = 0;
};

} // namespace caseline::backoffice
