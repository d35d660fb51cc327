#include "PaymentsSystem.h"

#include "ApiRouter.h"
#include "BehaviourTrigger.h"
#include "JsonFields.h"

#include <QRegularExpression>
#include <cstdio>

namespace caseline::backoffice {

namespace {

std::string money(long long minor, const std::string &currency)
{
    char text[64];
    std::snprintf(text, sizeof text, "%lld.%02lld %s", minor / 100, minor % 100, currency.c_str());
    return text;
}

} // namespace

PaymentsSystem::PaymentsSystem(BackofficeContext &context)
    : m_context(context)
{
}

long long PaymentsSystem::refunded(const std::string &orderId) const
{
    long long sum = 0;
    for (const nlohmann::json &refund : m_context.db.where(Collection::Refunds, "order_id", orderId)) {
        sum += refund.value("amount", 0LL);
    }
    return sum;
}

nlohmann::json PaymentsSystem::refund(const std::string &orderId, long long amount,
                                      const std::string &currency, const std::string &reason,
                                      const std::vector<LineQuantity> &lines,
                                      const std::string &issuedBy, const Mutation &mutation)
{
    const auto order = m_context.db.find(Collection::Orders, orderId);
    if (!order) {
        throw ApiError::notFound("no order " + orderId, "orderId");
    }
    const std::string orderCurrency = order->value("currency", "EUR");
    if (currency != orderCurrency) {
        throw ApiError::validation("currency", "order " + orderId + " was paid in " +
                                                   orderCurrency + ", not " + currency);
    }
    const long long paid = order->value("paid", 0LL);
    const long long already = refunded(orderId);
    if (already + amount > paid) {
        throw ApiError::conflict("refund would exceed the " + money(paid, orderCurrency) +
                                 " paid for " + orderId + " (" + money(already, orderCurrency) +
                                 " already refunded)");
    }
    const nlohmann::json refund = {{"id", m_context.db.nextId(Collection::Refunds, "REF-", 9001)},
                                   {"orderId", orderId},
                                   {"amount", amount},
                                   {"currency", currency},
                                   {"reason", reason},
                                   {"lines", OrderLines::toJson(lines)},
                                   {"status", "succeeded"},
                                   {"createdAt", m_context.now()},
                                   {"issuedBy", issuedBy}};
    m_context.db.insert(Collection::Refunds, refund);
    m_context.ledger.record("payments", "refund.create", orderId, mutation.idempotencyKey);
    m_context.feed.append("payments", "refund.created", orderId, order->value("customerId", ""),
                          refund["id"], "Refund of " + money(amount, currency) + " on " +
                                            orderId + " by " + issuedBy + ": " + reason);
    if (m_context.behaviours) {
        const std::string original = order->value("replacementFor", nlohmann::json()).is_string()
                                         ? (*order)["replacementFor"].get<std::string>()
                                         : orderId;
        m_context.behaviours->fire("refund_created", orderId, original);
    }
    return refund;
}

void PaymentsSystem::registerRoutes(ApiRouter &router)
{
    router.add("GET", "/payments/v1/refunds", [this](const ApiRequest &request) {
        const std::string *orderId = request.queryValue("order");
        if (!orderId || orderId->empty()) {
            throw ApiError::validation("order", "order is required", 400);
        }
        if (!m_context.db.find(Collection::Orders, *orderId)) {
            throw ApiError::notFound("no order " + *orderId, "order");
        }
        return ApiResponse::json(
            200, {{"items", m_context.db.where(Collection::Refunds, "order_id", *orderId)}});
    });
    router.add(
        "POST", "/payments/v1/refunds",
        [this](const ApiRequest &request) {
            const nlohmann::json body = JsonFields::parseObject(request.body);
            const JsonFields fields(body);
            const std::string orderId = fields.requiredString("orderId", 64);
            const long long amount = fields.requiredInteger("amount", 1, 1'000'000'000'00LL);
            const std::string currency = fields.requiredString("currency", 3);
            static const QRegularExpression iso4217(QStringLiteral("^[A-Z]{3}$"));
            if (!iso4217.match(QString::fromStdString(currency)).hasMatch()) {
                throw ApiError::validation("currency", "currency must be an ISO 4217 code such as EUR");
            }
            const std::string reason = fields.requiredString("reason");
            const std::string issuedBy =
                fields.optionalDepartment("issuedBy").value_or("customer-service");
            const auto order = m_context.db.find(Collection::Orders, orderId);
            if (!order) {
                throw ApiError::notFound("no order " + orderId, "orderId");
            }
            std::vector<LineQuantity> lines;
            if (const nlohmann::json *selection = fields.optionalArray("lines")) {
                lines = OrderLines::parseSelection(*selection, *order, "lines");
            }
            return ApiResponse::json(201, refund(orderId, amount, currency, reason, lines, issuedBy,
                                                 {request.header("idempotency-key"), issuedBy}));
        },
        true);
}

} // namespace caseline::backoffice
