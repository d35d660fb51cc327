#include "StatePalette.h"

#include <QGuiApplication>
#include <QHash>
#include <algorithm>
#include <array>
#include <cmath>

namespace caseline {

namespace {

struct Tint
{
    QRgb background;
    QRgb foreground;
    QRgb border;
    QRgb emphasis;
};

// Indexed by State. Each text colour has a contrast of at least 4.5:1 (WCAG AA) with the
// tint it is drawn on, and each emphasis with the variant's list and window backgrounds.
constexpr std::array<Tint, 4> lightTints = {{
    {0xfdecea, 0x8c1d18, 0xe0a39e, 0xb3261e},
    {0xfff4e0, 0x663c00, 0xe9c27a, 0x8a5300},
    {0xe6f4ea, 0x1e5631, 0x9fcfab, 0x1e7b34},
    {0xe3eefb, 0x0b3d78, 0xa8c5ea, 0x0b4f9c},
}};
constexpr std::array<Tint, 4> darkTints = {{
    {0x5c1f1c, 0xffdad6, 0x8c3a35, 0xff8a80},
    {0x4d3a0a, 0xffe4b0, 0x80621a, 0xffc14d},
    {0x17402a, 0xc8f0d4, 0x2f6e49, 0x7fd69b},
    {0x16365c, 0xd6e6ff, 0x2f5d94, 0x8ab4f8},
}};

struct SystemColours
{
    QRgb light;
    QRgb dark;
};

const Tint &tint(bool dark, StatePalette::State state)
{
    return (dark ? darkTints : lightTints).at(static_cast<std::size_t>(state));
}

QColor opaque(QRgb rgb)
{
    return QColor::fromRgb(rgb | 0xff000000u);
}

double luminance(const QColor &colour)
{
    const auto linear = [](double channel) {
        return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) +
           0.0722 * linear(colour.blueF());
}

} // namespace

StatePalette::StatePalette()
    : StatePalette(QGuiApplication::palette())
{
}

StatePalette::StatePalette(const QPalette &palette)
    : m_palette(palette)
    , m_dark(isDark(palette))
{
}

bool StatePalette::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor StatePalette::background(State state) const
{
    return opaque(tint(m_dark, state).background);
}

QColor StatePalette::foreground(State state) const
{
    return opaque(tint(m_dark, state).foreground);
}

QColor StatePalette::border(State state) const
{
    return opaque(tint(m_dark, state).border);
}

QColor StatePalette::emphasis(State state) const
{
    return opaque(tint(m_dark, state).emphasis);
}

QColor StatePalette::muted() const
{
    return m_palette.color(QPalette::Disabled, QPalette::Text);
}

QColor StatePalette::system(const QString &system) const
{
    // Light: dark badges under a white initial; dark: light badges under a dark one.
    static const QHash<QString, SystemColours> colours = {
        {QStringLiteral("orders"), {0x1f5fae, 0x8ab8f0}},
        {QStringLiteral("delivery"), {0x9c4a00, 0xf5b26b}},
        {QStringLiteral("payments"), {0x1b7340, 0x7ed3a0}},
        {QStringLiteral("returns"), {0x7240a0, 0xcda5ea}},
        {QStringLiteral("notifications"), {0x0e6a6e, 0x6fd3d6}},
        {QStringLiteral("case"), {0x5f5f66, 0xb4b4bc}},
    };
    const SystemColours found = colours.value(system, colours.value(QStringLiteral("case")));
    return opaque(m_dark ? found.dark : found.light);
}

QColor StatePalette::badgeText() const
{
    return opaque(m_dark ? 0x1a1a1a : 0xffffff);
}

QColor StatePalette::chart(ChartLine line) const
{
    switch (line) {
    case ChartLine::Opened:
        return system(QStringLiteral("delivery"));
    case ChartLine::Resolved:
        return system(QStringLiteral("payments"));
    case ChartLine::Backlog:
        break;
    }
    return system(QStringLiteral("orders"));
}

StatePalette::State StatePalette::ofSeverity(const QString &severity)
{
    if (severity == QLatin1String("critical")) {
        return State::Error;
    }
    if (severity == QLatin1String("warning")) {
        return State::Warning;
    }
    return State::Info;
}

double StatePalette::contrast(const QColor &first, const QColor &second)
{
    const double a = luminance(first);
    const double b = luminance(second);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

} // namespace caseline
