#pragma once

#include "backoffice/BackofficeConfig.h"
#include "backoffice/ChangeFeedConnector.h"
#include "backoffice/DeliveryConnector.h"
#include "backoffice/HttpClient.h"
#include "backoffice/NotificationsConnector.h"
#include "backoffice/OrdersConnector.h"
#include "backoffice/PaymentsConnector.h"
#include "backoffice/ReturnsConnector.h"

#include <memory>

namespace caseline {

// One connector per back-office system plus the change feed. Each is an interface, so a
// retailer's own system can be wired in beside the reference ones.
struct BackofficeConnectors
{
    std::unique_ptr<OrdersConnector> orders;
    std::unique_ptr<DeliveryConnector> delivery;
    std::unique_ptr<PaymentsConnector> payments;
    std::unique_ptr<ReturnsConnector> returns;
    std::unique_ptr<NotificationsConnector> notifications;
    std::unique_ptr<ChangeFeedConnector> changeFeed;

    // The reference connectors for every system, sending through `http` (which must outlive
    // them) to the endpoints in `config`.
    static BackofficeConnectors reference(const BackofficeConfig &config, HttpClient &http);
};

} // namespace caseline
