#pragma once

// What a person sees of a text on screen, measured from rendered pixels (header-only, for GUI
// tests that link caseline_widgets): the area's most common colour is taken as its background,
// and the pixel that stands out most from it as the text.
#include "StatePalette.h"

#include <QHash>
#include <QImage>
#include <QRect>
#include <QWidget>
#include <string>

namespace caseline::test {

struct RenderedText
{
    QColor background;
    QColor text;
    double contrast = 1.0;

    std::string describe() const
    {
        return text.name().toStdString() + " on " + background.name().toStdString() + ": " +
               std::to_string(contrast) + ":1";
    }
};

// Over `area` of the image (all of it when empty); pixels that are not opaque are left out
// (the corners of a round badge).
inline RenderedText renderedText(const QImage &picture, const QRect &area = {})
{
    const QImage image = picture.convertToFormat(QImage::Format_ARGB32);
    const QRect within = area.isEmpty() ? image.rect() : area.intersected(image.rect());
    QHash<QRgb, int> counts;
    for (int y = within.top(); y <= within.bottom(); ++y) {
        for (int x = within.left(); x <= within.right(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            if (qAlpha(pixel) == 255) {
                ++counts[pixel];
            }
        }
    }
    RenderedText found;
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            found.background = QColor::fromRgb(it.key());
        }
    }
    found.text = found.background;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const double contrast = StatePalette::contrast(QColor::fromRgb(it.key()), found.background);
        if (contrast > found.contrast) {
            found.contrast = contrast;
            found.text = QColor::fromRgb(it.key());
        }
    }
    return found;
}

// The text of `widget` as drawn inside `screen` (a window or bar around it): the widget's own
// grab would show it on its palette's background, not on what its parents paint behind it.
inline RenderedText renderedText(QWidget *widget, QWidget *screen)
{
    const QImage image = screen->grab().toImage();
    const qreal ratio = image.devicePixelRatio();
    const QRect area(widget->mapTo(screen, QPoint(0, 0)) * ratio, widget->size() * ratio);
    return renderedText(image, area);
}

} // namespace caseline::test
