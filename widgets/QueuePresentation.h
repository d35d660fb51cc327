#pragma once

#include <QSortFilterProxyModel>

namespace caseline {

// Looks of a queue row — an alert badge on cases the watchdog flags, the SLA column red when
// breached and amber when at risk — and, for "needs attention", only the flagged rows.
class QueuePresentation : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QVariant data(const QModelIndex &index, int role) const override;
    void setAttentionOnly(bool only);
    bool attentionOnly() const { return m_attentionOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_attentionOnly = false;
};

} // namespace caseline
