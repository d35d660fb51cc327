#pragma once

#include <QIdentityProxyModel>
#include <functional>

namespace caseline {

// Shows a dashboard list's meaning (SLA state, severity, totals) as colours and fonts: the
// item models say what a row is, `decorate` says how it looks. Everything else passes through,
// so selections, exports and case ids read the source's data.
class DashboardPresentation : public QIdentityProxyModel
{
    Q_OBJECT

public:
    // Answers a look role (ForegroundRole, BackgroundRole, FontRole...) for a source index, or
    // an invalid QVariant to leave it to the source.
    using Decoration = std::function<QVariant(const QModelIndex &source, int role)>;

    explicit DashboardPresentation(Decoration decorate, QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    Decoration m_decorate;
};

} // namespace caseline
