#include "itemmodels/CaseQueueModel.h"

#include "itemmodels/CaseRowPresentation.h"
#include "itemmodels/KeyedRows.h"

#include <algorithm>

namespace caseline {

CaseQueueModel::CaseQueueModel(const Clock &clock, QObject *parent)
    : KeyedRowsModel(parent)
    , m_clock(clock)
{
}

int CaseQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CaseQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    return CaseRowPresentation::data(m_rows[static_cast<std::size_t>(index.row())], index.column(),
                                     role);
}

QVariant CaseQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    return CaseRowPresentation::headerData(section, role);
}

QHash<int, QByteArray> CaseQueueModel::roleNames() const
{
    return CaseRowPresentation::roleNames(QAbstractTableModel::roleNames());
}

void CaseQueueModel::setCases(const std::vector<SupportCase> &cases)
{
    const QDateTime now = m_clock.now();
    std::vector<QueueRow> target;
    target.reserve(cases.size());
    for (const SupportCase &supportCase : cases) {
        const auto alerts = m_alertCounts.find(supportCase.id);
        target.push_back({supportCase, slaState(supportCase, now),
                          alerts == m_alertCounts.end() ? 0 : alerts->second});
    }

    const RowNotifications<QueueRow> notify =
        rowNotifications(m_rows, [this](int row) { emitRowChanged(row); });
    mergeKeyedRows(
        m_rows, std::move(target), [](const QueueRow &row) { return row.supportCase.id; },
        CaseRowPresentation::sameRow, notify);
}

void CaseQueueModel::setAlertCount(long long caseId, int count)
{
    m_alertCounts[caseId] = count;
    const int row = rowOf(caseId);
    if (row >= 0 && m_rows[static_cast<std::size_t>(row)].alerts != count) {
        m_rows[static_cast<std::size_t>(row)].alerts = count;
        emitRowChanged(row);
    }
}

std::optional<SupportCase> CaseQueueModel::caseAt(int row) const
{
    if (row < 0 || row >= rowCount()) {
        return std::nullopt;
    }
    return m_rows[static_cast<std::size_t>(row)].supportCase;
}

int CaseQueueModel::rowOf(long long caseId) const
{
    const auto found = std::find_if(m_rows.begin(), m_rows.end(), [&](const QueueRow &row) {
        return row.supportCase.id == caseId;
    });
    return found == m_rows.end() ? -1 : static_cast<int>(found - m_rows.begin());
}

void CaseQueueModel::refreshSla()
{
    const QDateTime now = m_clock.now();
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        const SlaState state = slaState(m_rows[row].supportCase, now);
        if (state != m_rows[row].sla) {
            m_rows[row].sla = state;
            emitRowChanged(static_cast<int>(row));
        }
    }
}

CaseQueueModel::SlaState CaseQueueModel::slaState(const SupportCase &supportCase,
                                                  const QDateTime &now)
{
    return CaseRowPresentation::slaState(supportCase, now);
}

QString CaseQueueModel::statusTitle(CaseStatus status)
{
    return CaseRowPresentation::statusTitle(status);
}

QString CaseQueueModel::priorityTitle(CasePriority priority)
{
    return CaseRowPresentation::priorityTitle(priority);
}

void CaseQueueModel::emitRowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace caseline
