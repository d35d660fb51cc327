#pragma once

#include <QIdentityProxyModel>

namespace caseline {

// Looks of a queue row: an alert badge on cases the watchdog flags, the SLA column red when
// breached and amber when at risk.
class QueuePresentation : public QIdentityProxyModel
{
    Q_OBJECT

public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override;
};

} // namespace caseline
