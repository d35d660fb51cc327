#include "TimelinePresentation.h"

#include "StatePalette.h"
#include "SystemIcons.h"
#include "itemmodels/TimelineModel.h"

#include <QFont>

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
        const StatePalette colours;
        if (outbox == QLatin1String("failed")) {
            return colours.emphasis(StatePalette::State::Error);
        }
        if (outbox == QLatin1String("pending") || !topLevel) {
            return colours.muted();
        }
        if (roleOf(TimelineModel::IsEvidenceRole).toBool()) {
            return colours.foreground(StatePalette::State::Warning);
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
            return StatePalette().background(StatePalette::State::Warning);
        }
        break;
    default:
        break;
    }
    return TimelineFilterModel::data(index, role);
}

} // namespace caseline
