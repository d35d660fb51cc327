#pragma once

#include <algorithm>
#include <functional>
#include <map>
#include <numeric>
#include <set>
#include <type_traits>
#include <utility>
#include <vector>

namespace caseline {

// The notifications a keyed merge needs from the model that owns the rows. Qt's begin/end
// calls are protected, so the model hands them in as lambdas.
template<typename Row>
struct RowNotifications
{
    std::function<void(int first, int last)> aboutToRemove;
    std::function<void()> removed;
    std::function<void(int first, int last)> aboutToInsert;
    std::function<void()> inserted;
    std::function<void()> aboutToReorder;
    // newRows[oldRow]: where the row that was at oldRow is now (update persistent indexes).
    std::function<void(const std::vector<int> &newRows)> reordered;
    // The row at `row` keeps its key but its content changed: store `replacement`, tell views.
    std::function<void(int row, Row &&replacement)> replace;
};

// Brings `rows` to `target` in place with the fewest notifications, so views keep selection and
// expansion across a refresh: rows whose key survives stay (replaced when `same` says they
// changed), vanished keys are removed, new keys inserted where `target` puts them. Only when
// surviving rows change their relative order is the layout changed. A key given twice in
// `target` keeps its first place.
template<typename Row, typename KeyOf, typename Same>
void mergeKeyedRows(std::vector<Row> &rows, std::vector<Row> target, KeyOf keyOf, Same same,
                    const RowNotifications<Row> &notify)
{
    using Key = std::decay_t<decltype(keyOf(std::declval<const Row &>()))>;

    std::map<Key, int> targetPosition;
    std::vector<Row> wanted;
    wanted.reserve(target.size());
    for (Row &row : target) {
        if (targetPosition.emplace(keyOf(row), static_cast<int>(wanted.size())).second) {
            wanted.push_back(std::move(row));
        }
    }

    // 1. Vanished keys, bottom up, one notification per contiguous run.
    for (int i = static_cast<int>(rows.size()) - 1; i >= 0; --i) {
        if (targetPosition.count(keyOf(rows[static_cast<std::size_t>(i)])) != 0) {
            continue;
        }
        const int last = i;
        while (i > 0 && targetPosition.count(keyOf(rows[static_cast<std::size_t>(i - 1)])) == 0) {
            --i;
        }
        notify.aboutToRemove(i, last);
        rows.erase(rows.begin() + i, rows.begin() + last + 1);
        notify.removed();
    }

    // 2. Survivors into the wanted relative order.
    std::vector<int> positions;
    positions.reserve(rows.size());
    for (const Row &row : rows) {
        positions.push_back(targetPosition.at(keyOf(row)));
    }
    if (!std::is_sorted(positions.begin(), positions.end())) {
        notify.aboutToReorder();
        std::vector<int> order(rows.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(),
                  [&](int a, int b) { return positions[a] < positions[b]; });
        std::vector<int> newRows(rows.size());
        std::vector<Row> reordered;
        reordered.reserve(rows.size());
        for (std::size_t newRow = 0; newRow < order.size(); ++newRow) {
            newRows[static_cast<std::size_t>(order[newRow])] = static_cast<int>(newRow);
            reordered.push_back(std::move(rows[static_cast<std::size_t>(order[newRow])]));
        }
        rows = std::move(reordered);
        notify.reordered(newRows);
    }

    // 3. New keys inserted in runs; changed survivors replaced.
    std::set<Key> present;
    for (const Row &row : rows) {
        present.insert(keyOf(row));
    }
    std::size_t at = 0;
    std::size_t next = 0;
    while (next < wanted.size()) {
        if (present.count(keyOf(wanted[next])) != 0) {
            if (!same(rows[at], wanted[next])) {
                notify.replace(static_cast<int>(at), std::move(wanted[next]));
            }
            ++at;
            ++next;
            continue;
        }
        const std::size_t runStart = next;
        while (next < wanted.size() && present.count(keyOf(wanted[next])) == 0) {
            ++next;
        }
        const int count = static_cast<int>(next - runStart);
        notify.aboutToInsert(static_cast<int>(at), static_cast<int>(at) + count - 1);
        rows.insert(rows.begin() + static_cast<std::ptrdiff_t>(at),
                    std::make_move_iterator(wanted.begin() + static_cast<std::ptrdiff_t>(runStart)),
                    std::make_move_iterator(wanted.begin() + static_cast<std::ptrdiff_t>(next)));
        notify.inserted();
        at += static_cast<std::size_t>(count);
    }
}

} // namespace caseline
