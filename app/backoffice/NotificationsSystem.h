#pragma once

#include "BackofficeContext.h"

#include <nlohmann/json.hpp>
#include <string>

namespace caseline::backoffice {

class ApiRouter;

// Every customer-facing e-mail and SMS any system sent (/notifications/v1).
class NotificationsSystem
{
public:
    explicit NotificationsSystem(BackofficeContext &context);

    void registerRoutes(ApiRouter &router);

    // message: customerId, orderId (may be empty), channel, language, subject, body, template,
    // system. The caller has validated it.
    nlohmann::json send(nlohmann::json message, const Mutation &mutation);

private:
    BackofficeContext &m_context;
};

} // namespace caseline::backoffice
