#include "domain/RefundApproval.h"

#include "domain/EnumNames.h"

namespace caseline {

namespace {

constexpr EnumNames<RefundApproval::State, 3> stateNames{{{
    {RefundApproval::State::Pending, "pending"},
    {RefundApproval::State::Approved, "approved"},
    {RefundApproval::State::Rejected, "rejected"},
}}};

} // namespace

std::string toString(RefundApproval::State state)
{
    return stateNames.toString(state);
}

std::optional<RefundApproval::State> refundApprovalStateFromString(const std::string &text)
{
    return stateNames.fromString(text);
}

} // namespace caseline
