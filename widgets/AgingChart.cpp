#include "AgingChart.h"

#include "StatePalette.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace caseline {

AgingChart::AgingChart(QWidget *parent)
    : QChartView(parent)
    , m_series(new QBarSeries)
    , m_bars(new QBarSet(tr("Open cases")))
    , m_categories(new QBarCategoryAxis)
    , m_counts(new QValueAxis)
{
    auto *chart = new QChart;
    const StatePalette colours(palette());
    // The theme first: it recolours what is already in the chart.
    chart->setTheme(colours.isDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setTitle(tr("Age of open cases"));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_bars->setColor(colours.chart(StatePalette::ChartLine::Backlog));
    m_bars->setLabelColor(palette().color(QPalette::Text));
    m_series->append(m_bars);
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(m_series);
    m_categories->setTitleText(tr("Days since opened"));
    chart->addAxis(m_categories, Qt::AlignBottom);
    m_series->attachAxis(m_categories);
    m_counts->setLabelFormat(QStringLiteral("%d"));
    m_counts->setTitleText(tr("Cases"));
    m_counts->setRange(0, 5);
    m_counts->setTickCount(6); // the axis tops are 5, 10, 25, 50...: whole steps
    chart->addAxis(m_counts, Qt::AlignLeft);
    m_series->attachAxis(m_counts);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(tr("Age of open cases"));
}

void AgingChart::setBuckets(const std::vector<AgeBucket> &buckets)
{
    QStringList labels;
    QList<qreal> values;
    qreal highest = 0;
    for (const AgeBucket &bucket : buckets) {
        labels.append(bucketLabel(bucket));
        values.append(static_cast<qreal>(bucket.cases));
        highest = std::max(highest, static_cast<qreal>(bucket.cases));
    }
    if (m_categories->categories() != labels) {
        m_categories->setCategories(labels);
    }
    if (m_bars->count() != values.size()) {
        m_bars->remove(0, m_bars->count());
        m_bars->append(values);
    } else {
        for (int i = 0; i < values.size(); ++i) {
            if (m_bars->at(i) != values.at(i)) {
                m_bars->replace(i, values.at(i));
            }
        }
    }
    const qreal top = axisTop(highest);
    if (m_counts->max() != top) {
        m_counts->setRange(0, top);
    }
    QStringList spoken;
    for (int i = 0; i < labels.size(); ++i) {
        spoken.append(tr("%1: %2").arg(labels.at(i)).arg(values.at(i)));
    }
    setAccessibleDescription(spoken.join(QStringLiteral("; ")));
}

// A round axis top a little above the highest value (room for a bar's label), divisible into
// five whole steps.
qreal AgingChart::axisTop(qreal highest)
{
    if (highest <= 0) {
        return 5;
    }
    const qreal padded = highest * 1.15;
    const qreal step = std::pow(10.0, std::floor(std::log10(padded)));
    for (const qreal factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (factor * step < 5) {
            continue;
        }
        if (factor * step >= padded) {
            return factor * step;
        }
    }
    return padded;
}

QString AgingChart::bucketLabel(const AgeBucket &bucket)
{
    // Chart labels are rich text: no "<". The axis title says they are days.
    if (bucket.toDays < 0) {
        return tr("%1+").arg(bucket.fromDays);
    }
    return tr("%1–%2").arg(bucket.fromDays).arg(bucket.toDays);
}

} // namespace caseline
