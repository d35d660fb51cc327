#pragma once

#include "domain/AgeBucket.h"

#include <QChartView>
#include <vector>

class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QValueAxis;

namespace caseline {

// How old the open cases are: one bar per age bucket ("< 1 d", "1–2 d" ... "14+ d"). A refresh
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

private:
    QBarSeries *m_series = nullptr;
    QBarSet *m_bars = nullptr;
    QBarCategoryAxis *m_categories = nullptr;
    QValueAxis *m_counts = nullptr;
};

} // namespace caseline
