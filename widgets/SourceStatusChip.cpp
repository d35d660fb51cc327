#include "SourceStatusChip.h"

#include <QLocale>
#include <QPalette>

namespace caseline {

SourceStatusChip::SourceStatusChip(const QString &systemName, QWidget *parent)
    : QLabel(parent)
    , m_systemName(systemName)
{
    setAutoFillBackground(true);
    setMargin(4);
    showOk();
}

void SourceStatusChip::showUnknown()
{
    present(State::Unknown, tr("%1: …").arg(m_systemName),
            tr("%1 has not been asked yet").arg(m_systemName));
}

void SourceStatusChip::showOk()
{
    present(State::Ok, tr("%1: ok").arg(m_systemName), tr("%1 answered with fresh data").arg(m_systemName));
}

void SourceStatusChip::showStale(const QDateTime &since)
{
    const QString time = QLocale().toString(since.toLocalTime(), QLocale::ShortFormat);
    present(State::Stale, tr("%1: stale since %2").arg(m_systemName, time),
            tr("%1 is shown from the cache of %2").arg(m_systemName, time));
}

void SourceStatusChip::showError(const QString &reason)
{
    present(State::Error, tr("%1: error").arg(m_systemName),
            tr("%1 could not be reached: %2").arg(m_systemName, reason));
}

void SourceStatusChip::present(State state, const QString &text, const QString &detail)
{
    m_state = state;
    setText(text);
    setToolTip(detail);
    setAccessibleName(text);
    setAccessibleDescription(detail);
    // Colour carries the state at a glance; the words carry it for everyone else.
    QPalette colours = palette();
    const bool dark = colours.color(QPalette::Window).lightness() < 128;
    QColor background;
    switch (state) {
    case State::Unknown:
        background = colours.color(QPalette::Button);
        break;
    case State::Ok:
        background = dark ? QColor(0x1f, 0x4d, 0x2b) : QColor(0xd9, 0xf2, 0xdf);
        break;
    case State::Stale:
        background = dark ? QColor(0x5c, 0x4a, 0x12) : QColor(0xfc, 0xf0, 0xc8);
        break;
    case State::Error:
        background = dark ? QColor(0x6b, 0x1d, 0x1d) : QColor(0xfa, 0xd4, 0xd4);
        break;
    }
    colours.setColor(QPalette::Window, background);
    setPalette(colours);
}

} // namespace caseline
