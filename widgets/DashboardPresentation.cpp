#include "DashboardPresentation.h"

namespace caseline {

DashboardPresentation::DashboardPresentation(Decoration decorate, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_decorate(std::move(decorate))
{
}

QVariant DashboardPresentation::data(const QModelIndex &index, int role) const
{
    if (m_decorate && index.isValid()) {
        const QVariant look = m_decorate(mapToSource(index), role);
        if (look.isValid()) {
            return look;
        }
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace caseline
