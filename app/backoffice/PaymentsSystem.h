#pragma once

#include "BackofficeContext.h"
#include "OrderLines.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace caseline::backoffice {

class ApiRouter;

// Payments and refunds (/payments/v1). Refunds never exceed what the order's customer paid.
class PaymentsSystem
{
public:
    explicit PaymentsSystem(BackofficeContext &context);

    void registerRoutes(ApiRouter &router);

    long long refunded(const std::string &orderId) const;
    nlohmann::json refund(const std::string &orderId, long long amount, const std::string &currency,
                          const std::string &reason, const std::vector<LineQuantity> &lines,
                          const std::string &issuedBy, const Mutation &mutation);

private:
    BackofficeContext &m_context;
};

} // namespace caseline::backoffice
