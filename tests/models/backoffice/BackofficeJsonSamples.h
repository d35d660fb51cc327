#pragma once

#include <nlohmann/json.hpp>

// Response bodies as the reference back-office sends them (resources/api/backoffice.yaml), with
// the liberties the API allows: unknown extra members, null nullable members, absent optional
// members, numeric zone offsets and fractional seconds. Shared by the mapping tests, which
// check every value of them, and the malformed-body tests, which break them one field at a time.
namespace caseline::test {

inline constexpr const char *customerListSample = R"json({
  "items": [
    {
      "id": "CUS-1001",
      "name": "Giulia Rossi",
      "email": "giulia.rossi@example.it",
      "phone": "+39 347 555 0101",
      "language": "it",
      "preferredChannel": "email",
      "address": {"line1": "Via Torino 12", "city": "Milano", "postalCode": "20123",
                  "country": "IT", "floor": "3"},
      "loyaltyTier": "gold",
      "tags": ["vip", {"since": 2019}]
    },
    {
      "id": "CUS-1002",
      "name": "Hans Müller",
      "email": "hans.mueller@example.de",
      "phone": "+49 30 5550 1234",
      "language": "de",
      "preferredChannel": "phone",
      "address": {"line1": "Hauptstraße 5", "line2": "Hinterhaus, 2. OG", "city": "Berlin",
                  "postalCode": "10115", "country": "DE"}
    },
    {
      "id": "CUS-1003",
      "name": "Léa Martin",
      "email": "lea.martin@example.fr",
      "phone": "+33 6 55 50 12 34",
      "language": "fr",
      "preferredChannel": "sms",
      "address": {"line1": "12 rue de la Paix", "line2": null, "city": "Paris",
                  "postalCode": "75002", "country": "FR"}
    }
  ]
})json";

inline constexpr const char *orderListSample = R"json({
  "items": [
    {
      "id": "ORD-1001",
      "customerId": "CUS-1001",
      "status": "delivered",
      "channel": "web",
      "placedAt": "2026-10-12T09:30:00Z",
      "currency": "EUR",
      "lines": [
        {"lineId": "L1", "sku": "OVR-BLU-M", "description": "Denim overalls, size M",
         "quantity": 1, "unitPrice": 4990, "warehouse": "MI-2"},
        {"lineId": "L2", "sku": "SCK-GRY-42", "description": "Wool socks, pack of 3",
         "quantity": 2, "unitPrice": 1250}
      ],
      "total": 7490,
      "paid": 7490,
      "replacementFor": null,
      "replacements": ["ORD-1001-R1"],
      "history": [
        {"at": "2026-10-12T09:30:00Z", "status": "placed", "system": "orders",
         "note": "Placed on the web shop"},
        {"at": "2026-10-13T10:15:30.250+02:00", "status": "dispatched", "system": "warehouse",
         "note": ""},
        {"at": "2026-10-15T16:40:00Z", "status": "delivered", "system": "delivery",
         "note": "Signed by G. Rossi", "signature": {"image": null}}
      ],
      "source": {"campaign": "autumn"}
    },
    {
      "id": "ORD-1001-R1",
      "customerId": "CUS-1001",
      "status": "placed",
      "channel": "phone",
      "placedAt": "2026-10-16T11:00:00Z",
      "currency": "EUR",
      "lines": [
        {"lineId": "L1", "sku": "OVR-BLU-M", "description": "Denim overalls, size M",
         "quantity": 1, "unitPrice": 4990}
      ],
      "total": 4990,
      "paid": 0,
      "replacementFor": "ORD-1001",
      "replacements": [],
      "history": []
    }
  ]
})json";

inline constexpr const char *shipmentListSample = R"json({
  "items": [
    {
      "id": "SHP-1001",
      "orderId": "ORD-1001",
      "carrier": "BRT",
      "trackingNumber": "BRT100101001",
      "status": "delivered",
      "lines": [{"lineId": "L1", "quantity": 1}, {"lineId": "L2", "quantity": 2}],
      "promisedWindow": {"from": "2026-10-15T09:00:00+02:00", "to": "2026-10-15T18:00:00+02:00"},
      "address": {"line1": "Via Torino 12", "city": "Milano", "postalCode": "20123",
                  "country": "IT"},
      "pickupPoint": null,
      "events": [
        {"at": "2026-10-13T08:15:00Z", "status": "created", "location": "Warehouse",
         "description": "Shipment created"},
        {"at": "2026-10-14T06:02:00Z", "status": "in_transit", "location": "Milano hub",
         "description": "Parcel at the hub", "scanId": "X-77"},
        {"at": "2026-10-15T14:40:00Z", "status": "delivered", "location": "",
         "description": "Delivered"}
      ],
      "offers": {"slots": [], "pickupPoints": []}
    },
    {
      "id": "SHP-1002",
      "orderId": "ORD-1001-R1",
      "carrier": "Poste",
      "trackingNumber": "PST100201001",
      "status": "out_for_delivery",
      "lines": [{"lineId": "L1", "quantity": 1}],
      "promisedWindow": null,
      "address": {"line1": "Via Torino 12", "line2": "Scala B", "city": "Milano",
                  "postalCode": "20123", "country": "IT"},
      "pickupPoint": {
        "id": "PUP-MI-001",
        "kind": "post-office",
        "name": "Poste Italiane Milano 12",
        "address": {"line1": "Via Dante 4", "city": "Milano", "postalCode": "20121",
                    "country": "IT"},
        "openingHours": [
          {"days": "Mon-Fri", "from": "08:30", "to": "19:00"},
          {"days": "Sat", "from": "08:30", "to": "12:30"}
        ],
        "distanceMeters": 350
      },
      "events": [
        {"at": "2026-10-17T08:00:00Z", "status": "created", "location": "Warehouse",
         "description": "Shipment created"},
        {"at": "2026-10-18T09:00:00Z", "status": "rescheduled", "location": "",
         "description": "Delivery moved to pickup point PUP-MI-001"},
        {"at": "2026-10-19T07:45:00Z", "status": "out_for_delivery", "location": "Milano",
         "description": "Out for delivery"}
      ]
    }
  ]
})json";

