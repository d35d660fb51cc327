#include "actions/ActionValidator.h"

#include "../timeline/TimelineTestFacts.h"
#include "actions/ActionError.h"
#include "actions/ActionPlanner.h"

#include <gtest/gtest.h>

namespace caseline::test {
namespace {

std::string refusal(const PlannedAction &plan, const OrderFacts &facts,
                    const std::optional<DeliveryOptions> &options = std::nullopt)
{
    try {
        ActionValidator::check(plan, facts, asOf(), options);
    } catch (const ActionError &error) {
        return error.what();
    }
    return "(accepted)";
}

TEST(ActionPlanner, SpellsEachActionAsTheReferenceWrite)
{
    const PlannedAction refund = ActionPlanner::refund("ORD-1", 1250, "EUR", "late", {{"L1", 1}});
    EXPECT_EQ(refund.system, "payments");
    EXPECT_EQ(refund.path, "/refunds");
    EXPECT_EQ(refund.body.at("amount"), 1250);
    EXPECT_EQ(refund.body.at("lines")[0].at("lineId"), "L1");
    EXPECT_NE(refund.summary.find("12.50 EUR"), std::string::npos) << refund.summary;

    const PlannedAction label = ActionPlanner::returnLabel("ORD-1", {{"L1", 1}}, "wrong item");
    EXPECT_EQ(label.system, "returns");
    EXPECT_EQ(label.path, "/returns");

    const PlannedAction move = ActionPlanner::reschedule("SHP 1", "", "PP-7");
    EXPECT_EQ(move.path, "/shipments/SHP%201/reschedule");
    EXPECT_EQ(move.body, (nlohmann::json{{"pickupPointId", "PP-7"}}));

    EXPECT_EQ(ActionPlanner::cancel("ORD-1", "customer asked").path, "/orders/ORD-1/cancel");
    EXPECT_EQ(ActionPlanner::replace("ORD-1", {{"L1", 1}}, "wrong item").path,
              "/orders/ORD-1/replacement");
    const PlannedAction message =
        ActionPlanner::message("CUS-1", "ORD-1", "email", "it", "Etichetta", "Ecco l'etichetta");
    EXPECT_EQ(message.system, "notifications");
    EXPECT_EQ(message.body.at("language"), "it");
}

TEST(ActionPlanner, RefusesMalformedRequests)
{
    EXPECT_THROW(ActionPlanner::refund("ORD-1", 0, "EUR", "x"), ActionError);
    EXPECT_THROW(ActionPlanner::refund("ORD-1", 100, "EURO", "x"), ActionError);
    EXPECT_THROW(ActionPlanner::refund("ORD-1", 100, "EUR", ""), ActionError);
    EXPECT_THROW(ActionPlanner::returnLabel("ORD-1", {}, "x"), ActionError);
    EXPECT_THROW(ActionPlanner::returnLabel("ORD-1", {{"L1", 0}}, "x"), ActionError);
    EXPECT_THROW(ActionPlanner::returnLabel("ORD-1", {{"L1", 1}, {"L1", 1}}, "x"), ActionError);
    EXPECT_THROW(ActionPlanner::reschedule("SHP-1", "", ""), ActionError);
    EXPECT_THROW(ActionPlanner::reschedule("SHP-1", "S1", "PP-1"), ActionError);
    EXPECT_THROW(ActionPlanner::message("CUS-1", "", "fax", "it", "s", "b"), ActionError);
    EXPECT_THROW(ActionPlanner::message("CUS-1", "", "email", "pt", "s", "b"), ActionError);
}

TEST(ActionValidator, RefundsNeverExceedWhatIsLeftOfThePayment)
{
    const OrderFacts facts = stilettos(); // ORD-1001 paid 49.90, refunded 49.90
    EXPECT_NE(
        refusal(ActionPlanner::refund("ORD-1001", 1, "EUR", "goodwill"), facts).find("left 0"),
        std::string::npos);
    const OrderFacts plain = plainOrder(OrderStatus::Delivered, ShipmentStatus::Delivered);
    EXPECT_EQ(refusal(ActionPlanner::refund("ORD-1", 2000, "EUR", "broken"), plain), "(accepted)");
    EXPECT_NE(
        refusal(ActionPlanner::refund("ORD-1", 2001, "EUR", "broken"), plain).find("more than"),
        std::string::npos);
    EXPECT_NE(refusal(ActionPlanner::refund("ORD-1", 100, "USD", "broken"), plain).find("EUR"),
              std::string::npos);
    EXPECT_NE(refusal(ActionPlanner::refund("ORD-9", 100, "EUR", "broken"), plain).find("ORD-9"),
              std::string::npos);
}

TEST(ActionValidator, ReturnLabelsOnlyForDeliveredLinesNotYetReturned)
{
    const PlannedAction label = ActionPlanner::returnLabel("ORD-1", {{"L1", 1}}, "broken");
    EXPECT_EQ(refusal(label, plainOrder(OrderStatus::Delivered, ShipmentStatus::Delivered)),
              "(accepted)");
    EXPECT_NE(refusal(label, plainOrder(OrderStatus::Dispatched, ShipmentStatus::InTransit))
                  .find("0 delivered"),
              std::string::npos);
    OrderFacts returned = plainOrder(OrderStatus::Delivered, ShipmentStatus::Delivered);
    returned.returns = {
        returnOf("RET-1", "ORD-1", {{"L1", 1}}, "authorized", "2026-10-13T10:00:00Z")};
    EXPECT_NE(refusal(label, returned).find("already being returned"), std::string::npos);
    EXPECT_NE(refusal(ActionPlanner::returnLabel("ORD-1", {{"L9", 1}}, "x"),
                      plainOrder(OrderStatus::Delivered, ShipmentStatus::Delivered))
                  .find("no line L9"),
              std::string::npos);
}

TEST(ActionValidator, CancelOnlyBeforeDispatch)
{
    const PlannedAction cancel = ActionPlanner::cancel("ORD-1", "changed mind");
    EXPECT_EQ(refusal(cancel, plainOrder(OrderStatus::Placed, ShipmentStatus::Created)),
              "(accepted)");
    EXPECT_NE(refusal(cancel, plainOrder(OrderStatus::Dispatched, ShipmentStatus::InTransit))
                  .find("is dispatched"),
              std::string::npos);
}

TEST(ActionValidator, RescheduleOnlyToAnOfferedFutureSlotOrPickupPoint)
{
    const OrderFacts transit = plainOrder(OrderStatus::Dispatched, ShipmentStatus::InTransit);
    DeliveryOptions options;
    options.shipmentId = "SHP-1";
    options.slots = {
        {"S-PAST", at("2026-10-20T08:00:00Z"), at("2026-10-20T12:00:00Z"), "office-hours"},
        {"S-NEXT", at("2026-10-22T08:00:00Z"), at("2026-10-22T12:00:00Z"), "office-hours"}};
    PickupPoint office;
    office.id = "PP-1";
    options.pickupPoints = {office};
    EXPECT_EQ(refusal(ActionPlanner::reschedule("SHP-1", "S-NEXT", ""), transit, options),
              "(accepted)");
    EXPECT_EQ(refusal(ActionPlanner::reschedule("SHP-1", "", "PP-1"), transit, options),
              "(accepted)");
    EXPECT_NE(refusal(ActionPlanner::reschedule("SHP-1", "S-PAST", ""), transit, options)
                  .find("already begun"),
              std::string::npos);
    EXPECT_NE(refusal(ActionPlanner::reschedule("SHP-1", "S-NONE", ""), transit, options)
                  .find("does not offer"),
              std::string::npos);
    EXPECT_NE(refusal(ActionPlanner::reschedule("SHP-1", "S-NEXT", ""),
                      plainOrder(OrderStatus::Delivered, ShipmentStatus::Delivered), options)
                  .find("no longer"),
              std::string::npos);
}

} // namespace
} // namespace caseline::test
