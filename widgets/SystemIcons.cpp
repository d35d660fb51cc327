#include "SystemIcons.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace caseline {

QColor SystemIcons::colour(const QString &system)
{
    static const QHash<QString, QColor> colours = {
        {QStringLiteral("orders"), QColor(0x3b, 0x82, 0xd6)},
        {QStringLiteral("delivery"), QColor(0xe0, 0x8a, 0x1e)},
        {QStringLiteral("payments"), QColor(0x2e, 0xa0, 0x5a)},
        {QStringLiteral("returns"), QColor(0x9b, 0x59, 0xc6)},
        {QStringLiteral("notifications"), QColor(0x1f, 0xa3, 0xa8)},
        {QStringLiteral("case"), QColor(0x80, 0x80, 0x88)},
    };
    return colours.value(system, QColor(0x80, 0x80, 0x88));
}

QIcon SystemIcons::icon(const QString &system)
{
    // Drawn once per application: pixmaps must not outlive the application that made them.
    static QHash<QString, QIcon> icons;
    static bool cleanedWithApplication = false;
    if (!cleanedWithApplication && QCoreApplication::instance()) {
        cleanedWithApplication = true;
        QObject::connect(QCoreApplication::instance(), &QObject::destroyed, [] {
            icons.clear();
            cleanedWithApplication = false;
        });
    }
    const auto found = icons.constFind(system);
    if (found != icons.constEnd()) {
        return *found;
    }
    // A round badge with the system's initial, drawn at two sizes for high-DPI screens.
    QIcon icon;
    for (const int size : {16, 32}) {
        QPixmap badge(size, size);
        badge.fill(Qt::transparent);
        QPainter painter(&badge);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour(system));
        painter.drawEllipse(QRectF(0.5, 0.5, size - 1.0, size - 1.0));
        QFont font = painter.font();
        font.setPixelSize(size * 5 / 8);
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(Qt::white);
        const QString initial = system.isEmpty() ? QStringLiteral("?") : system.left(1).toUpper();
        painter.drawText(QRect(0, 0, size, size), Qt::AlignCenter, initial);
        painter.end();
        icon.addPixmap(badge);
    }
    icons.insert(system, icon);
    return icon;
}

QColor SystemIcons::severityColour(const QString &severity, bool dark)
{
    if (severity == QLatin1String("critical")) {
        return dark ? QColor(0x7a, 0x22, 0x22) : QColor(0xfd, 0xde, 0xde);
    }
    if (severity == QLatin1String("warning")) {
        return dark ? QColor(0x6b, 0x52, 0x12) : QColor(0xfd, 0xf1, 0xcf);
    }
    return dark ? QColor(0x1e, 0x3f, 0x66) : QColor(0xdd, 0xea, 0xfb);
}

} // namespace caseline
