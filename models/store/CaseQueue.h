#pragma once

#include "domain/SupportCase.h"
#include "store/CaseQuery.h"

#include <QDateTime>
#include <QString>
#include <QVariantList>
#include <optional>
#include <vector>

namespace caseline {

class CaseDatabase;

// A queue read page by page in the store, at any size: filtered, sorted and paged by SQL over
// the indexes of schema step 7. Paging is by key (after the previous page's last sort value
// and id), so page 5,000 costs what page 1 costs and rows changing meanwhile are neither
// skipped nor repeated by position.
class CaseQueue
{
public:
    explicit CaseQueue(CaseDatabase &db);

    // Up to `limit` cases after `after` (from the start without it), with their links.
    std::vector<SupportCase> page(const CaseQuery &query, const QDateTime &now,
                                  const std::optional<CaseCursor> &after, int limit);
    long long count(const CaseQuery &query, const QDateTime &now);

    // Where a page ending with `last` ends, for the next page in `key` order.
    static CaseCursor cursorAfter(const SupportCase &last, CaseSortKey key);
    // The stored column a sort key orders by.
    static QString sortColumn(CaseSortKey key);

private:
    // " WHERE ..." with its values, shared by page() and count().
    static QString conditions(const CaseQuery &query, const QDateTime &now, bool forCount,
                              QVariantList &values);

    CaseDatabase &m_db;
};

} // namespace caseline