inline constexpr const char *deliveryOptionsSample = R"json({
  "shipmentId": "SHP-1002",
  "slots": [
    {"id": "SLOT-20261124-0913", "from": "2026-11-24T09:00:00Z", "to": "2026-11-24T13:00:00Z",
     "kind": "office-hours"},
    {"id": "SLOT-20261124-1821", "from": "2026-11-24T19:00:00+01:00",
     "to": "2026-11-24T22:00:00+01:00", "kind": "evening", "surcharge": 0}
  ],
  "pickupPoints": [
    {"id": "PUP-MI-014", "kind": "locker", "name": "Locker Stazione Centrale",
     "address": {"line1": "Piazza Duca d'Aosta 1", "city": "Milano", "postalCode": "20124",
                 "country": "IT"},
     "openingHours": [{"days": "Mon-Sun", "from": "00:00", "to": "24:00"}]},
    {"id": "PUP-MI-020", "kind": "store", "name": "Caseline Store Brera",
     "address": {"line1": "Via Brera 8", "line2": "Cortile interno", "city": "Milano",
                 "postalCode": "20121", "country": "IT"},
     "openingHours": []}
  ],
  "validUntil": "2026-11-23T23:59:59Z"
})json";

inline constexpr const char *refundListSample = R"json({
  "items": [
    {"id": "REF-1001", "orderId": "ORD-1001", "amount": 1250, "currency": "EUR",
     "reason": "damaged on arrival", "lines": [{"lineId": "L2", "quantity": 1}],
     "status": "succeeded", "createdAt": "2026-10-16T10:05:00Z", "issuedBy": "customer-service",
     "gateway": "adyen"},
    {"id": "REF-1002", "orderId": "ORD-1001", "amount": 9223372036854775807, "currency": "EUR",
     "reason": "goodwill", "lines": [], "status": "succeeded",
     "createdAt": "2026-10-17T12:00:00.5Z", "issuedBy": "finance"}
  ]
})json";

inline constexpr const char *returnListSample = R"json({
  "items": [
    {"id": "RET-1001", "orderId": "ORD-1001", "lines": [{"lineId": "L1", "quantity": 1}],
     "reason": "too small", "status": "label_sent", "createdAt": "2026-10-16T09:00:00Z",
     "label": {"carrier": "BRT", "trackingNumber": "RTN10011001",
               "url": "/returns/v1/returns/RET-1001/label.pdf", "format": "pdf"}},
    {"id": "RET-1002", "orderId": "ORD-2001",
     "lines": [{"lineId": "L1", "quantity": 1}, {"lineId": "L3", "quantity": 4}],
     "reason": "changed my mind", "status": "received", "createdAt": "2026-10-18T15:30:00-05:00",
     "label": {"carrier": "GLS", "trackingNumber": "RTN10022001",
               "url": "/returns/v1/returns/RET-1002/label.pdf"},
     "inspection": null}
  ]
})json";

inline constexpr const char *messageListSample = R"json({
  "items": [
    {"id": "MSG-1001", "customerId": "CUS-1001", "orderId": "ORD-1001", "channel": "email",
     "sentAt": "2026-10-13T08:20:00Z", "template": "dispatch-confirmation", "language": "it",
     "subject": "Il tuo ordine è in viaggio", "body": "Ciao Giulia,\nil tuo ordine è partito.",
     "system": "orders"},
    {"id": "MSG-1002", "customerId": "CUS-1001", "orderId": null, "channel": "sms",
     "sentAt": "2026-10-14T18:00:00+02:00", "language": "it", "subject": "",
     "body": "Richiamaci al 02 555 0100", "system": "customer-service"},
    {"id": "MSG-1003", "customerId": "CUS-1002", "orderId": "ORD-2001", "channel": "email",
     "sentAt": "2026-10-15T07:00:00Z", "template": null, "language": "de",
     "subject": "Ihre Erstattung", "body": "Guten Tag", "system": "finance",
     "readAt": "2026-10-15T08:00:00Z"}
  ]
})json";

inline constexpr const char *changeEventPageSample = R"json({
  "events": [
    {"seq": "15", "at": "2026-10-16T11:00:00Z", "system": "orders",
     "kind": "order.replacement_created", "orderId": "ORD-1001-R1", "customerId": "CUS-1001",
     "ref": "ORD-1001-R1", "summary": "Replacement ORD-1001-R1 created for ORD-1001"},
    {"seq": "16", "at": "2026-10-16T11:05:00.999+00:00", "system": "notifications",
     "kind": "message.sent", "orderId": null, "customerId": "CUS-1001", "ref": "MSG-1002",
     "summary": "SMS sent to CUS-1001", "priority": 3},
    {"seq": "17", "at": "2026-10-16T12:00:00Z", "system": "payments", "kind": "refund.created",
     "orderId": null, "customerId": null, "ref": "REF-1003", "summary": "Refund created"}
  ],
  "next": "17",
  "hasMore": false
})json";

// The sample parsed, or one element of its "items".
inline nlohmann::json sample(const char *text)
{
    return nlohmann::json::parse(text);
}

inline nlohmann::json sampleItem(const char *text, std::size_t index)
{
    return sample(text).at("items").at(index);
}

} // namespace caseline::test
