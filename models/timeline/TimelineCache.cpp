#include "timeline/TimelineCache.h"

#include <algorithm>

namespace caseline {

TimelineCache::TimelineCache(std::size_t capacity)
    : m_capacity(std::max<std::size_t>(capacity, 1))
{
}

void TimelineCache::store(BackofficeSystem system, const std::string &orderId, OrderFacts facts,
                          const QDateTime &fetchedAt)
{
    const std::lock_guard lock(m_mutex);
    Key key{system, orderId};
    if (!m_entries.contains(key) && m_entries.size() >= m_capacity) {
        evictOldest();
    }
    m_entries[std::move(key)] = Entry{std::move(facts), fetchedAt};
}

std::optional<TimelineCache::Entry> TimelineCache::find(BackofficeSystem system,
                                                        const std::string &orderId) const
{
    const std::lock_guard lock(m_mutex);
    const auto found = m_entries.find(Key{system, orderId});
    if (found == m_entries.end()) {
        return std::nullopt;
    }
    return found->second;
}

std::size_t TimelineCache::size() const
{
    const std::lock_guard lock(m_mutex);
    return m_entries.size();
}

void TimelineCache::evictOldest()
{
    // A linear scan is fine: eviction is rare and the cache holds a few thousand entries.
    const auto oldest =
        std::min_element(m_entries.begin(), m_entries.end(), [](const auto &a, const auto &b) {
            return a.second.fetchedAt < b.second.fetchedAt;
        });
    if (oldest != m_entries.end()) {
        m_entries.erase(oldest);
    }
}

} // namespace caseline
