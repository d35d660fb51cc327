#include "PickupPointText.h"

#include <QStringList>

namespace caseline {

QString PickupPointText::kind(const std::string &kind)
{
    if (kind == "post-office") {
        return tr("Post office");
    }
    if (kind == "locker") {
        return tr("Parcel locker");
    }
    if (kind == "store") {
        return tr("Store");
    }
    return QString::fromStdString(kind);
}

QString PickupPointText::address(const Address &address)
{
    QStringList parts;
    for (const std::string &part : {address.line1, address.line2}) {
        if (!part.empty()) {
            parts << QString::fromStdString(part);
        }
    }
    const QString town =
        QStringLiteral("%1 %2")
            .arg(QString::fromStdString(address.postalCode), QString::fromStdString(address.city))
            .trimmed();
    if (!town.isEmpty()) {
        parts << town;
    }
    if (!address.country.empty()) {
        parts << QString::fromStdString(address.country);
    }
    return parts.join(QStringLiteral(", "));
}

QString PickupPointText::openingHours(const PickupPoint &point)
{
    if (point.openingHours.empty()) {
        return tr("Opening hours unknown");
    }
    QStringList parts;
    for (const OpeningHours &hours : point.openingHours) {
        parts << tr("%1 %2–%3")
                     .arg(QString::fromStdString(hours.days), QString::fromStdString(hours.from),
                          QString::fromStdString(hours.to));
    }
    return tr("Open %1").arg(parts.join(QStringLiteral("; ")));
}

QString PickupPointText::summary(const PickupPoint &point)
{
    return tr("%1 · %2\n%3\n%4")
        .arg(kind(point.kind), QString::fromStdString(point.name), address(point.address),
             openingHours(point));
}

} // namespace caseline
