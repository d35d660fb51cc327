#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"
#include "ApiRouter.h"
#include "BackofficeContext.h"
#include "BackofficeOptions.h"
#include "BehaviourEngine.h"
#include "DeliverySystem.h"
#include "FaultInjector.h"
#include "IdempotencyStore.h"
#include "NotificationsSystem.h"
#include "OrdersSystem.h"
#include "PaymentsSystem.h"
#include "ReturnsSystem.h"

#include <memory>

namespace caseline::backoffice {

// The reference back-office without its transport: five systems, the change feed, the test
// controls, idempotency and state. The HTTP server (or a test) hands it requests.
class ReferenceBackoffice
{
public:
    explicit ReferenceBackoffice(const BackofficeOptions &options);
    ~ReferenceBackoffice();

    ApiResponse handle(ApiRequest &request);

    // Throws ScenarioError with a readable message when a file cannot be loaded.
    void loadScenarioFile(const QString &path);
    void loadDemo();
    // Runs behaviour steps that are due; returns how many ran.
    int runBehaviours();

    FaultInjector &faults() { return m_faults; }
    const ChangeFeed &feed() const { return m_feed; }
    const SimulatedClock &clock() const { return m_clock; }
    bool isControlRoute(const std::string &path) const;

private:
    ApiResponse dispatch(ApiRequest &request);
    ApiResponse runMutation(const ApiRouter::Handler &handler, ApiRequest &request);
    void registerControlRoutes();

    BackofficeOptions m_options;
    std::unique_ptr<BackofficeDatabase> m_db;
    SimulatedClock m_clock;
    ChangeFeed m_feed;
    MutationLedger m_ledger;
    IdempotencyStore m_idempotency;
    FaultInjector m_faults;
    BackofficeContext m_context;
    DeliverySystem m_delivery;
    OrdersSystem m_orders;
    PaymentsSystem m_payments;
    ReturnsSystem m_returns;
    NotificationsSystem m_notifications;
    BehaviourEngine m_behaviours;
    ApiRouter m_router;
};

} // namespace caseline::backoffice
