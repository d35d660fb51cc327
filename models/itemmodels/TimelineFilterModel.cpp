#include "itemmodels/TimelineFilterModel.h"

#include "itemmodels/TimelineModel.h"

namespace caseline {

TimelineFilterModel::TimelineFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void TimelineFilterModel::setSystemVisible(const QString &system, bool visible)
{
    if (visible == isSystemVisible(system)) {
        return;
    }
    if (visible) {
        m_hiddenSystems.remove(system);
    } else {
        m_hiddenSystems.insert(system);
    }
    invalidateFilter();
    Q_EMIT filterChanged();
}

bool TimelineFilterModel::isSystemVisible(const QString &system) const
{
    return !m_hiddenSystems.contains(system);
}

void TimelineFilterModel::setTextFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text) {
        return;
    }
    m_text = trimmed;
    invalidateFilter();
    Q_EMIT filterChanged();
}

QString TimelineFilterModel::textFilter() const
{
    return m_text;
}

bool TimelineFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid()) {
        return true; // a detail row shows whenever its event does
    }
    const QModelIndex event = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_hiddenSystems.contains(event.data(TimelineModel::SystemRole).toString())) {
        return false;
    }
    if (m_text.isEmpty()) {
        return true;
    }
    return event.data(TimelineModel::SummaryRole)
               .toString()
               .contains(m_text, Qt::CaseInsensitive) ||
           event.data(TimelineModel::DetailRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace caseline
