#pragma once

#include "domain/BacklogPoint.h"

#include <QChartView>
#include <vector>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace caseline {

// The backlog day by day: cases open at the end of each day (left axis), and the cases opened
// and resolved that day (right axis: they are a fraction of the backlog). A refresh replaces
// the points in place.
class BacklogChart : public QChartView
{
    Q_OBJECT

public:
    explicit BacklogChart(QWidget *parent = nullptr);

    void setPoints(const std::vector<BacklogPoint> &points);
    QLineSeries *openSeries() const { return m_open; }
    QLineSeries *openedSeries() const { return m_opened; }
    QLineSeries *resolvedSeries() const { return m_resolved; }
    QDateTimeAxis *dayAxis() const { return m_days; }

    // Where a day sits on the x axis (noon UTC, so a day never slips into its neighbour).
    static qreal dayPosition(const QDate &day);

private:
    QLineSeries *m_open = nullptr;
    QLineSeries *m_opened = nullptr;
    QLineSeries *m_resolved = nullptr;
    QDateTimeAxis *m_days = nullptr;
    QValueAxis *m_backlog = nullptr;
    QValueAxis *m_perDay = nullptr;
};

} // namespace caseline
