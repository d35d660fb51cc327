#pragma once

#include "domain/BackofficeSystem.h"
#include "domain/LineQuantity.h"

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace caseline {

// What an agent asks a back-office system to do, in the domain's words. The connector of the
// system that carries it out turns it into its own request; the outbox keeps the command, not a
// request, so any connector (the reference back-office or a vendor's) can take it over.

// Money back to the customer for an order, the whole rest or named lines.
struct RefundCommand
{
    std::string orderId;
    long long amount = 0; // minor units
    std::string currency; // ISO 4217
    std::string reason;
    std::vector<LineQuantity> lines; // empty: not tied to lines

    bool operator==(const RefundCommand &) const = default;
};

// A return authorization with its printable label for lines the customer sends back.
struct ReturnLabelCommand
{
    std::string orderId;
    std::vector<LineQuantity> lines;
    std::string reason;

    bool operator==(const ReturnLabelCommand &) const = default;
};

// A parcel moved to another delivery slot (reschedule) or to a pickup point (redirect):
// exactly one of slotId and pickupPointId.
struct RescheduleCommand
{
    std::string shipmentId;
    std::string slotId;
    std::string pickupPointId;
    std::string note; // for the carrier, may be empty

    bool redirects() const { return !pickupPointId.empty(); }
    bool operator==(const RescheduleCommand &) const = default;
};

struct CancelCommand
{
    std::string orderId;
    std::string reason;

    bool operator==(const CancelCommand &) const = default;
};

// The named lines sent again in a new order linked to this one.
struct ReplacementCommand
{
    std::string orderId;
    std::vector<LineQuantity> lines;
    std::string reason;

    bool operator==(const ReplacementCommand &) const = default;
};

// An e-mail or SMS to the customer, written in their language.
struct CustomerMessageCommand
{
    std::string customerId;
    std::string orderId;  // may be empty
    std::string channel;  // email, sms
    std::string language; // en, it, de, es, fr
    std::string subject;
    std::string body;

    bool operator==(const CustomerMessageCommand &) const = default;
};

using ActionCommand = std::variant<RefundCommand, ReturnLabelCommand, RescheduleCommand,
                                   CancelCommand, ReplacementCommand, CustomerMessageCommand>;

enum class ActionKind
{
    Refund,
    ReturnLabel,
    Reschedule,
    Cancel,
    Replacement,
    CustomerMessage
};

// As stored (outbox, audit) and named on the command line: refund, return-label, reschedule,
// cancel, replace, message.
std::string toString(ActionKind kind);
std::optional<ActionKind> actionKindFromString(const std::string &text);

ActionKind kindOf(const ActionCommand &command);
// The system whose connector carries the action out.
BackofficeSystem systemOf(ActionKind kind);
// The order the action is about; empty for a message not about an order.
std::string orderOf(const ActionCommand &command);

} // namespace caseline
