#pragma once

#include <QSortFilterProxyModel>

namespace caseline {

// Looks of a queue row: an alert badge on cases the watchdog flags, the SLA column red when
// breached and amber when at risk. Sorting is the store's: a header click re-queries the
// source (CasePageModel), which holds only the pages loaded so far.
class QueuePresentation : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QVariant data(const QModelIndex &index, int role) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
};

} // namespace caseline
