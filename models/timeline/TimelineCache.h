#pragma once

#include "domain/BackofficeSystem.h"
#include "timeline/OrderFacts.h"

#include <QDateTime>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <utility>

namespace caseline {

// The last good answer of each system for each order, so a timeline can still show a failed
// system's part — marked stale, with its age — instead of nothing. Safe to use from any thread.
class TimelineCache
{
public:
    struct Entry
    {
        OrderFacts facts; // only the lists of the entry's system are filled
        QDateTime fetchedAt;
    };

    explicit TimelineCache(std::size_t capacity = 5000);

    void store(BackofficeSystem system, const std::string &orderId, OrderFacts facts,
               const QDateTime &fetchedAt);
    std::optional<Entry> find(BackofficeSystem system, const std::string &orderId) const;
    std::size_t size() const;

private:
    using Key = std::pair<BackofficeSystem, std::string>;

    void evictOldest();

    const std::size_t m_capacity;
    mutable std::mutex m_mutex;
    std::map<Key, Entry> m_entries;
};

} // namespace caseline
