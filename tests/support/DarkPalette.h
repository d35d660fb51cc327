#pragma once

// A dark desktop's palette for GUI tests (header-only: only GUI tests include it), the kind a
// dark Plasma or GNOME theme hands Qt, and the Fusion style that draws with it.
#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace caseline::test {

inline QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor muted(0x8a, 0x8d, 0x91);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::PlaceholderText, muted);
    palette.setColor(QPalette::Button, QColor(0x3c, 0x3f, 0x41));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0xff, 0xff));
    palette.setColor(QPalette::Light, QColor(0x4e, 0x51, 0x54));
    palette.setColor(QPalette::Midlight, QColor(0x45, 0x48, 0x4b));
    palette.setColor(QPalette::Mid, QColor(0x33, 0x35, 0x38));
    palette.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1d));
    palette.setColor(QPalette::Shadow, QColor(0x0f, 0x0f, 0x10));
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    palette.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    palette.setColor(QPalette::ToolTipBase, window);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    palette.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        palette.setColor(QPalette::Disabled, role, muted);
    }
    return palette;
}

// Puts the application in the Fusion style with a light or a dark palette while it lives, and
// back as it was after.
class ApplicationLook
{
public:
    explicit ApplicationLook(bool dark)
        : m_style(QApplication::style()->name())
        , m_palette(QApplication::palette())
    {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        // Setting a style resets the palette to the style's own: the palette comes after.
        QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
    }
    ~ApplicationLook()
    {
        QApplication::setStyle(QStyleFactory::create(m_style));
        QApplication::setPalette(m_palette);
    }
    ApplicationLook(const ApplicationLook &) = delete;
    ApplicationLook &operator=(const ApplicationLook &) = delete;

private:
    QString m_style;
    QPalette m_palette;
};

} // namespace caseline::test
