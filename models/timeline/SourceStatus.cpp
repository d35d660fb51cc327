#include "timeline/SourceStatus.h"

namespace caseline {

std::string toString(SourceStatus::State state)
{
    switch (state) {
    case SourceStatus::State::Ok:
        return "ok";
    case SourceStatus::State::Stale:
        return "stale";
    case SourceStatus::State::Error:
        return "error";
    }
    return "unknown";
}

} // namespace caseline
