#pragma once

#include "backoffice/Fetched.h"
#include "domain/ChangeEventPage.h"

#include <QFuture>
#include <chrono>
#include <string>

namespace caseline {

// The back-office change feed: what changed in any system after a cursor (long poll).
class ChangeFeedConnector
{
public:
    virtual ~ChangeFeedConnector() = default;
    // `after` empty = from the beginning; waits up to `wait` for something new.
    virtual QFuture<Fetched<ChangeEventPage>> changesAfter(const std::string &after,
                                                           std::chrono::seconds wait) = 0;
};

} // namespace caseline
