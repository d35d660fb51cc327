#pragma once

#include "itemmodels/TimelineFilterModel.h"

namespace caseline {

// Turns the timeline model's meaning into looks: the system's badge and colour, evidence of an
// alert highlighted, an action still waiting in grey italics, a failed one in red. It is the
// GUI-free filter (per system, by text) with looks added: one proxy between model and view.
class TimelinePresentation : public TimelineFilterModel
{
    Q_OBJECT

public:
    using TimelineFilterModel::TimelineFilterModel;
    QVariant data(const QModelIndex &index, int role) const override;
};

} // namespace caseline
