#pragma once

#include "itemmodels/KeyedRows.h"

#include <QAbstractItemModel>
#include <functional>
#include <vector>

namespace caseline {

// A flat item model (list or table) whose rows are refreshed in place by mergeKeyedRows: the
// notifications that keep a view's selection across a refresh, written once for all of them.
template<typename Base>
class KeyedRowsModel : public Base
{
public:
    using Base::Base;

protected:
    // `changed(row)` tells views that row `row`'s content changed (its cells, its roles).
    template<typename Row>
    RowNotifications<Row> rowNotifications(std::vector<Row> &rows,
                                           std::function<void(int row)> changed)
    {
        RowNotifications<Row> notify;
        notify.aboutToRemove = [this](int first, int last) {
            this->beginRemoveRows({}, first, last);
        };
        notify.removed = [this] {
            this->endRemoveRows();
        };
        notify.aboutToInsert = [this](int first, int last) {
            this->beginInsertRows({}, first, last);
        };
        notify.inserted = [this] {
            this->endInsertRows();
        };
        notify.aboutToReorder = [this] {
            Q_EMIT this->layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        };
        notify.reordered = [this](const std::vector<int> &newRows) {
            const QModelIndexList from = this->persistentIndexList();
            QModelIndexList to;
            to.reserve(from.size());
            for (const QModelIndex &old : from) {
                to.append(this->index(newRows[static_cast<std::size_t>(old.row())], old.column()));
            }
            this->changePersistentIndexList(from, to);
            Q_EMIT this->layoutChanged({}, QAbstractItemModel::VerticalSortHint);
        };
        notify.replace = [&rows, changed = std::move(changed)](int row, Row &&replacement) {
            rows[static_cast<std::size_t>(row)] = std::move(replacement);
            changed(row);
        };
        return notify;
    }
};

} // namespace caseline
