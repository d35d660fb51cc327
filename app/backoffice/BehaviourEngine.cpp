#include "BehaviourEngine.h"

#include "ApiError.h"

#include "DeliverySystem.h"
#include "NotificationsSystem.h"
#include "OrdersSystem.h"
#include "PaymentsSystem.h"

#include <QSqlQuery>
#include <QVariant>
#include <cstdio>

namespace caseline::backoffice {

namespace {

// A step's order: "$trigger" is the order the trigger concerned, "$original" the order it
// replaces (or itself); anything else is a literal order id.
std::string resolveOrder(const nlohmann::json &step, const std::string &triggerOrder,
                         const std::string &originalOrder)
{
    const std::string order = step.value("order", std::string("$trigger"));
    if (order == "$trigger") {
        return triggerOrder;
    }
    if (order == "$original") {
        return originalOrder;
    }
    return order;
}

} // namespace

BehaviourEngine::BehaviourEngine(BackofficeContext &context, Systems systems)
    : m_context(context)
    , m_systems(systems)
{
}

void BehaviourEngine::add(const nlohmann::json &behaviour)
{
    m_context.db.insert(Collection::Behaviours, behaviour);
    const nlohmann::json trigger = behaviour.value("trigger", nlohmann::json::object());
    if (trigger.contains("at")) {
        const auto at = Rfc3339::parse(trigger.value("at", ""));
        if (at) {
            const std::string order = trigger.value("order", "");
            schedule(behaviour, *at, order, order);
        }
    }
}

void BehaviourEngine::fire(const std::string &on, const std::string &order,
                           const std::string &originalOrder)
{
    for (const nlohmann::json &behaviour : m_context.db.all(Collection::Behaviours)) {
        const nlohmann::json trigger = behaviour.value("trigger", nlohmann::json::object());
        if (trigger.value("on", "") != on) {
            continue;
        }
        const std::string filter = trigger.value("order", "");
        if (!filter.empty() && filter != order && filter != originalOrder) {
            continue;
        }
        schedule(behaviour, m_context.clock.now(), order, originalOrder);
    }
}

void BehaviourEngine::schedule(const nlohmann::json &behaviour, const QDateTime &start,
                               const std::string &triggerOrder, const std::string &originalOrder)
{
    qint64 offset = 0;
    const nlohmann::json steps = behaviour.value("steps", nlohmann::json::array());
    for (std::size_t index = 0; index < steps.size(); ++index) {
        offset += steps[index].value("after", 0LL);
        QSqlQuery query(m_context.db.connection());
        query.prepare(QStringLiteral("INSERT INTO scheduled_steps (behaviour_id, step, due_at, "
                                     "trigger_order, original_order) VALUES (?, ?, ?, ?, ?)"));
        query.addBindValue(QString::fromStdString(behaviour.value("id", "")));
        query.addBindValue(static_cast<int>(index));
        // RFC 3339 UTC at second precision sorts as text in time order.
        query.addBindValue(QString::fromStdString(Rfc3339::format(start.addSecs(offset))));
        query.addBindValue(QString::fromStdString(triggerOrder));
        query.addBindValue(QString::fromStdString(originalOrder));
        query.exec();
    }
}

int BehaviourEngine::runDue()
{
    int ran = 0;
    // Bounded, so a behaviour that keeps re-triggering itself cannot stall the server.
    for (; ran < 1000; ++ran) {
        QSqlQuery next(m_context.db.connection());
        next.prepare(QStringLiteral(
            "SELECT id, behaviour_id, step, trigger_order, original_order, due_at FROM scheduled_steps "
            "WHERE done = 0 AND due_at <= ? ORDER BY due_at, id LIMIT 1"));
        next.addBindValue(QString::fromStdString(m_context.now()));
        next.exec();
        if (!next.next()) {
            break;
        }
        const qlonglong id = next.value(0).toLongLong();
        const std::string behaviourId = next.value(1).toString().toStdString();
        const int step = next.value(2).toInt();
        const std::string triggerOrder = next.value(3).toString().toStdString();
        const std::string originalOrder = next.value(4).toString().toStdString();
        const auto dueAt = Rfc3339::parse(next.value(5).toString().toStdString());
        next.finish();

        std::string outcome;
        const auto behaviour = m_context.db.find(Collection::Behaviours, behaviourId);
        // What a step does is stamped with the time it was due, not the later time the clock
        // was advanced to.
        m_context.clock.pin(dueAt.value_or(m_context.clock.now()));
        {
            DatabaseTransaction transaction(m_context.db);
            try {
                outcome = behaviour ? runStep(*behaviour, step, triggerOrder, originalOrder)
                                    : "behaviour removed";
                transaction.commit();
            } catch (const ApiError &refused) {
                outcome = "refused: " + refused.detail;
            }
        }
        m_context.clock.unpin();
        std::fprintf(stderr, "behaviour %s step %d (%s): %s\n", behaviourId.c_str(), step,
                     triggerOrder.c_str(), outcome.c_str());
        QSqlQuery done(m_context.db.connection());
        done.prepare(QStringLiteral("UPDATE scheduled_steps SET done = 1, outcome = ? WHERE id = ?"));
        done.addBindValue(QString::fromStdString(outcome));
        done.addBindValue(id);
        done.exec();
    }
    return ran;
}

std::string BehaviourEngine::runStep(const nlohmann::json &behaviour, int index,
                                     const std::string &triggerOrder,
                                     const std::string &originalOrder)
{
    const nlohmann::json step = behaviour["steps"][static_cast<std::size_t>(index)];
    const std::string action = step.value("do", "");
    const std::string orderId = resolveOrder(step, triggerOrder, originalOrder);
    const Mutation mutation{"behaviour:" + behaviour.value("id", "") + ":" + std::to_string(index),
                            step.value("system", "warehouse")};
    const std::string reason = step.value("reason", behaviour.value("description", action));

    if (action == "cancel-order") {
        m_systems.orders.cancel(orderId, reason, mutation);
        return "cancelled " + orderId;
    }
    if (action == "refund") {
        const nlohmann::json order = m_systems.orders.order(orderId);
        long long amount = 0;
        if (step.contains("amount") && step["amount"].is_number_integer()) {
            amount = step["amount"].get<long long>();
        } else {
            amount = order.value("paid", 0LL) - m_systems.payments.refunded(orderId);
        }
        if (amount <= 0) {
            throw ApiError::conflict("nothing left to refund on " + orderId);
        }
        std::vector<LineQuantity> lines;
        for (const nlohmann::json &line : order["lines"]) {
            lines.push_back({line.value("lineId", ""), line.value("quantity", 0LL)});
        }
        m_systems.payments.refund(orderId, amount, order.value("currency", "EUR"), reason, lines,
                                  mutation.system, mutation);
        return "refunded " + std::to_string(amount) + " on " + orderId;
    }
    if (action == "ship" || action == "deliver" || action == "set-shipment-status") {
        const std::string status = action == "ship"      ? "dispatched"
                                   : action == "deliver" ? "delivered"
                                                         : step.value("status", "in_transit");
        const std::string description =
            step.value("description", action == "ship"      ? "Parcel left the warehouse"
                                      : action == "deliver" ? "Delivered to the customer"
                                                            : "Status updated by the carrier");
        const nlohmann::json shipment =
            m_systems.delivery.advanceOrderShipment(orderId, status, description, mutation);
        m_context.ledger.record(mutation.system, "shipment." + status, shipment.value("id", ""),
                                mutation.idempotencyKey);
        return status + " " + shipment.value("id", "");
    }
    if (action == "send-message") {
        const nlohmann::json order = m_systems.orders.order(orderId);
        const nlohmann::json customer = m_systems.orders.customer(order.value("customerId", ""));
        nlohmann::json message = {{"customerId", customer["id"]},
                                  {"orderId", orderId},
                                  {"channel", step.value("channel", "email")},
                                  {"template", step.value("template", "free-text")},
                                  {"language", customer.value("language", "en")},
                                  {"subject", step.value("subject", "")},
                                  {"body", step.value("body", "")},
                                  {"system", mutation.system}};
        m_systems.notifications.send(std::move(message), mutation);
        return "message sent for " + orderId;
    }
    throw ApiError::validation("do", "unknown behaviour step '" + action + "'");
}

} // namespace caseline::backoffice
