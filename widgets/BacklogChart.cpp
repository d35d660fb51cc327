#include "BacklogChart.h"

#include "AgingChart.h"
#include "StatePalette.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace caseline {

namespace {

void setRangeIfChanged(QValueAxis *axis, qreal top)
{
    if (axis->min() != 0 || axis->max() != top) {
        axis->setRange(0, top);
    }
}

} // namespace

BacklogChart::BacklogChart(QWidget *parent)
    : QChartView(parent)
    , m_open(new QLineSeries)
    , m_opened(new QLineSeries)
    , m_resolved(new QLineSeries)
    , m_days(new QDateTimeAxis)
    , m_backlog(new QValueAxis)
    , m_perDay(new QValueAxis)
{
    auto *chart = new QChart;
    const StatePalette colours(palette());
    // The theme first: it recolours what is already in the chart.
    chart->setTheme(colours.isDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setTitle(tr("Backlog over time"));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);

    m_open->setName(tr("Open at end of day"));
    m_open->setPen(QPen(colours.chart(StatePalette::ChartLine::Backlog), 3));
    m_opened->setName(tr("Opened that day"));
    m_opened->setPen(QPen(colours.chart(StatePalette::ChartLine::Opened), 1.5, Qt::DashLine));
    m_resolved->setName(tr("Resolved that day"));
    m_resolved->setPen(QPen(colours.chart(StatePalette::ChartLine::Resolved), 1.5, Qt::DashLine));
    chart->addSeries(m_open);
    chart->addSeries(m_opened);
    chart->addSeries(m_resolved);

    m_days->setFormat(QStringLiteral("dd MMM"));
    m_days->setTickCount(7);
    chart->addAxis(m_days, Qt::AlignBottom);
    m_backlog->setLabelFormat(QStringLiteral("%d"));
    m_backlog->setTitleText(tr("Open"));
    m_backlog->setTickCount(6);
    chart->addAxis(m_backlog, Qt::AlignLeft);
    m_perDay->setLabelFormat(QStringLiteral("%d"));
    m_perDay->setTitleText(tr("Per day"));
    m_perDay->setTickCount(6);
    chart->addAxis(m_perDay, Qt::AlignRight);
    for (QLineSeries *series : {m_open, m_opened, m_resolved}) {
        series->attachAxis(m_days);
        series->attachAxis(series == m_open ? m_backlog : m_perDay);
    }
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(tr("Backlog over time"));
}

void BacklogChart::setPoints(const std::vector<BacklogPoint> &points)
{
    QList<QPointF> open;
    QList<QPointF> opened;
    QList<QPointF> resolved;
    qreal highestOpen = 0;
    qreal highestPerDay = 0;
    for (const BacklogPoint &point : points) {
        const qreal x = dayPosition(point.day);
        open.append({x, static_cast<qreal>(point.open)});
        opened.append({x, static_cast<qreal>(point.opened)});
        resolved.append({x, static_cast<qreal>(point.resolved)});
        highestOpen = std::max(highestOpen, static_cast<qreal>(point.open));
        highestPerDay = std::max(
            {highestPerDay, static_cast<qreal>(point.opened), static_cast<qreal>(point.resolved)});
    }
    // replace() sends one signal per series; skipping equal lists spares the redraw.
    if (m_open->points() != open) {
        m_open->replace(open);
    }
    if (m_opened->points() != opened) {
        m_opened->replace(opened);
    }
    if (m_resolved->points() != resolved) {
        m_resolved->replace(resolved);
    }
    if (!points.empty()) {
        const QDateTime first =
            QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(open.first().x()), Qt::UTC);
        const QDateTime last =
            QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(open.last().x()), Qt::UTC);
        if (m_days->min() != first || m_days->max() != last) {
            m_days->setRange(first, last);
        }
    }
    setRangeIfChanged(m_backlog, AgingChart::axisTop(highestOpen));
    setRangeIfChanged(m_perDay, AgingChart::axisTop(highestPerDay));
    if (!points.empty()) {
        setAccessibleDescription(
            tr("%1 open cases on %2, %3 on %4")
                .arg(points.front().open)
                .arg(QLocale().toString(points.front().day, QLocale::ShortFormat))
                .arg(points.back().open)
                .arg(QLocale().toString(points.back().day, QLocale::ShortFormat)));
    }
}

qreal BacklogChart::dayPosition(const QDate &day)
{
    return static_cast<qreal>(QDateTime(day, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
}

} // namespace caseline
