#pragma once

#include <QIdentityProxyModel>

namespace caseline {

// Turns the timeline model's meaning into looks: the system's badge and colour, evidence of an
// alert highlighted, an action still waiting in grey italics, a failed one in red. The model
// below stays GUI-free.
class TimelinePresentation : public QIdentityProxyModel
{
    Q_OBJECT

public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override;
};

} // namespace caseline
