#include "backoffice/RetryPolicy.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace caseline {

namespace {

// One generator per thread: a policy may be copied into several transports, each with its own
// worker thread, and they must not share unsynchronised state.
double threadLocalRandom()
{
    thread_local std::mt19937_64 generator{std::random_device{}()};
    return std::uniform_real_distribution<double>(0.0, 1.0)(generator);
}

} // namespace

RetryPolicy::RetryPolicy()
    : RetryPolicy(Jitter::Equal, {})
{
}

RetryPolicy::RetryPolicy(Jitter jitter, RandomSource random)
    : RetryPolicy(std::chrono::milliseconds(100), 2.0, std::chrono::milliseconds(2000), jitter,
                  std::move(random))
{
}

RetryPolicy::RetryPolicy(std::chrono::milliseconds base, double factor,
                         std::chrono::milliseconds cap, Jitter jitter, RandomSource random)
    : m_base(std::max(base, std::chrono::milliseconds(0)))
    , m_factor(std::max(factor, 1.0))
    , m_cap(std::max(cap, m_base))
    , m_jitter(jitter)
    , m_random(random ? std::move(random) : RandomSource(threadLocalRandom))
{
}

std::chrono::milliseconds RetryPolicy::ceiling(int failedAttempts) const
{
    const int exponent = std::max(failedAttempts, 1) - 1;
    // Computed in floating point so that a large exponent saturates at the cap instead of
    // overflowing.
    const double grown = double(m_base.count()) * std::pow(m_factor, exponent);
    const double capped = std::min(grown, double(m_cap.count()));
    return std::chrono::milliseconds(static_cast<long long>(std::llround(capped)));
}

std::chrono::milliseconds RetryPolicy::delay(int failedAttempts) const
{
    const double limit = double(ceiling(failedAttempts).count());
    const double random = std::clamp(m_random(), 0.0, 1.0);
    const double wait = m_jitter == Jitter::Full ? limit * random : limit / 2 + limit / 2 * random;
    return std::chrono::milliseconds(static_cast<long long>(std::llround(wait)));
}

bool RetryPolicy::isRead(const std::string &method)
{
    return method == "GET" || method == "HEAD" || method == "OPTIONS";
}

bool RetryPolicy::shouldRetry(const HttpRequest &request, const HttpError &error,
                              int attemptsMade) const
{
    if (attemptsMade >= request.maxAttempts || !error.retryable()) {
        return false;
    }
    return isRead(request.method) || !request.idempotencyKey.empty();
}

} // namespace caseline
