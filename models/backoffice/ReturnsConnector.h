#pragma once

#include "backoffice/Fetched.h"
#include "domain/ReturnAuthorization.h"

#include <QFuture>
#include <string>
#include <vector>

namespace caseline {

// The returns system: return authorizations and their labels.
class ReturnsConnector
{
public:
    virtual ~ReturnsConnector() = default;
    virtual QFuture<Fetched<std::vector<ReturnAuthorization>>>
    returnsOfOrder(const std::string &orderId) = 0;
};

} // namespace caseline
