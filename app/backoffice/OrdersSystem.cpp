#include "OrdersSystem.h"

#include "ApiRouter.h"
#include "BehaviourTrigger.h"
#include "DeliverySystem.h"
#include "JsonFields.h"
#include "OrderHistory.h"

#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace caseline::backoffice {

namespace {

nlohmann::json items(const std::vector<nlohmann::json> &documents)
{
    return {{"items", documents}};
}

std::string likePattern(const std::string &text)
{
    std::string escaped;
    for (char c : text) {
        if (c == '%' || c == '_' || c == '\\') {
            escaped += '\\';
        }
        escaped += c;
    }
    return "%" + escaped + "%";
}

std::string withoutSpaces(const std::string &text)
{
    std::string result;
    for (char c : text) {
        if (c != ' ') {
            result += c;
        }
    }
    return result;
}

} // namespace

OrdersSystem::OrdersSystem(BackofficeContext &context, DeliverySystem &delivery)
    : m_context(context)
    , m_delivery(delivery)
{
}

nlohmann::json OrdersSystem::customer(const std::string &id) const
{
    auto found = m_context.db.find(Collection::Customers, id);
    if (!found) {
        throw ApiError::notFound("no customer " + id);
    }
    return *found;
}

nlohmann::json OrdersSystem::order(const std::string &id, const std::string &field) const
{
    auto found = m_context.db.find(Collection::Orders, id);
    if (!found) {
        throw ApiError::notFound("no order " + id, field);
    }
    return *found;
}

std::vector<nlohmann::json> OrdersSystem::searchCustomers(const std::string &text) const
{
    // One indexed pass per kind of identifier an agent may have been given on the phone.
    QSqlQuery query(m_context.db.connection());
    query.prepare(QStringLiteral(
        "SELECT id FROM customers WHERE json_extract(doc, '$.name') LIKE :q ESCAPE '\\' "
        "OR json_extract(doc, '$.email') LIKE :q ESCAPE '\\' "
        "OR replace(json_extract(doc, '$.phone'), ' ', '') LIKE :phone ESCAPE '\\' "
        "UNION SELECT customer_id FROM orders WHERE id LIKE :q ESCAPE '\\' "
        "UNION SELECT o.customer_id FROM shipments s JOIN orders o ON o.id = s.order_id "
        "WHERE s.tracking_number LIKE :q ESCAPE '\\' ORDER BY 1"));
    query.bindValue(QStringLiteral(":q"), QString::fromStdString(likePattern(text)));
    const std::string phone = withoutSpaces(text);
    query.bindValue(QStringLiteral(":phone"),
                    QString::fromStdString(likePattern(phone.empty() ? text : phone)));
    query.exec();
    std::vector<nlohmann::json> customers;
    while (query.next()) {
        if (auto found = m_context.db.find(Collection::Customers,
                                           query.value(0).toString().toStdString())) {
            customers.push_back(*found);
        }
    }
    return customers;
}

nlohmann::json OrdersSystem::cancel(const std::string &orderId, const std::string &reason,
                                    const Mutation &mutation)
{
    nlohmann::json current = order(orderId);
    const std::string status = current.value("status", std::string());
    if (status == "cancelled") {
        throw ApiError::conflict("order " + orderId + " is already cancelled");
    }
    if (status == "dispatched" || status == "delivered") {
        throw ApiError::conflict("cannot cancel: order " + orderId + " was already " + status +
                                 "; it can only be returned once delivered");
    }
    current["status"] = "cancelled";
    appendOrderHistory(current, m_context.now(), "cancelled", mutation.system, reason);
    m_context.db.update(Collection::Orders, current);
    m_delivery.cancelUndispatched(orderId, mutation);
    m_context.ledger.record("orders", "order.cancel", orderId, mutation.idempotencyKey);
    m_context.feed.append("orders", "order.cancelled", orderId, current.value("customerId", ""),
                          orderId, "Order " + orderId + " cancelled by " + mutation.system + ": " +
                                       reason);
    if (m_context.behaviours) {
        const std::string original = current.value("replacementFor", nlohmann::json()).is_string()
                                         ? current["replacementFor"].get<std::string>()
                                         : orderId;
        m_context.behaviours->fire("order_cancelled", orderId, original);
    }
    return current;
}

