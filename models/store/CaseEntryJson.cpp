#include "store/CaseEntryJson.h"

#include "actions/ActionCommandJson.h"
#include "backoffice/HttpErrorJson.h"
#include "backoffice/JsonBody.h"
#include "backoffice/JsonReader.h"
#include "domain/Rfc3339.h"

#include <nlohmann/json.hpp>

namespace caseline::CaseEntryJson {

namespace {

nlohmann::json fields(std::monostate)
{
    return nlohmann::json::object();
}

nlohmann::json fields(const CaseOpening &opening)
{
    return {{"channel", toString(opening.channel)}};
}

nlohmann::json fields(const CaseChanges &changes)
{
    nlohmann::json list = nlohmann::json::array();
    for (const CaseFieldChange &change : changes.fields) {
        list.push_back({{"field", toString(change.field)},
                        {"before", change.before},
                        {"after", change.after}});
    }
    return {{"fields", list}, {"linksChanged", changes.linksChanged}};
}

nlohmann::json fields(const CaseContact &contact)
{
    return {{"channel", toString(contact.channel)}};
}

nlohmann::json fields(const ActionCommand &command)
{
    return {{"command", nlohmann::json::parse(ActionCommandJson::write(command))}};
}

nlohmann::json fields(const ActionOutcome &outcome)
{
    return {{"action", toString(outcome.action)},
            {"system", outcome.system ? nlohmann::json(toString(*outcome.system)) : nullptr},
            {"error",
             outcome.error ? nlohmann::json::parse(HttpErrorJson::write(*outcome.error)) : nullptr},
            {"gaveUpAfter", outcome.gaveUpAfter}};
}

nlohmann::json fields(const EscalationOpening &opening)
{
    return {{"department", opening.department}, {"due", Rfc3339::format(opening.due)}};
}

nlohmann::json fields(const EscalationAnswer &answer)
{
    return {{"department", answer.department}};
}

nlohmann::json fields(const HeldRefund &held)
{
    return {{"request", held.request},
            {"refund", nlohmann::json::parse(ActionCommandJson::write(held.refund))}};
}

nlohmann::json fields(const RefundDecision &decision)
{
    return {{"request", decision.request},
            {"orderId", decision.orderId},
            {"amount", decision.amount},
            {"currency", decision.currency}};
}

nlohmann::json fields(const WrittenEntry &written)
{
    return {{"kind", written.kind}, {"detail", written.detail}};
}

// A member that is a JSON object of its own, kept by another mapping (a command, an error):
// handed over as text, which that mapping checks member by member.
std::string embedded(const JsonReader &reader, const nlohmann::json &root, const std::string &key)
{
    reader.object(key); // present and an object, or a MappingError naming it
    return root.at(key).dump();
}

bool flag(const nlohmann::json &root, const std::string &key)
{
    const auto found = root.find(key);
    if (found == root.end() || !found->is_boolean()) {
        throw MappingError(key, "must be true or false");
    }
    return found->get<bool>();
}

CaseFieldChange fieldChange(const JsonReader &reader)
{
    return {reader.requiredEnum("field", caseFieldFromString), reader.requiredString("before"),
            reader.requiredString("after")};
}

ActionOutcome outcome(const JsonReader &reader, const nlohmann::json &root)
{
    ActionOutcome read;
    read.action = reader.requiredEnum("action", actionKindFromString);
    if (const std::optional<std::string> system = reader.nullableString("system")) {
        read.system = backofficeSystemFromString(*system);
        if (!read.system) {
            throw MappingError("system", "is not a back-office system Caseline knows");
        }
    }
    if (reader.nullableObject("error")) {
        read.error = HttpErrorJson::read(root.at("error").dump());
    }
    read.gaveUpAfter = static_cast<int>(reader.requiredInteger("gaveUpAfter", 0));
    return read;
}

HeldRefund heldRefund(const JsonReader &reader, const nlohmann::json &root)
{
    const long long request = reader.requiredInteger("request", 1);
    const ActionCommand command = ActionCommandJson::read(embedded(reader, root, "refund"));
    if (const auto *refund = std::get_if<RefundCommand>(&command)) {
        return {request, *refund};
    }
    throw MappingError("refund", "is not a refund");
}

RefundDecision decision(const JsonReader &reader)
{
    return {reader.requiredInteger("request", 1), reader.requiredString("orderId"),
            reader.requiredInteger("amount", 1), reader.requiredString("currency")};
}

CaseEntryArguments argumentsOf(CaseEntryKind kind, const nlohmann::json &root)
{
    const JsonReader reader(root, {});
    switch (kind) {
    case CaseEntryKind::CaseOpened:
        return CaseOpening{reader.requiredEnum("channel", caseChannelFromString)};
    case CaseEntryKind::CaseUpdated:
        return CaseChanges{reader.mapObjects("fields", fieldChange), flag(root, "linksChanged")};
    case CaseEntryKind::Note:
        return std::monostate{};
    case CaseEntryKind::ContactInbound:
    case CaseEntryKind::ContactOutbound:
        return CaseContact{reader.requiredEnum("channel", caseChannelFromString)};
    case CaseEntryKind::ActionRequested:
        return ActionCommandJson::read(embedded(reader, root, "command"));
    case CaseEntryKind::ActionDelivered:
    case CaseEntryKind::ActionFailed:
        return outcome(reader, root);
    case CaseEntryKind::EscalationOpened:
        return EscalationOpening{reader.requiredString("department"), reader.requiredTime("due")};
    case CaseEntryKind::EscalationAccepted:
    case CaseEntryKind::EscalationResolved:
    case CaseEntryKind::EscalationReturned:
        return EscalationAnswer{reader.requiredString("department")};
    case CaseEntryKind::RefundHeld:
        return heldRefund(reader, root);
    case CaseEntryKind::RefundApproved:
    case CaseEntryKind::RefundRejected:
        return decision(reader);
    case CaseEntryKind::Written:
        return WrittenEntry{reader.requiredString("kind"), reader.requiredString("detail")};
    }
    throw MappingError("kind", "is not a kind of case entry Caseline knows");
}

} // namespace

std::string write(const CaseEntryArguments &arguments)
{
    return std::visit([](const auto &alternative) { return fields(alternative).dump(); },
                      arguments);
}

CaseEntryArguments read(CaseEntryKind kind, const std::string &text)
{
    return argumentsOf(kind, parseJsonBody(text));
}

} // namespace caseline::CaseEntryJson
