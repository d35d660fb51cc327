#pragma once

#include "domain/BackofficeSystem.h"

#include <QDateTime>
#include <string>

namespace caseline {

// How fresh one system's part of a timeline is: fetched now, served from cache (stale, with the
// time it was fetched), or failed and why. A failed source never hides the others.
struct SourceStatus
{
    enum class State
    {
        Ok,
        Stale,
        Error
    };

    BackofficeSystem system = BackofficeSystem::Orders;
    State state = State::Ok;
    QDateTime fetchedAt; // when the data shown was fetched (Ok: now; Stale: the cache's time)
    std::string error;   // Error and Stale: why fresh data is missing, in plain words
};

std::string toString(SourceStatus::State state);

} // namespace caseline
