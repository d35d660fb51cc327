#include "TimelinePresentation.h"

#include "SystemIcons.h"
#include "itemmodels/TimelineModel.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

namespace caseline {

QVariant TimelinePresentation::data(const QModelIndex &index, int role) const
{
    const auto roleOf = [&](TimelineModel::Role wanted) {
        return TimelineFilterModel::data(index, wanted);
    };
    const bool topLevel = !index.parent().isValid();
    switch (role) {
    case Qt::DecorationRole:
        if (topLevel && index.column() == TimelineModel::SystemColumn) {
            return SystemIcons::icon(roleOf(TimelineModel::SystemRole).toString());
        }
        break;
    case Qt::ForegroundRole: {
        const QString outbox = roleOf(TimelineModel::OutboxStateRole).toString();
        if (outbox == QLatin1String("failed")) {
            return QColor(0xd0, 0x30, 0x30);
        }
        if (outbox == QLatin1String("pending") || !topLevel) {
            return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
        }
        break;
    }
    case Qt::FontRole:
        if (!roleOf(TimelineModel::OutboxStateRole).toString().isEmpty()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        if (topLevel && roleOf(TimelineModel::IsEvidenceRole).toBool()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::BackgroundRole:
        if (topLevel && roleOf(TimelineModel::IsEvidenceRole).toBool()) {
            const bool dark = QApplication::palette().color(QPalette::Base).lightness() < 128;
            return SystemIcons::severityColour(QStringLiteral("warning"), dark);
        }
        break;
    default:
        break;
    }
    return TimelineFilterModel::data(index, role);
}

} // namespace caseline
