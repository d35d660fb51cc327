#pragma once

#include "BackofficeContext.h"
#include "OrderLines.h"

#include <QByteArray>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace caseline::backoffice {

class ApiRouter;

// Returns and return labels (/returns/v1). Only delivered lines can be returned.
class ReturnsSystem
{
public:
    explicit ReturnsSystem(BackofficeContext &context);

    void registerRoutes(ApiRouter &router);

    nlohmann::json returnAuthorization(const std::string &id) const;
    nlohmann::json create(const std::string &orderId, const std::vector<LineQuantity> &lines,
                          const std::string &reason, const Mutation &mutation);
    QByteArray labelPdf(const std::string &returnId) const;

    // Derived fields every return shows (the label's download address).
    static nlohmann::json publicView(nlohmann::json authorization);

private:
    long long deliveredQuantity(const std::string &orderId, const std::string &lineId) const;

    BackofficeContext &m_context;
};

} // namespace caseline::backoffice
