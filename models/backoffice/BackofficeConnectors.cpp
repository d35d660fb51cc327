#include "backoffice/BackofficeConnectors.h"

#include "backoffice/ReferenceChangeFeedConnector.h"
#include "backoffice/ReferenceDeliveryConnector.h"
#include "backoffice/ReferenceNotificationsConnector.h"
#include "backoffice/ReferenceOrdersConnector.h"
#include "backoffice/ReferencePaymentsConnector.h"
#include "backoffice/ReferenceReturnsConnector.h"

namespace caseline {

BackofficeConnectors BackofficeConnectors::reference(const BackofficeConfig &config,
                                                     HttpClient &http)
{
    BackofficeConnectors connectors;
    connectors.orders =
        std::make_unique<ReferenceOrdersConnector>(http, config.endpoint(BackofficeSystem::Orders));
    connectors.delivery = std::make_unique<ReferenceDeliveryConnector>(
        http, config.endpoint(BackofficeSystem::Delivery));
    connectors.payments = std::make_unique<ReferencePaymentsConnector>(
        http, config.endpoint(BackofficeSystem::Payments));
    connectors.returns = std::make_unique<ReferenceReturnsConnector>(
        http, config.endpoint(BackofficeSystem::Returns));
    connectors.notifications = std::make_unique<ReferenceNotificationsConnector>(
        http, config.endpoint(BackofficeSystem::Notifications));
    connectors.changeFeed =
        std::make_unique<ReferenceChangeFeedConnector>(http, config.changeFeed());
    return connectors;
}

} // namespace caseline
