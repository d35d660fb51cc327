#include "NotificationsSystem.h"

#include "ApiRouter.h"
#include "BehaviourTrigger.h"
#include "JsonFields.h"

#include <algorithm>

namespace caseline::backoffice {

namespace {

std::vector<nlohmann::json> oldestFirst(std::vector<nlohmann::json> messages)
{
    // RFC 3339 UTC at second precision sorts as text.
    std::stable_sort(messages.begin(), messages.end(), [](const auto &a, const auto &b) {
        return a.value("sentAt", "") < b.value("sentAt", "");
    });
    return messages;
}

} // namespace

NotificationsSystem::NotificationsSystem(BackofficeContext &context)
    : m_context(context)
{
}

nlohmann::json NotificationsSystem::send(nlohmann::json message, const Mutation &mutation)
{
    message["id"] = m_context.db.nextId(Collection::Messages, "MSG-", 9001);
    message["sentAt"] = m_context.now();
    m_context.db.insert(Collection::Messages, message);
    const std::string orderId = message["orderId"].is_string() ? message["orderId"].get<std::string>() : "";
    const std::string customerId = message.value("customerId", "");
    m_context.ledger.record("notifications", "message.send", orderId.empty() ? customerId : orderId,
                            mutation.idempotencyKey);
    m_context.feed.append("notifications", "message.sent", orderId, customerId, message["id"],
                          message.value("channel", "email") + " to " + customerId + ": " +
                              message.value("subject", ""));
    if (m_context.behaviours && !orderId.empty()) {
        m_context.behaviours->fire("message_sent", orderId, orderId);
    }
    return message;
}

void NotificationsSystem::registerRoutes(ApiRouter &router)
{
    router.add("GET", "/notifications/v1/messages", [this](const ApiRequest &request) {
        const std::string *customerId = request.queryValue("customer");
        const std::string *orderId = request.queryValue("order");
        if ((customerId == nullptr) == (orderId == nullptr)) {
            throw ApiError::validation(customerId ? "order" : "customer",
                                       "give exactly one of customer or order", 400);
        }
        if (customerId) {
            if (!m_context.db.find(Collection::Customers, *customerId)) {
                throw ApiError::notFound("no customer " + *customerId, "customer");
            }
            return ApiResponse::json(
                200, {{"items", oldestFirst(m_context.db.where(Collection::Messages, "customer_id",
                                                               *customerId))}});
        }
        if (!m_context.db.find(Collection::Orders, *orderId)) {
            throw ApiError::notFound("no order " + *orderId, "order");
        }
        return ApiResponse::json(
            200, {{"items", oldestFirst(m_context.db.where(Collection::Messages, "order_id",
                                                           *orderId))}});
    });
    router.add(
        "POST", "/notifications/v1/messages",
        [this](const ApiRequest &request) {
            const nlohmann::json body = JsonFields::parseObject(request.body);
            const JsonFields fields(body);
            const std::string customerId = fields.requiredString("customerId", 64);
            const auto orderId = fields.optionalString("orderId", 64);
            const std::string channel = fields.requiredOneOf("channel", {"email", "sms"});
            const std::string language =
                fields.requiredOneOf("language", {"en", "it", "de", "es", "fr"});
            const std::string subject = fields.requiredString("subject", 300);
            const std::string text = fields.requiredString("body", 10000);
            const std::string templateId = fields.optionalString("template", 100).value_or("free-text");
            const std::string system =
                fields.optionalDepartment("system").value_or("customer-service");
            if (!m_context.db.find(Collection::Customers, customerId)) {
                throw ApiError::notFound("no customer " + customerId, "customerId");
            }
            if (orderId) {
                const auto order = m_context.db.find(Collection::Orders, *orderId);
                if (!order) {
                    throw ApiError::notFound("no order " + *orderId, "orderId");
                }
                if (order->value("customerId", "") != customerId) {
                    throw ApiError::validation("orderId", "order " + *orderId +
                                                              " belongs to another customer");
                }
            }
            nlohmann::json message = {{"customerId", customerId},
                                      {"orderId", orderId ? nlohmann::json(*orderId) : nlohmann::json()},
                                      {"channel", channel},
                                      {"template", templateId},
                                      {"language", language},
                                      {"subject", subject},
                                      {"body", text},
                                      {"system", system}};
            return ApiResponse::json(201, send(std::move(message),
                                               {request.header("idempotency-key"), system}));
        },
        true);
}

} // namespace caseline::backoffice
