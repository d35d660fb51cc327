#include "backoffice/RefundJson.h"

#include "backoffice/JsonReader.h"
#include "backoffice/LineQuantityJson.h"

namespace caseline {

namespace {

Refund readRefund(const JsonReader &reader)
{
    Refund refund;
    refund.id = reader.requiredString("id");
    refund.orderId = reader.requiredString("orderId");
    refund.amount = reader.requiredInteger("amount", 1);
    refund.currency = reader.requiredString("currency");
    refund.reason = reader.requiredString("reason");
    refund.lines = reader.mapObjects("lines", readLineQuantity);
    // Only settled refunds exist today; a new state must be understood before it is shown.
    refund.status = reader.requiredOneOf("status", {"succeeded"});
    refund.createdAt = reader.requiredTime("createdAt");
    refund.issuedBy = reader.requiredString("issuedBy");
    return refund;
}

} // namespace

Refund refundFromJson(const nlohmann::json &body)
{
    return readBody(body, readRefund);
}

std::vector<Refund> refundListFromJson(const nlohmann::json &body)
{
    return readItems(body, readRefund);
}

} // namespace caseline
