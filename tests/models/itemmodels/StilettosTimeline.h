#pragma once

// The stilettos story (seeds 000/001) as the timeline models receive it: Giulia's order
// ORD-1001 delivered the wrong item, replacement ORD-1001-R1 was cancelled by finance with
// ORD-1001 refunded, then R1 arrived anyway. Written by hand so keys and texts are known.

#include "ItemModelTestKit.h"
#include "domain/CaseEntry.h"
#include "timeline/OrderTimeline.h"
#include "timeline/TimelineRefs.h"

namespace caseline::test {

inline TimelineEvent timelineEvent(const std::string &at, const std::string &system,
                                   const std::string &kind, const std::string &summary,
                                   const std::string &ref, std::vector<std::string> references = {},
                                   const std::string &detail = {})
{
    return {utc(at), system, kind, summary, ref, std::move(references), detail};
}

namespace giulia {

inline TimelineEvent placed()
{
    return timelineEvent("2026-10-13T17:45:00Z", "orders", "order.placed",
                         "ORD-1001 placed on the web shop",
                         TimelineRefs::orderHistory("ORD-1001", 0), {"ORD-1001"});
}
inline TimelineEvent firstDelivered()
{
    return timelineEvent("2026-10-14T10:32:00Z", "delivery", "shipment.delivered",
                         "SHP-1001 delivered by BRT", TimelineRefs::trackingEvent("SHP-1001", 1),
                         {"ORD-1001", "SHP-1001"});
}
inline TimelineEvent replacementPlaced()
{
    return timelineEvent("2026-10-15T09:50:00Z", "orders", "order.placed",
                         "Replacement ORD-1001-R1 placed by customer service",
                         TimelineRefs::orderHistory("ORD-1001-R1", 0), {"ORD-1001-R1"});
}
inline TimelineEvent replacementCancelled()
{
    return timelineEvent(
        "2026-10-16T07:30:00Z", "orders", "order.cancelled", "ORD-1001-R1 cancelled by payments",
        TimelineRefs::orderHistory("ORD-1001-R1", 1), {"ORD-1001-R1"},
        "Replacement cancelled by finance: original order ORD-1001 refunded in full");
}
inline TimelineEvent refunded()
{
    return timelineEvent("2026-10-16T07:31:00Z", "payments", "refund.created",
                         "Refund REF-1001 of 49.90 EUR by finance",
                         TimelineRefs::refund("REF-1001"), {"REF-1001", "ORD-1001"});
}
inline TimelineEvent cancellationMessage()
{
    return timelineEvent("2026-10-16T07:40:00Z", "notifications", "message.sent",
                         "E-mail: Il tuo ordine sostitutivo ORD-1001-R1 è stato annullato",
                         TimelineRefs::message("MSG-1004"), {},
                         "L'importo di 49,90 € dell'ordine ORD-1001 è stato riaccreditato.");
}
inline TimelineEvent returnAuthorized()
{
    return timelineEvent("2026-10-17T08:00:00Z", "returns", "return.created",
                         "Return RMA-1001 for ORD-1001, label sent; label BRT RTN-RMA-1001",
                         TimelineRefs::returnAuthorization("RMA-1001"), {"RMA-1001", "ORD-1001"});
}
inline TimelineEvent shippedMessage()
{
    return timelineEvent("2026-10-18T07:15:00Z", "notifications", "message.sent",
                         "E-mail: Il tuo ordine ORD-1001-R1 è stato spedito",
                         TimelineRefs::message("MSG-1005"));
}
inline TimelineEvent replacementDelivered()
{
    return timelineEvent("2026-10-18T14:48:00Z", "delivery", "shipment.delivered",
                         "SHP-1002 delivered in Bologna",
                         TimelineRefs::trackingEvent("SHP-1002", 3), {"ORD-1001-R1", "SHP-1002"},
                         "Delivered to the customer");
}

inline Alert cancelledButShipped()
{
    Alert alert;
    alert.rule = "cancelled-but-shipped";
    alert.severity = AlertSeverity::Critical;
    alert.message = "ORD-1001-R1 was cancelled by payments on 16 Oct 2026 but the warehouse "
                    "shipped it anyway (delivered 18 Oct 2026 14:48 UTC).";
    alert.evidence = {replacementCancelled().ref, replacementDelivered().ref};
    alert.suggestedActions = {"escalate:warehouse", "send-message", "add-note"};
    alert.orderId = "ORD-1001-R1";
    return alert;
}

inline ReturnAuthorization returnWithLabel()
{
    ReturnAuthorization authorization;
    authorization.id = "RMA-1001";
    authorization.orderId = "ORD-1001";
    authorization.reason = "wrong item";
    authorization.status = "label_sent";
    authorization.createdAt = utc("2026-10-17T08:00:00Z");
    authorization.label =
        ReturnLabel{"BRT", "RTN-RMA-1001", "/returns/v1/returns/RMA-1001/label.pdf"};
    return authorization;
}

// ORD-1001's timeline: its family, so the replacement's events are in it too.
inline OrderTimeline original()
{
    OrderTimeline timeline;
    timeline.orderId = "ORD-1001";
    timeline.events = {
        placed(),   firstDelivered(),      replacementPlaced(), replacementCancelled(),
        refunded(), cancellationMessage(), returnAuthorized(),  replacementDelivered()};
    timeline.facts.returns = {returnWithLabel()};
    timeline.alerts = {cancelledButShipped()};
    return timeline;
}

// ORD-1001-R1's own timeline, sharing three events with ORD-1001's.
inline OrderTimeline replacement()
{
    OrderTimeline timeline;
    timeline.orderId = "ORD-1001-R1";
    timeline.events = {replacementPlaced(), replacementCancelled(), shippedMessage(),
                       replacementDelivered()};
    timeline.alerts = {cancelledButShipped()};
    return timeline;
}

inline std::vector<CaseEntry> caseHistory()
{
    return {
        {31, 7, utc("2026-10-19T09:12:00Z"), "marta", CaseEntryKind::ContactInbound,
         CaseContact{CaseChannel::Phone},
         "Giulia called: the cancelled replacement arrived, still no return label. She has "
         "bought overalls elsewhere and wants the refund to stand."},
        {32, 7, utc("2026-10-19T09:20:00Z"), "marta", CaseEntryKind::EscalationOpened,
         EscalationOpening{"warehouse", utc("2026-10-20T09:20:00Z")},
         "Stop the cancelled replacement"},
    };
}

} // namespace giulia
} // namespace caseline::test
