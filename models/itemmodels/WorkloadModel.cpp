#include "itemmodels/WorkloadModel.h"

#include "itemmodels/DepartmentWords.h"
#include "itemmodels/KeyedRows.h"

#include <QLocale>

namespace caseline {

WorkloadModel::WorkloadModel(QObject *parent)
    : KeyedRowsModel(parent)
{
}

int WorkloadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int WorkloadModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkloadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const AgentWorkload &load = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case AssigneeColumn:
            return load.assignee.empty() ? tr("(unassigned)")
                                         : QString::fromStdString(load.assignee);
        case DepartmentColumn:
            return DepartmentWords::of(load.department);
        case OpenColumn:
            return QLocale().toString(load.open);
        case BreachedColumn:
            return QLocale().toString(load.breached);
        case AtRiskColumn:
            return QLocale().toString(load.atRisk);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() >= OpenColumn
                   ? QVariant::fromValue(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    case AssigneeRole:
        return QString::fromStdString(load.assignee);
    case OpenRole:
        return QVariant::fromValue<qlonglong>(load.open);
    case BreachedRole:
        return QVariant::fromValue<qlonglong>(load.breached);
    case AtRiskRole:
        return QVariant::fromValue<qlonglong>(load.atRisk);
    default:
        return {};
    }
}

QVariant WorkloadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case AssigneeColumn:
        return tr("Assignee");
    case DepartmentColumn:
        return tr("Department");
    case OpenColumn:
        return tr("Open");
    case BreachedColumn:
        return tr("SLA breached");
    case AtRiskColumn:
        return tr("At risk");
    default:
        return {};
    }
}

QHash<int, QByteArray> WorkloadModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(AssigneeRole, "assignee");
    names.insert(OpenRole, "open");
    names.insert(BreachedRole, "breached");
    names.insert(AtRiskRole, "atRisk");
    return names;
}

void WorkloadModel::setRows(const std::vector<AgentWorkload> &workload)
{
    const RowNotifications<AgentWorkload> notify = rowNotifications(m_rows, [this](int row) {
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
    mergeKeyedRows(
        m_rows, workload, [](const AgentWorkload &load) { return load.assignee; }, sameLoad,
        notify);
}

bool WorkloadModel::sameLoad(const AgentWorkload &a, const AgentWorkload &b)
{
    return a.assignee == b.assignee && a.department == b.department && a.open == b.open &&
           a.breached == b.breached && a.atRisk == b.atRisk;
}

} // namespace caseline
