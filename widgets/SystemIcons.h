#pragma once

#include <QIcon>
#include <QString>

namespace caseline {

// The badge of each source on the timeline (orders, delivery, payments, returns, notifications,
// case): a round badge in the system's colour with its initial, so an agent tells the systems
// apart at a glance. Drawn in the application palette's variant (StatePalette), light or dark.
class SystemIcons
{
public:
    static QIcon icon(const QString &system);
};

} // namespace caseline
