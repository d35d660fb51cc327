#pragma once

namespace caseline {

// The queues an agent switches between in the console.
enum class QueueKind
{
    MyCases,        // assigned to me
    MyDepartment,   // my department's open cases
    AllOpen,        // every open case
    NeedsAttention, // open cases with a watchdog alert or an SLA at risk
};

} // namespace caseline
