#include "BackofficeJsonSamples.h"
#include "backoffice/ChangeEventJson.h"
#include "backoffice/CustomerJson.h"
#include "backoffice/DeliveryOptionsJson.h"
#include "backoffice/JsonBody.h"
#include "backoffice/MessageJson.h"
#include "backoffice/OrderJson.h"
#include "backoffice/RefundJson.h"
#include "backoffice/ReturnJson.h"
#include "backoffice/ShipmentJson.h"

#include <gtest/gtest.h>
#include <limits>
#include <ostream>
#include <tuple>

// Readable times in failure messages.
void PrintTo(const QDateTime &time, std::ostream *stream)
{
    *stream << time.toString(Qt::ISODate).toStdString();
}

namespace caseline {

// Every member of each domain type, so a whole mapped value is compared (and printed) at once
// and no member can be left unchecked.
auto fields(const Address &v)
{
    return std::tie(v.line1, v.line2, v.city, v.postalCode, v.country);
}
auto fields(const Customer &v)
{
    return std::tie(v.id, v.name, v.email, v.phone, v.language, v.preferredChannel, v.address);
}
auto fields(const OrderLine &v)
{
    return std::tie(v.lineId, v.sku, v.description, v.quantity, v.unitPrice);
}
auto fields(const OrderHistoryEntry &v)
{
    return std::tie(v.at, v.status, v.system, v.note);
}
auto fields(const Order &v)
{
    return std::tie(v.id, v.customerId, v.status, v.channel, v.placedAt, v.currency, v.lines,
                    v.total, v.paid, v.replacementFor, v.replacements, v.history);
}
auto fields(const DeliveryWindow &v)
{
    return std::tie(v.from, v.to);
}
auto fields(const OpeningHours &v)
{
    return std::tie(v.days, v.from, v.to);
}
auto fields(const PickupPoint &v)
{
    return std::tie(v.id, v.kind, v.name, v.address, v.openingHours);
}
auto fields(const TrackingEvent &v)
{
    return std::tie(v.at, v.status, v.location, v.description);
}
auto fields(const Shipment &v)
{
    return std::tie(v.id, v.orderId, v.carrier, v.trackingNumber, v.status, v.lines,
                    v.promisedWindow, v.address, v.pickupPoint, v.events);
}
auto fields(const DeliverySlot &v)
{
    return std::tie(v.id, v.from, v.to, v.kind);
}
auto fields(const DeliveryOptions &v)
{
    return std::tie(v.shipmentId, v.slots, v.pickupPoints);
}
auto fields(const Refund &v)
{
    return std::tie(v.id, v.orderId, v.amount, v.currency, v.reason, v.lines, v.status, v.createdAt,
                    v.issuedBy);
}
auto fields(const ReturnLabel &v)
{
    return std::tie(v.carrier, v.trackingNumber, v.url);
}
auto fields(const ReturnAuthorization &v)
{
    return std::tie(v.id, v.orderId, v.lines, v.reason, v.status, v.createdAt, v.label);
}
auto fields(const CustomerMessage &v)
{
    return std::tie(v.id, v.customerId, v.orderId, v.channel, v.sentAt, v.templateId, v.language,
                    v.subject, v.body, v.system);
}
auto fields(const ChangeEvent &v)
{
    return std::tie(v.seq, v.at, v.system, v.kind, v.orderId, v.customerId, v.ref, v.summary);
}
auto fields(const ChangeEventPage &v)
{
    return std::tie(v.events, v.next);
}

template<typename Value>
requires requires(const Value &value)
{
    fields(value);
}
bool operator==(const Value &left, const Value &right)
{
    return fields(left) == fields(right);
}

template<typename Value>
requires requires(const Value &value)
{
    fields(value);
}
void PrintTo(const Value &value, std::ostream *stream)
{
    // Copies, as gtest prints references with their addresses.
    const auto copies = std::apply(
        [](const auto &...members) { return std::make_tuple(members...); }, fields(value));
    *stream << ::testing::PrintToString(copies);
}

void PrintTo(OrderStatus status, std::ostream *stream)
{
    *stream << toString(status);
}

void PrintTo(ShipmentStatus status, std::ostream *stream)
{
    *stream << toString(status);
}

void PrintTo(const LineQuantity &line, std::ostream *stream)
{
    *stream << line.lineId << " x" << line.quantity;
}

} // namespace caseline

