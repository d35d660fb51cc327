#include "domain/ActionCommand.h"

#include "domain/EnumNames.h"

namespace caseline {

namespace {

constexpr EnumNames<ActionKind, 6> kindNames{{{
    {ActionKind::Refund, "refund"},
    {ActionKind::ReturnLabel, "return-label"},
    {ActionKind::Reschedule, "reschedule"},
    {ActionKind::Cancel, "cancel"},
    {ActionKind::Replacement, "replace"},
    {ActionKind::CustomerMessage, "message"},
}}};

// The alternatives of ActionCommand, in the order of ActionKind.
static_assert(std::variant_size_v<ActionCommand> == 6);

} // namespace

std::string toString(ActionKind kind)
{
    return kindNames.toString(kind);
}

std::optional<ActionKind> actionKindFromString(const std::string &text)
{
    return kindNames.fromString(text);
}

ActionKind kindOf(const ActionCommand &command)
{
    return static_cast<ActionKind>(command.index());
}

BackofficeSystem systemOf(ActionKind kind)
{
    switch (kind) {
    case ActionKind::Refund:
        return BackofficeSystem::Payments;
    case ActionKind::ReturnLabel:
        return BackofficeSystem::Returns;
    case ActionKind::Reschedule:
        return BackofficeSystem::Delivery;
    case ActionKind::Cancel:
    case ActionKind::Replacement:
        return BackofficeSystem::Orders;
    case ActionKind::CustomerMessage:
        return BackofficeSystem::Notifications;
    }
    return BackofficeSystem::Orders;
}

std::string orderOf(const ActionCommand &command)
{
    return std::visit(
        [](const auto &action) -> std::string {
            if constexpr (requires { action.orderId; }) {
                return action.orderId;
            } else {
                return {};
            }
        },
        command);
}

} // namespace caseline
