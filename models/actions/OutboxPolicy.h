#pragma once

#include <chrono>

namespace caseline {

// How patiently the outbox sender delivers: how long a claimed entry is reserved for one try,
// how the wait between tries grows, and when it gives up and asks a person.
struct OutboxPolicy
{
    // Longer than a request can take (connect + total timeout), so a live sender's entry is
    // never claimed by another; after a crash the entry is due again once it runs out.
    std::chrono::seconds lease{30};
    std::chrono::milliseconds firstBackoff{1000};
    std::chrono::milliseconds maxBackoff{300000};
    int maxAttempts = 25;
    int batch = 16; // entries in flight at once
    std::chrono::milliseconds pollInterval{1000};
};

} // namespace caseline