using namespace caseline;
using namespace caseline::test;

namespace {

QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
}

const Address viaTorino{"Via Torino 12", "", "Milano", "20123", "IT"};

const OrderLine overalls{"L1", "OVR-BLU-M", "Denim overalls, size M", 1, 4990};

const Customer giulia{"CUS-1001",         "Giulia Rossi", "giulia.rossi@example.it",
                      "+39 347 555 0101", "it",           "email",
                      viaTorino};

const Order original{
    .id = "ORD-1001",
    .customerId = "CUS-1001",
    .status = OrderStatus::Delivered,
    .channel = "web",
    .placedAt = utc(2026, 10, 12, 9, 30),
    .currency = "EUR",
    .lines = {overalls, {"L2", "SCK-GRY-42", "Wool socks, pack of 3", 2, 1250}},
    .total = 7490,
    .paid = 7490,
    .replacementFor = std::nullopt,
    .replacements = {"ORD-1001-R1"},
    .history = {{utc(2026, 10, 12, 9, 30), "placed", "orders", "Placed on the web shop"},
                // +02:00 with a fraction: UTC at second precision.
                {utc(2026, 10, 13, 8, 15, 30), "dispatched", "warehouse", ""},
                {utc(2026, 10, 15, 16, 40), "delivered", "delivery", "Signed by G. Rossi"}},
};

const Order replacement{
    .id = "ORD-1001-R1",
    .customerId = "CUS-1001",
    .status = OrderStatus::Placed,
    .channel = "phone",
    .placedAt = utc(2026, 10, 16, 11, 0),
    .currency = "EUR",
    .lines = {overalls},
    .total = 4990,
    .paid = 0,
    .replacementFor = "ORD-1001",
    .replacements = {},
    .history = {},
};

const Shipment delivered{
    .id = "SHP-1001",
    .orderId = "ORD-1001",
    .carrier = "BRT",
    .trackingNumber = "BRT100101001",
    .status = ShipmentStatus::Delivered,
    .lines = {{"L1", 1}, {"L2", 2}},
    .promisedWindow = DeliveryWindow{utc(2026, 10, 15, 7, 0), utc(2026, 10, 15, 16, 0)},
    .address = viaTorino,
    .pickupPoint = std::nullopt,
    .events = {{utc(2026, 10, 13, 8, 15), "created", "Warehouse", "Shipment created"},
               {utc(2026, 10, 14, 6, 2), "in_transit", "Milano hub", "Parcel at the hub"},
               {utc(2026, 10, 15, 14, 40), "delivered", "", "Delivered"}},
};

const Shipment redirected{
    .id = "SHP-1002",
    .orderId = "ORD-1001-R1",
    .carrier = "Poste",
    .trackingNumber = "PST100201001",
    .status = ShipmentStatus::OutForDelivery,
    .lines = {{"L1", 1}},
    .promisedWindow = std::nullopt,
    .address = {"Via Torino 12", "Scala B", "Milano", "20123", "IT"},
    .pickupPoint = PickupPoint{"PUP-MI-001",
                               "post-office",
                               "Poste Italiane Milano 12",
                               {"Via Dante 4", "", "Milano", "20121", "IT"},
                               {{"Mon-Fri", "08:30", "19:00"}, {"Sat", "08:30", "12:30"}}},
    .events = {{utc(2026, 10, 17, 8, 0), "created", "Warehouse", "Shipment created"},
               {utc(2026, 10, 18, 9, 0), "rescheduled", "",
                "Delivery moved to pickup point PUP-MI-001"},
               {utc(2026, 10, 19, 7, 45), "out_for_delivery", "Milano", "Out for delivery"}},
};

const Refund lineRefund{"REF-1001",           "ORD-1001",  1250,        "EUR",
                        "damaged on arrival", {{"L2", 1}}, "succeeded", utc(2026, 10, 16, 10, 5),
                        "customer-service"};

