#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

namespace caseline {

// Narrows the case timeline (a TimelineModel) to chosen systems and a text. Only events are
// filtered; their detail rows follow them.
class TimelineFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TimelineFilterModel(QObject *parent = nullptr);

    void setSystemVisible(const QString &system, bool visible);
    bool isSystemVisible(const QString &system) const;
    // Case-insensitive; matches an event's summary or detail. Empty shows everything.
    void setTextFilter(const QString &text);
    QString textFilter() const;

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<QString> m_hiddenSystems;
    QString m_text;
};

} // namespace caseline
