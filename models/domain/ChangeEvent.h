#pragma once

#include <QDateTime>
#include <string>

namespace caseline {

// One entry of the back-office change feed.
struct ChangeEvent
{
    std::string seq;
    QDateTime at;
    std::string system;
    std::string kind;
    std::string orderId;
    std::string customerId;
    std::string ref;
    std::string summary;
};

} // namespace caseline
