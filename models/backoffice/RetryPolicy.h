#pragma once

#include "backoffice/HttpError.h"
#include "backoffice/HttpRequest.h"

#include <chrono>
#include <functional>
#include <string>

namespace caseline {

// When a failed back-office call may be sent again, and how long to wait before it.
// Waits grow exponentially (base × factor^n, capped) with jitter, so that many consoles
// recovering from the same outage do not hit a system in lock-step.
class RetryPolicy
{
public:
    // Full: uniform in [0, ceiling]. Equal: ceiling/2 plus uniform in [0, ceiling/2], which keeps
    // a minimum pause between attempts.
    enum class Jitter
    {
        Full,
        Equal
    };
    // Returns a number in [0, 1); tests inject a fixed or scripted source.
    using RandomSource = std::function<double()>;

    // 100 ms, factor 2, cap 2 s, equal jitter, a per-thread pseudo-random generator.
    RetryPolicy();
    RetryPolicy(Jitter jitter, RandomSource random);
    RetryPolicy(std::chrono::milliseconds base, double factor, std::chrono::milliseconds cap,
                Jitter jitter, RandomSource random);

    // The longest wait after failedAttempts tries have failed (1 = the first try failed):
    // min(cap, base × factor^(failedAttempts - 1)).
    std::chrono::milliseconds ceiling(int failedAttempts) const;
    // The wait before the next try, jitter applied.
    std::chrono::milliseconds delay(int failedAttempts) const;

    // Reads may be repeated freely; anything else changes state on the server.
    static bool isRead(const std::string &method);
    // A try may follow when attempts remain, the failure is transient (HttpError::retryable) and
    // the request is a read or a write carrying an Idempotency-Key (the server applies it once).
    bool shouldRetry(const HttpRequest &request, const HttpError &error, int attemptsMade) const;

    std::chrono::milliseconds base() const { return m_base; }
    double factor() const { return m_factor; }
    std::chrono::milliseconds cap() const { return m_cap; }
    Jitter jitter() const { return m_jitter; }

private:
    std::chrono::milliseconds m_base{100};
    double m_factor = 2.0;
    std::chrono::milliseconds m_cap{2000};
    Jitter m_jitter = Jitter::Equal;
    RandomSource m_random;
};

} // namespace caseline
