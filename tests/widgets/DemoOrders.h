#pragma once

// Orders, shipments and carrier offers as the demo back-office reports them
// (resources/demo/stilettos.json and vacuum.json), with its clock at 2026-10-20 12:00 UTC.

#include "domain/DeliveryOptions.h"
#include "domain/Department.h"
#include "domain/SupportCase.h"
#include "timeline/OrderFacts.h"

#include <QDateTime>
#include <vector>

namespace caseline::testing {

inline QDateTime utc(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC);
}

inline QDateTime demoNow()
{
    return utc(10, 20, 12); // a Tuesday
}

inline Address madridHome()
{
    return {"Calle de Embajadores 58, 3º B", "", "Madrid", "28012", "ES"};
}

// Giulia ordered denim overalls, got blue stilettos; finance refunded it in full already.
inline OrderFacts stilettoFacts()
{
    OrderFacts facts;
    Order order;
    order.id = "ORD-1001";
    order.customerId = "CUS-1001";
    order.status = OrderStatus::Delivered;
    order.channel = "web";
    order.placedAt = utc(10, 8, 18, 22);
    order.currency = "EUR";
    order.lines = {{"L1", "OVR-BLU-M", "Denim overalls, size M", 1, 4990}};
    order.total = 4990;
    order.paid = 4990;
    order.replacements = {"ORD-1001-R1"};
    facts.orders.push_back(order);

    Shipment shipment;
    shipment.id = "SHP-1001";
    shipment.orderId = "ORD-1001";
    shipment.carrier = "Poste Rapide";
    shipment.trackingNumber = "PR1001IT";
    shipment.status = ShipmentStatus::Delivered;
    shipment.lines = {{"L1", 1}};
    shipment.address = {"Via Emilia Levante 45", "", "Bologna", "40139", "IT"};
    facts.shipments.push_back(shipment);

    Refund refund;
    refund.id = "REF-1001";
    refund.orderId = "ORD-1001";
    refund.amount = 4990;
    refund.currency = "EUR";
    refund.reason = "Replacement order ORD-1001-R1 cancelled; original order refunded in full";
    refund.lines = {{"L1", 1}};
    refund.status = "succeeded";
    refund.createdAt = utc(10, 16, 7, 31);
    refund.issuedBy = "finance";
    facts.refunds.push_back(refund);
    return facts;
}

// Lucía's robot vacuum, in transit with RutaSur Envíos, nothing refunded; with a second line
// (spare filters, two of them) beside the demo's one, so quantities can be chosen.
inline OrderFacts vacuumFacts()
{
    OrderFacts facts;
    Order order;
    order.id = "ORD-2001";
    order.customerId = "CUS-1002";
    order.status = OrderStatus::Dispatched;
    order.channel = "web";
    order.placedAt = utc(10, 11, 7, 14);
    order.currency = "EUR";
    order.lines = {{"L1", "VAC-RBT-X1", "Robot vacuum cleaner X1 with charging dock", 1, 29900},
                   {"L2", "VAC-FLT-3P", "Spare HEPA filters, pack of 3", 2, 1450}};
    order.total = 32800;
    order.paid = 32800;
    facts.orders.push_back(order);

    Shipment shipment;
    shipment.id = "SHP-2001";
    shipment.orderId = "ORD-2001";
    shipment.carrier = "RutaSur Envíos";
    shipment.trackingNumber = "RSE7730018842";
    shipment.status = ShipmentStatus::InTransit;
    shipment.lines = {{"L1", 1}, {"L2", 2}};
    shipment.promisedWindow = DeliveryWindow{utc(10, 22, 9), utc(10, 22, 18)};
    shipment.address = madridHome();
    facts.shipments.push_back(shipment);
    return facts;
}

inline PickupPoint correosLavapies()
{
    return {"PUP-MAD-031",
            "post-office",
            "Correos Oficina Madrid Lavapiés",
            {"Calle de Embajadores 91", "", "Madrid", "28012", "ES"},
            {{"Mon-Fri", "08:30", "20:30"}, {"Sat", "09:30", "13:00"}}};
}

inline PickupPoint sanFernandoLocker()
{
    return {"PUP-MAD-107",
            "locker",
            "Taquilla 24 h Mercado de San Fernando",
            {"Calle de Embajadores 41", "", "Madrid", "28012", "ES"},
            {{"Mon-Sun", "07:00", "23:00"}}};
}

// Office-hour, evening and Saturday slots from Tuesday 20 (this morning's one has begun)
// to Monday 26 October; nothing on Friday or Sunday.
inline DeliveryOptions vacuumOptions()
{
    DeliveryOptions options;
    options.shipmentId = "SHP-2001";
    options.slots = {
        {"SLOT-20261020-0913", utc(10, 20, 9), utc(10, 20, 13), "office-hours"},
        {"SLOT-20261021-0913", utc(10, 21, 9), utc(10, 21, 13), "office-hours"},
        {"SLOT-20261021-1821", utc(10, 21, 18), utc(10, 21, 21), "evening"},
        {"SLOT-20261022-1318", utc(10, 22, 13), utc(10, 22, 18), "office-hours"},
        {"SLOT-20261024-0913", utc(10, 24, 9), utc(10, 24, 13), "saturday"},
        {"SLOT-20261026-1821", utc(10, 26, 18), utc(10, 26, 21), "evening"},
    };
    options.pickupPoints = {correosLavapies(), sanFernandoLocker()};
    return options;
}

inline SupportCase vacuumCase()
{
    SupportCase item;
    item.id = 42;
    item.customerId = "CUS-1002";
    item.customerLanguage = "es";
    item.subject = "Entrega en horario de oficina imposible";
    item.status = CaseStatus::Open;
    item.channel = CaseChannel::ComplaintForm;
    item.department = "customer-service";
    item.createdAt = utc(10, 20, 8, 5);
    item.links = {{"order", "ORD-2001"}};
    return item;
}

inline std::vector<Department> departments()
{
    return {{"customer-service", "Customer service", 8},
            {"logistics", "Logistics", 24},
            {"finance", "Finance", 48},
            {"store-bologna", "Store Bologna Via Rizzoli", 4}};
}

} // namespace caseline::testing
