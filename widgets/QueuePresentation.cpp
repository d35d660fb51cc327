#include "QueuePresentation.h"

#include "StatePalette.h"
#include "itemmodels/CaseQueueModel.h"

#include <QApplication>
#include <QFont>
#include <QStyle>

namespace caseline {

QVariant QueuePresentation::data(const QModelIndex &index, int role) const
{
    const auto roleOf = [&](CaseQueueModel::Role wanted) {
        return QSortFilterProxyModel::data(index, wanted);
    };
    const auto sla =
        static_cast<CaseQueueModel::SlaState>(roleOf(CaseQueueModel::SlaStateRole).toInt());
    switch (role) {
    case Qt::DecorationRole:
        if (index.column() == CaseQueueModel::ReferenceColumn &&
            roleOf(CaseQueueModel::AlertCountRole).toInt() > 0) {
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == CaseQueueModel::SlaDueColumn) {
            if (sla == CaseQueueModel::SlaState::Breached) {
                return StatePalette().emphasis(StatePalette::State::Error);
            }
            if (sla == CaseQueueModel::SlaState::AtRisk) {
                return StatePalette().emphasis(StatePalette::State::Warning);
            }
        }
        break;
    case Qt::FontRole:
        if (roleOf(CaseQueueModel::NeedsAttentionRole).toBool() &&
            index.column() == CaseQueueModel::ReferenceColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    default:
        break;
    }
    return QSortFilterProxyModel::data(index, role);
}

void QueuePresentation::sort(int column, Qt::SortOrder order)
{
    if (sourceModel()) {
        sourceModel()->sort(column, order);
    }
}

} // namespace caseline
