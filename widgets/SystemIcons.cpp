#include "SystemIcons.h"

#include "StatePalette.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace caseline {

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
    const StatePalette colours;
    const QString key = system + (colours.isDark() ? QStringLiteral(":dark") : QString());
    const auto found = icons.constFind(key);
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
        painter.setBrush(colours.system(system));
        painter.drawEllipse(QRectF(0.5, 0.5, size - 1.0, size - 1.0));
        QFont font = painter.font();
        font.setPixelSize(size * 5 / 8);
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(colours.badgeText());
        const QString initial = system.isEmpty() ? QStringLiteral("?") : system.left(1).toUpper();
        painter.drawText(QRect(0, 0, size, size), Qt::AlignCenter, initial);
        painter.end();
        icon.addPixmap(badge);
    }
    icons.insert(key, icon);
    return icon;
}

} // namespace caseline
