#include "itemmodels/SlaCaseListModel.h"

#include "itemmodels/CaseQueueModel.h"
#include "itemmodels/CsvExport.h"
#include "itemmodels/DepartmentWords.h"
#include "itemmodels/DurationWords.h"
#include "itemmodels/KeyedRows.h"

#include <QLocale>

namespace caseline {

SlaCaseListModel::SlaCaseListModel(QObject *parent)
    : KeyedRowsModel(parent)
{
}

int SlaCaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SlaCaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SlaCaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const SlaRow &row = m_rows[static_cast<std::size_t>(index.row())];
    const SupportCase &supportCase = row.supportCase;
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::ToolTipRole:
        return tr("%1: %2\n%3")
            .arg(QString::fromStdString(supportCase.reference()),
                 QString::fromStdString(supportCase.subject),
                 DurationWords::timeLeft(row.secondsLeft));
    case CsvExport::ExportRole:
        // A spreadsheet wants the moment, not the words.
        if (index.column() == DueColumn) {
            return supportCase.slaDue.toUTC().toString(Qt::ISODate);
        }
        if (index.column() == TimeLeftColumn) {
            return QString::number(row.secondsLeft / 60);
        }
        return {};
    case CaseIdRole:
        return QVariant::fromValue<qlonglong>(supportCase.id);
    case SlaStateRole:
        return row.sla;
    case TimeLeftSecondsRole:
        return QVariant::fromValue<qlonglong>(row.secondsLeft);
    case SlaDueRole:
        return supportCase.slaDue;
    case StatusRole:
        return QString::fromStdString(toString(supportCase.status));
    case PriorityRole:
        return QString::fromStdString(toString(supportCase.priority));
    case AssigneeRole:
        return QString::fromStdString(supportCase.assignee);
    default:
        return {};
    }
}

QVariant SlaCaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == CsvExport::ExportRole &&
        section == TimeLeftColumn) {
        return tr("Minutes left");
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case ReferenceColumn:
        return tr("Case");
    case CustomerColumn:
        return tr("Customer");
    case DepartmentColumn:
        return tr("Department");
    case AssigneeColumn:
        return tr("Assignee");
    case StatusColumn:
        return tr("Status");
    case PriorityColumn:
        return tr("Priority");
    case DueColumn:
        return tr("Due");
    case TimeLeftColumn:
        return tr("Time left");
    default:
        return {};
    }
}

QHash<int, QByteArray> SlaCaseListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(CaseIdRole, "caseId");
    names.insert(SlaStateRole, "slaState");
    names.insert(TimeLeftSecondsRole, "timeLeftSeconds");
    names.insert(SlaDueRole, "slaDue");
    names.insert(StatusRole, "status");
    names.insert(PriorityRole, "priority");
    names.insert(AssigneeRole, "assignee");
    return names;
}

void SlaCaseListModel::setRows(const std::vector<SupportCase> &cases, const QDateTime &now)
{
    std::vector<SlaRow> target;
    target.reserve(cases.size());
    for (const SupportCase &supportCase : cases) {
        target.push_back({supportCase, static_cast<int>(CaseQueueModel::slaState(supportCase, now)),
                          supportCase.slaDue.isValid() ? now.secsTo(supportCase.slaDue) : 0});
    }
    const RowNotifications<SlaRow> notify = rowNotifications(m_rows, [this](int row) {
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
    mergeKeyedRows(
        m_rows, std::move(target), [](const SlaRow &row) { return row.supportCase.id; }, sameRow,
        notify);
}

long long SlaCaseListModel::caseIdAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[static_cast<std::size_t>(row)].supportCase.id : 0;
}

bool SlaCaseListModel::sameRow(const SlaRow &a, const SlaRow &b)
{
    const SupportCase &x = a.supportCase;
    const SupportCase &y = b.supportCase;
    return a.sla == b.sla && a.secondsLeft == b.secondsLeft && x.id == y.id &&
           x.customerId == y.customerId && x.subject == y.subject && x.status == y.status &&
           x.priority == y.priority && x.department == y.department && x.assignee == y.assignee &&
           x.slaDue == y.slaDue;
}

QString SlaCaseListModel::displayText(const SlaRow &row, int column) const
{
    const SupportCase &supportCase = row.supportCase;
    switch (column) {
    case ReferenceColumn:
        return QString::fromStdString(supportCase.reference());
    case CustomerColumn:
        return QString::fromStdString(supportCase.customerId);
    case DepartmentColumn:
        return DepartmentWords::of(supportCase.department);
    case AssigneeColumn:
        return supportCase.assignee.empty() ? tr("(unassigned)")
                                            : QString::fromStdString(supportCase.assignee);
    case StatusColumn:
        return CaseQueueModel::statusTitle(supportCase.status);
    case PriorityColumn:
        return CaseQueueModel::priorityTitle(supportCase.priority);
    case DueColumn:
        return supportCase.slaDue.isValid() ? QLocale().toString(supportCase.slaDue.toLocalTime(),
                                                                 QStringLiteral("dd MMM HH:mm"))
                                            : QString();
    case TimeLeftColumn:
        return supportCase.slaDue.isValid() ? DurationWords::timeLeft(row.secondsLeft) : QString();
    default:
        return {};
    }
}

} // namespace caseline
