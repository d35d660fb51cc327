#include "DeliverySystem.h"

#include "ApiRouter.h"
#include "BehaviourTrigger.h"
#include "DeliveryOptionsPlanner.h"
#include "JsonFields.h"
#include "OrderHistory.h"

namespace caseline::backoffice {

namespace {

bool isClosed(const std::string &status)
{
    return status == "delivered" || status == "cancelled";
}

std::string trackingPrefix(const std::string &carrier)
{
    std::string prefix;
    for (char c : carrier) {
        if (std::isalpha(static_cast<unsigned char>(c)) && prefix.size() < 3) {
            prefix += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        }
    }
    return prefix.empty() ? "TRK" : prefix;
}

} // namespace

DeliverySystem::DeliverySystem(BackofficeContext &context)
    : m_context(context)
{
}

nlohmann::json DeliverySystem::publicView(nlohmann::json shipment)
{
    shipment.erase("offers");
    return shipment;
}

nlohmann::json DeliverySystem::shipment(const std::string &id) const
{
    auto found = m_context.db.find(Collection::Shipments, id);
    if (!found) {
        throw ApiError::notFound("no shipment " + id);
    }
    return *found;
}

nlohmann::json DeliverySystem::options(const std::string &shipmentId) const
{
    const nlohmann::json current = shipment(shipmentId);
    const std::string status = current.value("status", std::string());
    if (isClosed(status)) {
        throw ApiError::conflict("shipment " + shipmentId + " is " + status +
                                 "; it can no longer be rescheduled");
    }
    const nlohmann::json offers = current.value("offers", nlohmann::json::object());
    const DeliveryOptionsPlanner planner(offers.value("evening", false),
                                         offers.value("saturday", false));
    nlohmann::json slots = nlohmann::json::array();
    for (const DeliverySlot &slot : planner.availableSlots(m_context.clock.now())) {
        slots.push_back(toJson(slot));
    }
    return {{"shipmentId", shipmentId},
            {"slots", slots},
            {"pickupPoints", offers.value("pickupPoints", nlohmann::json::array())}};
}

nlohmann::json DeliverySystem::reschedule(const std::string &shipmentId,
                                          const std::string &slotId,
                                          const std::string &pickupPointId,
                                          const std::string &note, const Mutation &mutation)
{
    nlohmann::json current = shipment(shipmentId);
    const nlohmann::json offered = options(shipmentId); // refuses closed shipments
    std::string description;
    if (!slotId.empty()) {
        const nlohmann::json *chosen = nullptr;
        for (const nlohmann::json &slot : offered["slots"]) {
            if (slot["id"] == slotId) {
                chosen = &slot;
            }
        }
        if (!chosen) {
            throw ApiError::validation("slotId", "slot " + slotId +
                                                     " is not offered for this shipment (past, "
                                                     "unknown or not served by the carrier)");
        }
        current["promisedWindow"] = {{"from", (*chosen)["from"]}, {"to", (*chosen)["to"]}};
        current["pickupPoint"] = nullptr;
        description = "Delivery rescheduled to " + (*chosen)["from"].get<std::string>() + " – " +
                      (*chosen)["to"].get<std::string>();
    } else {
        const nlohmann::json *chosen = nullptr;
        for (const nlohmann::json &point : offered["pickupPoints"]) {
            if (point.value("id", std::string()) == pickupPointId) {
                chosen = &point;
            }
        }
        if (!chosen) {
            throw ApiError::validation("pickupPointId",
                                       "pickup point " + pickupPointId +
                                           " is not offered for this shipment");
        }
        current["pickupPoint"] = *chosen;
        description = "Delivery redirected to pickup point " + chosen->value("name", pickupPointId);
    }
    if (!note.empty()) {
        description += " (" + note + ")";
    }
    current["events"].push_back({{"at", m_context.now()},
                                 {"status", "rescheduled"},
                                 {"location", ""},
                                 {"description", description}});
    m_context.db.update(Collection::Shipments, current);
    const std::string orderId = current.value("orderId", "");
    const auto order = m_context.db.find(Collection::Orders, orderId);
    m_context.ledger.record("delivery", "shipment.reschedule", shipmentId, mutation.idempotencyKey);
    m_context.feed.append("delivery", "shipment.rescheduled", orderId,
                          order ? order->value("customerId", "") : "", shipmentId, description);
    if (m_context.behaviours) {
        m_context.behaviours->fire("shipment_rescheduled", orderId, orderId);
    }
    return current;
}

nlohmann::json DeliverySystem::createShipment(const nlohmann::json &order,
                                              const Mutation &mutation)
{
    const std::string orderId = order.value("id", "");
    // A replacement travels with the carrier that delivered the original, to the same address.
    std::string carrier = "BRT";
    nlohmann::json address = nlohmann::json::object();
    nlohmann::json offers = nlohmann::json::object();
    const std::string original =
        order.value("replacementFor", nlohmann::json()).is_string() ? order["replacementFor"].get<std::string>() : "";
    const auto previous = m_context.db.where(Collection::Shipments, "order_id", original);
    if (!previous.empty()) {
        carrier = previous.front().value("carrier", carrier);
        address = previous.front().value("address", address);
        offers = previous.front().value("offers", offers);
    } else if (auto customer = m_context.db.find(Collection::Customers, order.value("customerId", ""))) {
        address = customer->value("address", address);
    }
    const std::string id = m_context.db.nextId(Collection::Shipments, "SHP-", 9001);
    const QDateTime day = m_context.clock.now().addDays(3);
    const QDateTime from(day.date(), QTime(9, 0), Qt::UTC);
    nlohmann::json lines = nlohmann::json::array();
    for (const nlohmann::json &line : order["lines"]) {
        lines.push_back({{"lineId", line["lineId"]}, {"quantity", line["quantity"]}});
    }
    nlohmann::json shipment = {
        {"id", id},
        {"orderId", orderId},
        {"carrier", carrier},
        {"trackingNumber", trackingPrefix(carrier) + id.substr(4) + "0" + orderId.substr(4, 4)},
        {"status", "created"},
        {"lines", lines},
        {"promisedWindow",
         {{"from", Rfc3339::format(from)}, {"to", Rfc3339::format(from.addSecs(9 * 3600))}}},
        {"address", address},
        {"pickupPoint", nullptr},
        {"events",
         nlohmann::json::array({{{"at", m_context.now()},
                                 {"status", "created"},
                                 {"location", "Warehouse"},
                                 {"description", "Shipment created"}}})},
        {"offers", offers}};
    m_context.db.insert(Collection::Shipments, shipment);
    m_context.feed.append("delivery", "shipment.created", orderId, order.value("customerId", ""), id,
                          "Shipment " + id + " created for " + orderId + " (" +
                              mutation.system + ")");
    return shipment;
}

void DeliverySystem::cancelUndispatched(const std::string &orderId, const Mutation &mutation)
{
    for (nlohmann::json shipment : m_context.db.where(Collection::Shipments, "order_id", orderId)) {
        if (shipment.value("status", std::string()) == "created") {
            setStatus(shipment, "cancelled", "Shipment cancelled with the order", mutation);
        }
    }
}

nlohmann::json DeliverySystem::advanceOrderShipment(const std::string &orderId,
                                                    const std::string &status,
                                                    const std::string &description,
                                                    const Mutation &mutation)
{
    auto order = m_context.db.find(Collection::Orders, orderId);
    if (!order) {
        throw ApiError::notFound("no order " + orderId);
    }
    nlohmann::json target;
    for (const nlohmann::json &shipment : m_context.db.where(Collection::Shipments, "order_id", orderId)) {
        const std::string current = shipment.value("status", std::string());
        if (current != "delivered" && (current != "cancelled" || target.is_null())) {
            target = shipment;
        }
    }
    if (target.is_null()) {
        target = createShipment(*order, mutation);
    }
    setStatus(target, status, description, mutation);
    return target;
}

void DeliverySystem::setStatus(nlohmann::json &shipment, const std::string &status,
                               const std::string &description, const Mutation &mutation)
{
    shipment["status"] = status;
    shipment["events"].push_back({{"at", m_context.now()},
                                  {"status", status},
                                  {"location", ""},
                                  {"description", description}});
    m_context.db.update(Collection::Shipments, shipment);
    const std::string orderId = shipment.value("orderId", "");
    const std::string shipmentId = shipment.value("id", "");

    auto order = m_context.db.find(Collection::Orders, orderId);
    const std::string customerId = order ? order->value("customerId", "") : "";
    m_context.feed.append("delivery", "shipment.status_changed", orderId, customerId, shipmentId,
                          "Shipment " + shipmentId + " " + status + " (" + mutation.system +
                              "): " + description);
    if (order && order->value("status", std::string()) != "cancelled" &&
        (status == "dispatched" || status == "delivered")) {
        (*order)["status"] = status;
        appendOrderHistory(*order, m_context.now(), status, "delivery", description);
        m_context.db.update(Collection::Orders, *order);
    }
}

void DeliverySystem::registerRoutes(ApiRouter &router)
{
    router.add("GET", "/delivery/v1/shipments", [this](const ApiRequest &request) {
        const std::string *orderId = request.queryValue("order");
        if (!orderId || orderId->empty()) {
            throw ApiError::validation("order", "order is required", 400);
        }
        if (!m_context.db.find(Collection::Orders, *orderId)) {
            throw ApiError::notFound("no order " + *orderId, "order");
        }
        nlohmann::json items = nlohmann::json::array();
        for (const nlohmann::json &shipment :
             m_context.db.where(Collection::Shipments, "order_id", *orderId)) {
            items.push_back(publicView(shipment));
        }
        return ApiResponse::json(200, {{"items", items}});
    });
    router.add("GET", "/delivery/v1/shipments/{id}", [this](const ApiRequest &request) {
        return ApiResponse::json(200, publicView(shipment(request.pathParams[0])));
    });
    router.add("GET", "/delivery/v1/shipments/{id}/options", [this](const ApiRequest &request) {
        return ApiResponse::json(200, options(request.pathParams[0]));
    });
    router.add(
        "POST", "/delivery/v1/shipments/{id}/reschedule",
        [this](const ApiRequest &request) {
            const nlohmann::json body = JsonFields::parseObject(request.body);
            const JsonFields fields(body);
            const auto slotId = fields.optionalString("slotId", 64);
            const auto pickupPointId = fields.optionalString("pickupPointId", 64);
            if (slotId.has_value() == pickupPointId.has_value()) {
                throw ApiError::validation(slotId ? "pickupPointId" : "slotId",
                                           "give exactly one of slotId or pickupPointId");
            }
            shipment(request.pathParams[0]); // 404 before anything else
            const std::string note = fields.optionalString("note").value_or("");
            return ApiResponse::json(
                200, publicView(reschedule(request.pathParams[0], slotId.value_or(""),
                                           pickupPointId.value_or(""), note,
                                           {request.header("idempotency-key"),
                                            "customer-service"})));
        },
        true);
}

} // namespace caseline::backoffice