const ReturnAuthorization labelSent{
    "RET-1001",
    "ORD-1001",
    {{"L1", 1}},
    "too small",
    "label_sent",
    utc(2026, 10, 16, 9, 0),
    ReturnLabel{"BRT", "RTN10011001", "/returns/v1/returns/RET-1001/label.pdf"}};

const CustomerMessage dispatchMail{"MSG-1001",
                                   "CUS-1001",
                                   "ORD-1001",
                                   "email",
                                   utc(2026, 10, 13, 8, 20),
                                   "dispatch-confirmation",
                                   "it",
                                   "Il tuo ordine è in viaggio",
                                   "Ciao Giulia,\nil tuo ordine è partito.",
                                   "orders"};

} // namespace

TEST(BackofficeJson, ParsesABodyText)
{
    const nlohmann::json body = parseJsonBody(R"( {"a": [1, 2.5, "x", null, true]} )");
    ASSERT_TRUE(body.is_object());
    EXPECT_EQ(body.at("a").size(), 5u);
}

TEST(BackofficeJson, MapsACustomerIgnoringUnknownMembers)
{
    EXPECT_EQ(customerFromJson(sampleItem(customerListSample, 0)), giulia);
}

TEST(BackofficeJson, MapsACustomerListWithAbsentPresentAndNullLine2)
{
    const std::vector<Customer> expected{
        giulia,
        {"CUS-1002",
         "Hans Müller",
         "hans.mueller@example.de",
         "+49 30 5550 1234",
         "de",
         "phone",
         {"Hauptstraße 5", "Hinterhaus, 2. OG", "Berlin", "10115", "DE"}},
        {"CUS-1003",
         "Léa Martin",
         "lea.martin@example.fr",
         "+33 6 55 50 12 34",
         "fr",
         "sms",
         {"12 rue de la Paix", "", "Paris", "75002", "FR"}}};
    EXPECT_EQ(customerListFromJson(sample(customerListSample)), expected);
}

TEST(BackofficeJson, MapsAnOrderWithLinesReplacementsAndHistory)
{
    const Order order = orderFromJson(sampleItem(orderListSample, 0));
    EXPECT_EQ(order, original);
    EXPECT_EQ(order.placedAt.timeSpec(), Qt::UTC);
    EXPECT_EQ(order.history[1].at.timeSpec(), Qt::UTC);
}

TEST(BackofficeJson, MapsAnOrderListWithAReplacementOrder)
{
    EXPECT_EQ(orderListFromJson(sample(orderListSample)),
              (std::vector<Order>{original, replacement}));
}

TEST(BackofficeJson, MapsAShipmentWithAPromisedWindowAndNoPickupPoint)
{
    const Shipment shipment = shipmentFromJson(sampleItem(shipmentListSample, 0));
    EXPECT_EQ(shipment, delivered);
    ASSERT_TRUE(shipment.promisedWindow.has_value());
    EXPECT_EQ(shipment.promisedWindow->from.timeSpec(), Qt::UTC);
}

TEST(BackofficeJson, MapsAShipmentListWithAPickupPointAndARescheduleEvent)
{
    EXPECT_EQ(shipmentListFromJson(sample(shipmentListSample)),
              (std::vector<Shipment>{delivered, redirected}));
}

TEST(BackofficeJson, MapsDeliveryOptions)
{
    const DeliveryOptions expected{
        "SHP-1002",
        {{"SLOT-20261124-0913", utc(2026, 11, 24, 9, 0), utc(2026, 11, 24, 13, 0), "office-hours"},
         {"SLOT-20261124-1821", utc(2026, 11, 24, 18, 0), utc(2026, 11, 24, 21, 0), "evening"}},
        {{"PUP-MI-014",
          "locker",
          "Locker Stazione Centrale",
          {"Piazza Duca d'Aosta 1", "", "Milano", "20124", "IT"},
          {{"Mon-Sun", "00:00", "24:00"}}},
         {"PUP-MI-020",
          "store",
          "Caseline Store Brera",
          {"Via Brera 8", "Cortile interno", "Milano", "20121", "IT"},
          {}}}};
    EXPECT_EQ(deliveryOptionsFromJson(sample(deliveryOptionsSample)), expected);
}

