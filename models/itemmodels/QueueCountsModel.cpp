#include "itemmodels/QueueCountsModel.h"

#include "itemmodels/CaseQueueModel.h"
#include "itemmodels/DepartmentWords.h"
#include "itemmodels/KeyedRows.h"

#include <QLocale>
#include <map>

namespace caseline {

namespace {

constexpr CaseStatus statusOfColumn[] = {CaseStatus::New, CaseStatus::Open,
                                         CaseStatus::WaitingOnCustomer,
                                         CaseStatus::WaitingOnDepartment};
// Most urgent first, as the columns read.
constexpr CasePriority priorityOfColumn[] = {CasePriority::Urgent, CasePriority::High,
                                             CasePriority::Normal, CasePriority::Low};

int statusSlot(CaseStatus status)
{
    for (int slot = 0; slot < 4; ++slot) {
        if (statusOfColumn[slot] == status) {
            return slot;
        }
    }
    return -1;
}

int prioritySlot(CasePriority priority)
{
    return static_cast<int>(priority); // Low=0 .. Urgent=3
}

bool isStatusColumn(int column)
{
    return column >= QueueCountsModel::NewColumn &&
           column <= QueueCountsModel::WaitingOnDepartmentColumn;
}

bool isPriorityColumn(int column)
{
    return column >= QueueCountsModel::UrgentColumn && column <= QueueCountsModel::LowColumn;
}

QString departmentTitle(const std::string &department)
{
    return DepartmentWords::of(department);
}

} // namespace

QueueCountsModel::QueueCountsModel(QObject *parent)
    : KeyedRowsModel(parent)
{
}

int QueueCountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int QueueCountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

long long QueueCountsModel::cellOfPriority(const DepartmentRow &row, int column, int priority)
{
    if (isStatusColumn(column)) {
        return row.cases[static_cast<std::size_t>(column - NewColumn)]
                        [static_cast<std::size_t>(priority)];
    }
    long long sum = 0;
    for (const auto &byPriority : row.cases) {
        sum += byPriority[static_cast<std::size_t>(priority)];
    }
    return sum;
}

long long QueueCountsModel::cell(const DepartmentRow &row, int column)
{
    if (isPriorityColumn(column)) {
        return cellOfPriority(
            row, TotalColumn,
            prioritySlot(priorityOfColumn[static_cast<std::size_t>(column - UrgentColumn)]));
    }
    long long sum = 0;
    for (int priority = 0; priority < PriorityCount; ++priority) {
        sum += cellOfPriority(row, column, priority);
    }
    return sum;
}

QVariant QueueCountsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const DepartmentRow &row = m_rows[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == DepartmentColumn) {
            return row.department.empty() ? tr("All departments") : departmentTitle(row.department);
        }
        return QLocale().toString(cell(row, column));
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::TextAlignmentRole:
        return column == DepartmentColumn
                   ? QVariant()
                   : QVariant::fromValue(int(Qt::AlignRight | Qt::AlignVCenter));
    case CountRole:
        return QVariant::fromValue<qlonglong>(column == DepartmentColumn ? -1 : cell(row, column));
    case DepartmentRole:
        return QString::fromStdString(row.department);
    case StatusRole:
        return isStatusColumn(column)
                   ? QString::fromStdString(toString(statusOfColumn[column - NewColumn]))
                   : QString();
    case PriorityRole:
        return isPriorityColumn(column)
                   ? QString::fromStdString(toString(priorityOfColumn[column - UrgentColumn]))
                   : QString();
    case TotalRowRole:
        return row.department.empty();
    case UrgentCountRole:
        return QVariant::fromValue<qlonglong>(
            column == DepartmentColumn || isPriorityColumn(column)
                ? 0
                : cellOfPriority(row, column, prioritySlot(CasePriority::Urgent)));
    default:
        return {};
    }
}

QVariant QueueCountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::ToolTipRole) {
        if (isStatusColumn(section) || section == TotalColumn) {
            return tr("Cases by status");
        }
        if (isPriorityColumn(section)) {
            return tr("The same cases by priority");
        }
        return {};
    }
    if (role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section == DepartmentColumn) {
        return tr("Department");
    }
    if (section == TotalColumn) {
        return tr("Total");
    }
    if (isStatusColumn(section)) {
        return CaseQueueModel::statusTitle(statusOfColumn[section - NewColumn]);
    }
    return CaseQueueModel::priorityTitle(priorityOfColumn[section - UrgentColumn]);
}

QHash<int, QByteArray> QueueCountsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(CountRole, "count");
    names.insert(DepartmentRole, "department");
    names.insert(StatusRole, "status");
    names.insert(PriorityRole, "priority");
    names.insert(TotalRowRole, "totalRow");
    names.insert(UrgentCountRole, "urgentCount");
    return names;
}

void QueueCountsModel::setRows(const std::vector<QueueCount> &counts)
{
    std::map<std::string, DepartmentRow> byDepartment; // alphabetical
    DepartmentRow total;
    for (const QueueCount &count : counts) {
        const int status = statusSlot(count.status);
        if (status < 0) {
            continue; // resolved and closed cases are not the backlog
        }
        DepartmentRow &row = byDepartment[count.department];
        row.department = count.department;
        const auto s = static_cast<std::size_t>(status);
        const auto p = static_cast<std::size_t>(prioritySlot(count.priority));
        row.cases[s][p] += count.cases;
        total.cases[s][p] += count.cases;
    }
    std::vector<DepartmentRow> target;
    target.reserve(byDepartment.size() + 1);
    for (auto &[name, row] : byDepartment) {
        target.push_back(std::move(row));
    }
    target.push_back(total);

    const RowNotifications<DepartmentRow> notify = rowNotifications(m_rows, [this](int row) {
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
    mergeKeyedRows(
        m_rows, std::move(target), [](const DepartmentRow &row) { return row.department; },
        [](const DepartmentRow &a, const DepartmentRow &b) { return a == b; }, notify);
}

long long QueueCountsModel::count(const std::string &department, int column) const
{
    for (const DepartmentRow &row : m_rows) {
        if (row.department == department) {
            return column == DepartmentColumn ? 0 : cell(row, column);
        }
    }
    return 0;
}

QString QueueCountsModel::toolTip(const DepartmentRow &row, int column) const
{
    const QString where =
        row.department.empty() ? tr("All departments") : departmentTitle(row.department);
    if (column == DepartmentColumn || isPriorityColumn(column)) {
        return where;
    }
    QStringList lines;
    lines.append(
        column == TotalColumn
            ? tr("%1: %n open case(s)", nullptr, static_cast<int>(cell(row, column))).arg(where)
            : tr("%1, %2: %n case(s)", nullptr, static_cast<int>(cell(row, column)))
                  .arg(where, headerData(column, Qt::Horizontal).toString()));
    for (const CasePriority priority : priorityOfColumn) {
        const long long cases = cellOfPriority(row, column, prioritySlot(priority));
        if (cases > 0) {
            lines.append(tr("%1: %2").arg(CaseQueueModel::priorityTitle(priority)).arg(cases));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace caseline
