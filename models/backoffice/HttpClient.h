#pragma once

#include "backoffice/HttpRequest.h"
#include "backoffice/HttpResult.h"

#include <QFuture>

namespace caseline {

// Sends back-office requests without blocking the caller: the result arrives through the
// future (use a QFutureWatcher or .then(context, ...) to receive it on a thread's event loop).
// The libcurl transport is the real implementation; unit tests substitute a fake.
class HttpClient
{
public:
    virtual ~HttpClient() = default;
    virtual QFuture<HttpResult> send(HttpRequest request) = 0;
};

} // namespace caseline
