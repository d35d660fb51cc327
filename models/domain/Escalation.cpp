#include "domain/Escalation.h"

#include "domain/EnumNames.h"

namespace caseline {

namespace {

constexpr EnumNames<Escalation::State, 4> stateNames{{{
    {Escalation::State::Open, "open"},
    {Escalation::State::Accepted, "accepted"},
    {Escalation::State::Resolved, "resolved"},
    {Escalation::State::Returned, "returned"},
}}};

} // namespace

std::string toString(Escalation::State state)
{
    return stateNames.toString(state);
}

std::optional<Escalation::State> escalationStateFromString(const std::string &text)
{
    return stateNames.fromString(text);
}

} // namespace caseline
