#pragma once

#include <QDateTime>
#include <optional>
#include <string>

namespace caseline {

// A customer-facing e-mail or SMS any system sent.
struct CustomerMessage
{
    std::string id;
    std::string customerId;
    std::optional<std::string> orderId;
    std::string channel; // email, sms
    QDateTime sentAt;
    std::string templateId;
    std::string language;
    std::string subject;
    std::string body;
    std::string system;
};

} // namespace caseline
