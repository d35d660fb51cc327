#pragma once

#include "BackofficeContext.h"
#include "BehaviourTrigger.h"

#include <nlohmann/json.hpp>
#include <string>

namespace caseline::backoffice {

class DeliverySystem;
class NotificationsSystem;
class OrdersSystem;
class PaymentsSystem;

// Scheduled and triggered back-office reactions from scenario files, e.g. "when a replacement
// order is created, after 1 day finance cancels it and refunds; 2 days later the warehouse
// ships it anyway". Steps are persisted with their due time and run when the simulated clock
// reaches it, so tests drive them by advancing the clock.
class BehaviourEngine : public BehaviourTrigger
{
public:
    struct Systems
    {
        OrdersSystem &orders;
        DeliverySystem &delivery;
        PaymentsSystem &payments;
        NotificationsSystem &notifications;
    };

    BehaviourEngine(BackofficeContext &context, Systems systems);

    // Stores a behaviour (already shifted to the server's time); timed ones are scheduled now.
    void add(const nlohmann::json &behaviour);
    void fire(const std::string &on, const std::string &order,
              const std::string &originalOrder) override;
    // Runs every step that is due, oldest first, each in its own transaction.
    // Returns how many ran.
    int runDue();

private:
    void schedule(const nlohmann::json &behaviour, const QDateTime &start,
                  const std::string &triggerOrder, const std::string &originalOrder);
    std::string runStep(const nlohmann::json &behaviour, int index, const std::string &triggerOrder,
                        const std::string &originalOrder);

    BackofficeContext &m_context;
    Systems m_systems;
};

} // namespace caseline::backoffice
