#include "ReturnsSystem.h"

#include "ApiRouter.h"
#include "BehaviourTrigger.h"
#include "JsonFields.h"
#include "ReturnLabelPdf.h"

namespace caseline::backoffice {

ReturnsSystem::ReturnsSystem(BackofficeContext &context)
    : m_context(context)
{
}

nlohmann::json ReturnsSystem::publicView(nlohmann::json authorization)
{
    if (authorization.contains("label") && authorization["label"].is_object()) {
        authorization["label"]["url"] =
            "/returns/v1/returns/" + authorization.value("id", "") + "/label.pdf";
    }
    return authorization;
}

nlohmann::json ReturnsSystem::returnAuthorization(const std::string &id) const
{
    auto found = m_context.db.find(Collection::Returns, id);
    if (!found) {
        throw ApiError::notFound("no return " + id);
    }
    return *found;
}

long long ReturnsSystem::deliveredQuantity(const std::string &orderId,
                                           const std::string &lineId) const
{
    long long delivered = 0;
    for (const nlohmann::json &shipment :
         m_context.db.where(Collection::Shipments, "order_id", orderId)) {
        if (shipment.value("status", std::string()) != "delivered") {
            continue;
        }
        for (const nlohmann::json &line : shipment.value("lines", nlohmann::json::array())) {
            if (line.value("lineId", std::string()) == lineId) {
                delivered += line.value("quantity", 0LL);
            }
        }
    }
    return delivered;
}

nlohmann::json ReturnsSystem::create(const std::string &orderId,
                                     const std::vector<LineQuantity> &lines,
                                     const std::string &reason, const Mutation &mutation)
{
    const auto order = m_context.db.find(Collection::Orders, orderId);
    if (!order) {
        throw ApiError::notFound("no order " + orderId, "orderId");
    }
    for (const LineQuantity &line : lines) {
        long long alreadyReturned = 0;
        for (const nlohmann::json &existing :
             m_context.db.where(Collection::Returns, "order_id", orderId)) {
            for (const nlohmann::json &returned : existing.value("lines", nlohmann::json::array())) {
                if (returned.value("lineId", std::string()) == line.lineId) {
                    alreadyReturned += returned.value("quantity", 0LL);
                }
            }
        }
        const long long delivered = deliveredQuantity(orderId, line.lineId);
        if (delivered == 0) {
            throw ApiError::conflict("line " + line.lineId + " of " + orderId +
                                     " has not been delivered, so it cannot be returned");
        }
        if (alreadyReturned + line.quantity > delivered) {
            throw ApiError::conflict("line " + line.lineId + " of " + orderId + ": " +
                                     std::to_string(alreadyReturned) + " of " +
                                     std::to_string(delivered) +
                                     " delivered already have a return");
        }
    }
    std::string carrier = "BRT";
    for (const nlohmann::json &shipment :
         m_context.db.where(Collection::Shipments, "order_id", orderId)) {
        carrier = shipment.value("carrier", carrier);
    }
    const std::string id = m_context.db.nextId(Collection::Returns, "RET-", 9001);
    const nlohmann::json authorization = {
        {"id", id},
        {"orderId", orderId},
        {"lines", OrderLines::toJson(lines)},
        {"reason", reason},
        {"status", "authorized"},
        {"createdAt", m_context.now()},
        {"label", {{"carrier", carrier}, {"trackingNumber", "RTN" + id.substr(4) + orderId.substr(4, 4)}}}};
    m_context.db.insert(Collection::Returns, authorization);
    m_context.ledger.record("returns", "return.create", orderId, mutation.idempotencyKey);
    m_context.feed.append("returns", "return.created", orderId, order->value("customerId", ""), id,
                          "Return " + id + " authorized for " + orderId + " with a " + carrier +
                              " label: " + reason);
    if (m_context.behaviours) {
        m_context.behaviours->fire("return_created", orderId, orderId);
    }
    return publicView(authorization);
}

QByteArray ReturnsSystem::labelPdf(const std::string &returnId) const
{
    const nlohmann::json authorization = returnAuthorization(returnId);
    const std::string orderId = authorization.value("orderId", "");
    const auto order = m_context.db.find(Collection::Orders, orderId);
    const auto customer =
        order ? m_context.db.find(Collection::Customers, order->value("customerId", ""))
              : std::nullopt;
    ReturnLabelPdf::Fields fields;
    fields.returnId = returnId;
    fields.orderId = orderId;
    fields.carrier = authorization["label"].value("carrier", "");
    fields.trackingNumber = authorization["label"].value("trackingNumber", "");
    fields.reason = authorization.value("reason", "");
    fields.createdAt = authorization.value("createdAt", "");
    if (customer) {
        fields.customerName = customer->value("name", "");
        const nlohmann::json address = customer->value("address", nlohmann::json::object());
        for (const char *part : {"line1", "line2", "postalCode", "city", "country"}) {
            if (address.contains(part) && address[part].is_string()) {
                fields.addressLines.push_back(address[part].get<std::string>());
            }
        }
    }
    for (const nlohmann::json &line : authorization.value("lines", nlohmann::json::array())) {
        const std::string lineId = line.value("lineId", "");
        const nlohmann::json *ordered = order ? OrderLines::find(*order, lineId) : nullptr;
        fields.lines.push_back(std::to_string(line.value("quantity", 0LL)) + " x " +
                               (ordered ? ordered->value("description", lineId) : lineId));
    }
    return ReturnLabelPdf(fields).render();
}

void ReturnsSystem::registerRoutes(ApiRouter &router)
{
    router.add("GET", "/returns/v1/returns", [this](const ApiRequest &request) {
        const std::string *orderId = request.queryValue("order");
        if (!orderId || orderId->empty()) {
            throw ApiError::validation("order", "order is required", 400);
        }
        if (!m_context.db.find(Collection::Orders, *orderId)) {
            throw ApiError::notFound("no order " + *orderId, "order");
        }
        nlohmann::json items = nlohmann::json::array();
        for (const nlohmann::json &authorization :
             m_context.db.where(Collection::Returns, "order_id", *orderId)) {
            items.push_back(publicView(authorization));
        }
        return ApiResponse::json(200, {{"items", items}});
    });
    router.add("GET", "/returns/v1/returns/{id}", [this](const ApiRequest &request) {
        return ApiResponse::json(200, publicView(returnAuthorization(request.pathParams[0])));
    });
    router.add("GET", "/returns/v1/returns/{id}/label.pdf", [this](const ApiRequest &request) {
        ApiResponse response;
        response.contentType = "application/pdf";
        response.body = labelPdf(request.pathParams[0]).toStdString();
        response.headers.emplace_back("Content-Disposition",
                                      "inline; filename=\"" + request.pathParams[0] + ".pdf\"");
        return response;
    });
    router.add(
        "POST", "/returns/v1/returns",
        [this](const ApiRequest &request) {
            const nlohmann::json body = JsonFields::parseObject(request.body);
            const JsonFields fields(body);
            const std::string orderId = fields.requiredString("orderId", 64);
            const nlohmann::json &selection = fields.requiredArray("lines", 1);
            const std::string reason = fields.requiredString("reason");
            const auto order = m_context.db.find(Collection::Orders, orderId);
            if (!order) {
                throw ApiError::notFound("no order " + orderId, "orderId");
            }
            const auto lines = OrderLines::parseSelection(selection, *order, "lines");
            return ApiResponse::json(201, create(orderId, lines, reason,
                                                 {request.header("idempotency-key"),
                                                  "customer-service"}));
        },
        true);
}

} // namespace caseline::backoffice
