#pragma once

#include "backoffice/Fetched.h"
#include "domain/ReturnAuthorization.h"

#include <QByteArray>
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
    // The printable label of one return, as the PDF document the returns system made. An
    // answer that is not a PDF is an error, so nothing else is ever handed to a printer.
    virtual QFuture<Fetched<QByteArray>> label(const std::string &returnId) = 0;
};

} // namespace caseline
