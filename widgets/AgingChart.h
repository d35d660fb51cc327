#pragma once

#include "domain/AgeBucket.h"

#include <QChartView>
#include <vector>

class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QValueAxis;

namespace caseline {

// How old the open cases are: one bar per age bucket ("0–1", "1–2" ... "14+" days). A refresh
// changes the bars in place; the axis labels change only when the buckets do.
class AgingChart : public QChartView
{
    Q_OBJECT

public:
    explicit AgingChart(QWidget *parent = nullptr);

    void setBuckets(const std::vector<AgeBucket> &buckets);
    QBarSet *bars() const { return m_bars; }
    QBarCategoryAxis *categoryAxis() const { return m_categories; }

    static QString bucketLabel(const AgeBucket &bucket);
    // A round axis top above `highest`, divisible into five whole steps (5, 10, 25, 50, 100...).
    static qreal axisTop(qreal highest);

private:
    QBarSeries *m_series = nullptr;
    QBarSet *m_bars = nullptr;
    QBarCategoryAxis *m_categories = nullptr;
    QValueAxis *m_counts = nullptr;
};

} // namespace caseline
