#include "SourceStatusChip.h"

#include "StatePalette.h"

#include <QEvent>
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
    present(State::Ok, tr("%1: ok").arg(m_systemName),
            tr("%1 answered with fresh data").arg(m_systemName));
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
    recolour();
}

void SourceStatusChip::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        recolour();
    }
}

void SourceStatusChip::recolour()
{
    if (m_recolouring) {
        return;
    }
    m_recolouring = true;
    // Colour carries the state at a glance; the words carry it for everyone else. Light or dark
    // is read from the parent's palette: this chip's own window colour is its tint.
    const QPalette around = parentWidget() ? parentWidget()->palette() : QPalette();
    const StatePalette states(around);
    QPalette colours = palette();
    switch (m_state) {
    case State::Unknown:
        colours.setColor(QPalette::Window, around.color(QPalette::Button));
        colours.setColor(QPalette::WindowText, around.color(QPalette::ButtonText));
        break;
    case State::Ok:
        colours.setColor(QPalette::Window, states.background(StatePalette::State::Ok));
        colours.setColor(QPalette::WindowText, states.foreground(StatePalette::State::Ok));
        break;
    case State::Stale:
        colours.setColor(QPalette::Window, states.background(StatePalette::State::Warning));
        colours.setColor(QPalette::WindowText, states.foreground(StatePalette::State::Warning));
        break;
    case State::Error:
        colours.setColor(QPalette::Window, states.background(StatePalette::State::Error));
        colours.setColor(QPalette::WindowText, states.foreground(StatePalette::State::Error));
        break;
    }
    setPalette(colours);
    m_recolouring = false;
}

} // namespace caseline
