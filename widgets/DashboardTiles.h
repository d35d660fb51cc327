#pragma once

#include <QWidget>
#include <array>

class QFrame;
class QLabel;

namespace caseline {

// The dashboard's headline figures, one tile each: open cases, SLA breached, at risk, watchdog
// alerts, refunds awaiting approval. A tile turns red or amber while its figure needs a
// supervisor; it restyles only when that changes, so a refresh every second does not flicker.
class DashboardTiles : public QWidget
{
    Q_OBJECT

public:
    enum class Tile
    {
        OpenCases,
        Breached,
        AtRisk,
        Watchdog,
        Approvals
    };
    static constexpr int TileCount = 5;

    enum class Tone
    {
        Calm,
        Warning,
        Alarm
    };

    explicit DashboardTiles(QWidget *parent = nullptr);

    void setFigures(long long openCases, long long breached, long long atRisk, long long watchdog,
                    long long approvals);
    QString valueText(Tile tile) const;
    Tone tone(Tile tile) const;
    QFrame *frame(Tile tile) const;

private:
    struct TileWidgets
    {
        QFrame *frame = nullptr;
        QLabel *value = nullptr;
        QLabel *caption = nullptr;
        Tone tone = Tone::Calm;
    };

    void setFigure(Tile tile, long long figure, Tone tone);

    std::array<TileWidgets, TileCount> m_tiles;
};

} // namespace caseline
