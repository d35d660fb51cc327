#include "timeline/Alert.h"

namespace caseline {

std::string toString(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Info:
        return "info";
    case AlertSeverity::Warning:
        return "warning";
    case AlertSeverity::Critical:
        return "critical";
    }
    return "unknown";
}

} // namespace caseline
