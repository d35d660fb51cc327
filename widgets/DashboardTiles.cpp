#include "DashboardTiles.h"

#include "StatePalette.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace caseline {

namespace {

QString styleFor(DashboardTiles::Tone tone, const QPalette &palette)
{
    if (tone == DashboardTiles::Tone::Calm) {
        return QStringLiteral("QFrame#tile { background: palette(base); border: 1px solid "
                              "palette(mid); border-radius: 6px; }");
    }
    const StatePalette colours(palette);
    const StatePalette::State state = tone == DashboardTiles::Tone::Alarm
                                          ? StatePalette::State::Error
                                          : StatePalette::State::Warning;
    return QStringLiteral("QFrame#tile { background: %1; border: 1px solid %2; "
                          "border-radius: 6px; } QLabel { color: %3; }")
        .arg(colours.background(state).name(), colours.border(state).name(),
             colours.foreground(state).name());
}

} // namespace

DashboardTiles::DashboardTiles(QWidget *parent)
    : QWidget(parent)
{
    const std::array<QString, TileCount> captions = {tr("Open cases"), tr("SLA breached"),
                                                     tr("SLA at risk"), tr("Watchdog alerts"),
                                                     tr("Refunds awaiting approval")};
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    for (std::size_t i = 0; i < m_tiles.size(); ++i) {
        TileWidgets &tile = m_tiles[i];
        tile.frame = new QFrame(this);
        tile.frame->setObjectName(QStringLiteral("tile"));
        tile.frame->setFocusPolicy(Qt::NoFocus);
        auto *inner = new QVBoxLayout(tile.frame);
        inner->setContentsMargins(14, 8, 14, 8);
        inner->setSpacing(0);
        tile.value = new QLabel(QStringLiteral("–"), tile.frame);
        QFont big = tile.value->font();
        big.setPointSizeF(big.pointSizeF() * 2.0);
        big.setBold(true);
        tile.value->setFont(big);
        tile.caption = new QLabel(captions[i], tile.frame);
        inner->addWidget(tile.value);
        inner->addWidget(tile.caption);
        tile.frame->setStyleSheet(styleFor(Tone::Calm, palette()));
        tile.frame->setAccessibleName(captions[i]);
        layout->addWidget(tile.frame, 1);
    }
}

void DashboardTiles::setFigures(long long openCases, long long breached, long long atRisk,
                                long long watchdog, long long approvals)
{
    setFigure(Tile::OpenCases, openCases, Tone::Calm);
    setFigure(Tile::Breached, breached, breached > 0 ? Tone::Alarm : Tone::Calm);
    setFigure(Tile::AtRisk, atRisk, atRisk > 0 ? Tone::Warning : Tone::Calm);
    setFigure(Tile::Watchdog, watchdog, watchdog > 0 ? Tone::Warning : Tone::Calm);
    setFigure(Tile::Approvals, approvals, approvals > 0 ? Tone::Warning : Tone::Calm);
}

QString DashboardTiles::valueText(Tile tile) const
{
    return m_tiles[static_cast<std::size_t>(tile)].value->text();
}

DashboardTiles::Tone DashboardTiles::tone(Tile tile) const
{
    return m_tiles[static_cast<std::size_t>(tile)].tone;
}

QFrame *DashboardTiles::frame(Tile tile) const
{
    return m_tiles[static_cast<std::size_t>(tile)].frame;
}

void DashboardTiles::setFigure(Tile which, long long figure, Tone tone)
{
    TileWidgets &tile = m_tiles[static_cast<std::size_t>(which)];
    const QString text = QLocale().toString(figure);
    if (tile.value->text() != text) {
        tile.value->setText(text);
        tile.frame->setAccessibleName(tr("%1: %2").arg(tile.caption->text(), text));
    }
    if (tile.tone != tone) {
        tile.tone = tone;
        tile.frame->setStyleSheet(styleFor(tone, palette()));
    }
}

} // namespace caseline
