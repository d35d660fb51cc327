#pragma once

#include "domain/SupportCase.h"
#include "itemmodels/CaseQueueModel.h"

#include <QCoreApplication>
#include <QHash>
#include <QVariant>

namespace caseline {

// How one case shows in a queue, whichever model holds it (the console's CaseQueueModel or
// the lazily paged CasePageModel): the cells, tooltip and roles for CaseQueueModel's columns
// and roles, and whether the case needs attention.
class CaseRowPresentation
{
    Q_DECLARE_TR_FUNCTIONS(CaseRowPresentation)

public:
    using SlaState = CaseQueueModel::SlaState;

    using Row = CaseQueueModel::QueueRow;

    static QVariant data(const Row &row, int column, int role);
    static QVariant headerData(int section, int role);
    static QHash<int, QByteArray> roleNames(QHash<int, QByteArray> names);
    static bool sameRow(const Row &a, const Row &b);
    static bool needsAttention(const Row &row);

    static SlaState slaState(const SupportCase &supportCase, const QDateTime &now);
    static QString statusTitle(CaseStatus status);
    static QString priorityTitle(CasePriority priority);

private:
    static QString displayText(const Row &row, int column);
    static QString toolTip(const Row &row);
};

} // namespace caseline
