#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace caseline {

// The console's one set of colours: the states (error, warning, ok, info) of message bars,
// alerts, source chips and tiles, the systems' badges and the charts' lines, each with a light
// and a dark variant. The variant follows the palette it is made from (dark when its window
// colour is dark), so the console reads the same on a light or a dark desktop. No other file
// of the console spells a colour.
class StatePalette
{
public:
    enum class State
    {
        Error,
        Warning,
        Ok,
        Info
    };

    enum class ChartLine
    {
        Backlog,
        Opened,
        Resolved
    };

    // From the application's palette.
    StatePalette();
    explicit StatePalette(const QPalette &palette);

    bool isDark() const { return m_dark; }
    static bool isDark(const QPalette &palette);

    // A tinted area (a message bar, an alert, a chip) and the text and border drawn on it.
    QColor background(State state) const;
    QColor foreground(State state) const;
    QColor border(State state) const;
    // Text in the state's colour on the ordinary background of lists and windows (an overdue
    // SLA, a failed action).
    QColor emphasis(State state) const;
    // Text that is there but not on offer (days without a delivery slot).
    QColor muted() const;

    // The badge of a back-office system ("orders", "delivery", ..., "case") and the initial
    // written on it.
    QColor system(const QString &system) const;
    QColor badgeText() const;

    QColor chart(ChartLine line) const;

    // A watchdog alert's severity ("critical", "warning", anything else) as a state.
    static State ofSeverity(const QString &severity);

    // WCAG 2 contrast ratio of two colours, from 1 (the same) to 21 (black on white).
    static double contrast(const QColor &first, const QColor &second);

private:
    QPalette m_palette;
    bool m_dark = false;
};

} // namespace caseline