TEST(BackofficeJson, MapsRefundsWithAndWithoutLines)
{
    EXPECT_EQ(refundFromJson(sampleItem(refundListSample, 0)), lineRefund);
    const Refund goodwill{"REF-1002",
                          "ORD-1001",
                          // The largest amount a long long holds still maps exactly.
                          std::numeric_limits<long long>::max(),
                          "EUR",
                          "goodwill",
                          {},
                          "succeeded",
                          utc(2026, 10, 17, 12, 0),
                          "finance"};
    EXPECT_EQ(refundListFromJson(sample(refundListSample)),
              (std::vector<Refund>{lineRefund, goodwill}));
}

TEST(BackofficeJson, MapsReturnsWithTheirLabels)
{
    EXPECT_EQ(returnFromJson(sampleItem(returnListSample, 0)), labelSent);
    const ReturnAuthorization received{
        "RET-1002",
        "ORD-2001",
        {{"L1", 1}, {"L3", 4}},
        "changed my mind",
        "received",
        utc(2026, 10, 18, 20, 30),
        ReturnLabel{"GLS", "RTN10022001", "/returns/v1/returns/RET-1002/label.pdf"}};
    EXPECT_EQ(returnListFromJson(sample(returnListSample)),
              (std::vector<ReturnAuthorization>{labelSent, received}));
}

TEST(BackofficeJson, MapsMessagesWithNullOrderAndAbsentOrNullTemplate)
{
    EXPECT_EQ(messageFromJson(sampleItem(messageListSample, 0)), dispatchMail);
    const CustomerMessage callBack{"MSG-1002",
                                   "CUS-1001",
                                   std::nullopt,
                                   "sms",
                                   utc(2026, 10, 14, 16, 0),
                                   "",
                                   "it",
                                   "",
                                   "Richiamaci al 02 555 0100",
                                   "customer-service"};
    const CustomerMessage refundMail{
        "MSG-1003", "CUS-1002", "ORD-2001",        "email",     utc(2026, 10, 15, 7, 0),
        "",         "de",       "Ihre Erstattung", "Guten Tag", "finance"};
    EXPECT_EQ(messageListFromJson(sample(messageListSample)),
              (std::vector<CustomerMessage>{dispatchMail, callBack, refundMail}));
}

TEST(BackofficeJson, MapsAChangeEventPageWithNullOrderAndCustomer)
{
    const ChangeEventPage expected{
        {{"15", utc(2026, 10, 16, 11, 0), "orders", "order.replacement_created", "ORD-1001-R1",
          "CUS-1001", "ORD-1001-R1", "Replacement ORD-1001-R1 created for ORD-1001"},
         {"16", utc(2026, 10, 16, 11, 5), "notifications", "message.sent", "", "CUS-1001",
          "MSG-1002", "SMS sent to CUS-1001"},
         {"17", utc(2026, 10, 16, 12, 0), "payments", "refund.created", "", "", "REF-1003",
          "Refund created"}},
        "17"};
    EXPECT_EQ(changeEventPageFromJson(sample(changeEventPageSample)), expected);
}

TEST(BackofficeJson, MapsAnEmptyChangeEventPage)
{
    const ChangeEventPage expected{{}, "0"};
    EXPECT_EQ(changeEventPageFromJson(parseJsonBody(R"({"events":[],"next":"0"})")), expected);
}

TEST(BackofficeJson, MapsEmptyLists)
{
    const nlohmann::json empty = parseJsonBody(R"({"items": []})");
    EXPECT_TRUE(customerListFromJson(empty).empty());
    EXPECT_TRUE(orderListFromJson(empty).empty());
    EXPECT_TRUE(shipmentListFromJson(empty).empty());
    EXPECT_TRUE(refundListFromJson(empty).empty());
    EXPECT_TRUE(returnListFromJson(empty).empty());
    EXPECT_TRUE(messageListFromJson(empty).empty());
}

TEST(BackofficeJson, MapsBodyTextsEndToEnd)
{
    EXPECT_EQ(orderListFromJson(parseJsonBody(orderListSample)),
              (std::vector<Order>{original, replacement}));
    EXPECT_EQ(customerFromJson(parseJsonBody(sampleItem(customerListSample, 0).dump())), giulia);
}
