#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace caseline {

// The colour and icon of each source on the timeline (orders, delivery, payments, returns,
// notifications, case), so an agent tells the systems apart at a glance. Colours are chosen to
// read on light and dark palettes alike.
class SystemIcons
{
public:
    static QColor colour(const QString &system);
    static QIcon icon(const QString &system);
    // Severity of a watchdog alert: critical, warning, info.
    static QColor severityColour(const QString &severity, bool dark);
};

} // namespace caseline