nlohmann::json OrdersSystem::createReplacement(const std::string &orderId,
                                               const std::vector<LineQuantity> &lines,
                                               const std::string &reason,
                                               const Mutation &mutation)
{
    nlohmann::json original = order(orderId);
    if (original.value("status", std::string()) == "cancelled") {
        throw ApiError::conflict("cannot replace lines of cancelled order " + orderId);
    }
    std::string replacementId;
    for (int n = 1;; ++n) {
        replacementId = orderId + "-R" + std::to_string(n);
        if (!m_context.db.find(Collection::Orders, replacementId)) {
            break;
        }
    }
    nlohmann::json replacementLines = nlohmann::json::array();
    long long total = 0;
    for (const LineQuantity &line : lines) {
        nlohmann::json copy = *OrderLines::find(original, line.lineId);
        copy["quantity"] = line.quantity;
        total += line.quantity * copy.value("unitPrice", 0LL);
        replacementLines.push_back(copy);
    }
    const std::string now = m_context.now();
    nlohmann::json replacement = {{"id", replacementId},
                                  {"customerId", original.value("customerId", "")},
                                  {"status", "placed"},
                                  {"channel", "phone"},
                                  {"placedAt", now},
                                  {"currency", original.value("currency", "EUR")},
                                  {"lines", replacementLines},
                                  {"total", total},
                                  {"paid", 0},
                                  {"replacementFor", orderId},
                                  {"replacements", nlohmann::json::array()},
                                  {"history", nlohmann::json::array()}};
    appendOrderHistory(replacement, now, "placed", mutation.system,
                       "replacement for " + orderId + ": " + reason);
    m_context.db.insert(Collection::Orders, replacement);

    original["replacements"].push_back(replacementId);
    appendOrderHistory(original, now, original.value("status", "placed"), mutation.system,
                       "replacement " + replacementId + " ordered: " + reason);
    m_context.db.update(Collection::Orders, original);

    m_delivery.createShipment(replacement, mutation);
    m_context.ledger.record("orders", "order.replacement", orderId, mutation.idempotencyKey);
    m_context.feed.append("orders", "order.replacement_created", replacementId,
                          replacement["customerId"], replacementId,
                          "Replacement " + replacementId + " ordered for " + orderId);
    if (m_context.behaviours) {
        m_context.behaviours->fire("replacement_created", replacementId, orderId);
    }
    return replacement;
}

void OrdersSystem::registerRoutes(ApiRouter &router)
{
    router.add("GET", "/orders/v1/customers", [this](const ApiRequest &request) {
        const std::string *q = request.queryValue("q");
        if (!q || q->size() < 2 || q->size() > 100) {
            throw ApiError::validation("q", "q must be 2 to 100 characters", 400);
        }
        return ApiResponse::json(200, items(searchCustomers(*q)));
    });
    router.add("GET", "/orders/v1/customers/{id}", [this](const ApiRequest &request) {
        return ApiResponse::json(200, customer(request.pathParams[0]));
    });
    router.add("GET", "/orders/v1/orders", [this](const ApiRequest &request) {
        const std::string *customerId = request.queryValue("customer");
        if (!customerId || customerId->empty()) {
            throw ApiError::validation("customer", "customer is required", 400);
        }
        if (!m_context.db.find(Collection::Customers, *customerId)) {
            throw ApiError::notFound("no customer " + *customerId, "customer");
        }
        // Stored in arrival order; customers and agents read them oldest first.
        std::vector<nlohmann::json> orders =
            m_context.db.where(Collection::Orders, "customer_id", *customerId);
        std::stable_sort(orders.begin(), orders.end(), [](const auto &a, const auto &b) {
            return a.value("placedAt", "") < b.value("placedAt", "");
        });
        return ApiResponse::json(200, items(orders));
    });
    router.add("GET", "/orders/v1/orders/{id}", [this](const ApiRequest &request) {
        return ApiResponse::json(200, order(request.pathParams[0]));
    });
    router.add(
        "POST", "/orders/v1/orders/{id}/cancel",
        [this](const ApiRequest &request) {
            const nlohmann::json body = JsonFields::parseObject(request.body);
            const std::string reason = JsonFields(body).requiredString("reason");
            const std::string system =
                JsonFields(body).optionalDepartment("system").value_or("customer-service");
            return ApiResponse::json(
                200, cancel(request.pathParams[0], reason,
                            {request.header("idempotency-key"), system}));
        },
        true);
    router.add(
        "POST", "/orders/v1/orders/{id}/replacement",
        [this](const ApiRequest &request) {
            const nlohmann::json body = JsonFields::parseObject(request.body);
            const JsonFields fields(body);
            const nlohmann::json original = order(request.pathParams[0]);
            const auto lines =
                OrderLines::parseSelection(fields.requiredArray("lines", 1), original, "lines");
            const std::string reason = fields.requiredString("reason");
            return ApiResponse::json(201, createReplacement(request.pathParams[0], lines, reason,
                                                            {request.header("idempotency-key"),
                                                             "customer-service"}));
        },
        true);
}

} // namespace caseline::backoffice
