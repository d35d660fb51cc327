#pragma once

#include "BackofficeContext.h"
#include "OrderLines.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace caseline::backoffice {

class ApiRouter;
class DeliverySystem;

// Order management: customers, orders, cancellation and replacement orders (/orders/v1).
class OrdersSystem
{
public:
    OrdersSystem(BackofficeContext &context, DeliverySystem &delivery);

    void registerRoutes(ApiRouter &router);

    nlohmann::json customer(const std::string &id) const;
    nlohmann::json order(const std::string &id, const std::string &field = {}) const;
    std::vector<nlohmann::json> searchCustomers(const std::string &text) const;

    nlohmann::json cancel(const std::string &orderId, const std::string &reason,
                          const Mutation &mutation);
    nlohmann::json createReplacement(const std::string &orderId,
                                     const std::vector<LineQuantity> &lines,
                                     const std::string &reason, const Mutation &mutation);

private:
    BackofficeContext &m_context;
    DeliverySystem &m_delivery;
};

} // namespace caseline::backoffice
