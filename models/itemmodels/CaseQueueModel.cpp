#include "itemmodels/CaseQueueModel.h"

#include "itemmodels/KeyedRows.h"

#include <QLocale>
#include <algorithm>

namespace caseline {

namespace {

bool sameCase(const SupportCase &a, const SupportCase &b)
{
    return a.id == b.id && a.customerId == b.customerId &&
           a.customerLanguage == b.customerLanguage && a.subject == b.subject &&
           a.status == b.status && a.priority == b.priority && a.channel == b.channel &&
           a.department == b.department && a.assignee == b.assignee && a.slaDue == b.slaDue &&
           a.createdAt == b.createdAt && a.updatedAt == b.updatedAt && a.links == b.links &&
           a.version == b.version;
}

QString words(const std::string &code)
{
    return QString::fromStdString(code).replace(QLatin1Char('-'), QLatin1Char(' '));
}

QString shortTime(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QStringLiteral("dd MMM HH:mm"));
}

} // namespace

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
    const QueueRow &row = m_rows[static_cast<std::size_t>(index.row())];
    const SupportCase &supportCase = row.supportCase;
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row);
    case CaseIdRole:
        return QVariant::fromValue<qlonglong>(supportCase.id);
    case StatusRole:
        return QString::fromStdString(toString(supportCase.status));
    case PriorityRole:
        return QString::fromStdString(toString(supportCase.priority));
    case SlaDueRole:
        return supportCase.slaDue;
    case SlaStateRole:
        return static_cast<int>(row.sla);
    case AlertCountRole:
        return row.alerts;
    case NeedsAttentionRole:
        return needsAttention(row);
    case CustomerIdRole:
        return QString::fromStdString(supportCase.customerId);
    case LinkedOrdersRole: {
        QStringList orders;
        for (const CaseLink &link : supportCase.links) {
            if (link.kind == "order") {
                orders.append(QString::fromStdString(link.ref));
            }
        }
        return orders;
    }
    default:
        return {};
    }
}

QVariant CaseQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case ReferenceColumn:
        return tr("Case");
    case SubjectColumn:
        return tr("Subject");
    case CustomerColumn:
        return tr("Customer");
    case StatusColumn:
        return tr("Status");
    case PriorityColumn:
        return tr("Priority");
    case DepartmentColumn:
        return tr("Department");
    case AssigneeColumn:
        return tr("Assignee");
    case SlaDueColumn:
        return tr("Due");
    default:
        return {};
    }
}

QHash<int, QByteArray> CaseQueueModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(CaseIdRole, "caseId");
    names.insert(StatusRole, "status");
    names.insert(PriorityRole, "priority");
    names.insert(SlaDueRole, "slaDue");
    names.insert(SlaStateRole, "slaState");
    names.insert(AlertCountRole, "alertCount");
    names.insert(NeedsAttentionRole, "needsAttention");
    names.insert(CustomerIdRole, "customerId");
    names.insert(LinkedOrdersRole, "linkedOrders");
    return names;
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
        m_rows, std::move(target), [](const QueueRow &row) { return row.supportCase.id; }, sameRow,
        notify);
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
    if (!supportCase.slaDue.isValid() || supportCase.status == CaseStatus::Resolved ||
        supportCase.status == CaseStatus::Closed) {
        return SlaState::None;
    }
    if (now > supportCase.slaDue) {
        return SlaState::Breached;
    }
    return now >= supportCase.slaWarningFrom() ? SlaState::AtRisk : SlaState::Ok;
}

QString CaseQueueModel::statusTitle(CaseStatus status)
{
    switch (status) {
    case CaseStatus::New:
        return tr("New");
    case CaseStatus::Open:
        return tr("Open");
    case CaseStatus::WaitingOnCustomer:
        return tr("Waiting on customer");
    case CaseStatus::WaitingOnDepartment:
        return tr("Waiting on department");
    case CaseStatus::Resolved:
        return tr("Resolved");
    case CaseStatus::Closed:
        return tr("Closed");
    }
    return QString::fromStdString(toString(status));
}

QString CaseQueueModel::priorityTitle(CasePriority priority)
{
    switch (priority) {
    case CasePriority::Low:
        return tr("Low");
    case CasePriority::Normal:
        return tr("Normal");
    case CasePriority::High:
        return tr("High");
    case CasePriority::Urgent:
        return tr("Urgent");
    }
    return QString::fromStdString(toString(priority));
}

bool CaseQueueModel::sameRow(const QueueRow &a, const QueueRow &b)
{
    return a.sla == b.sla && a.alerts == b.alerts && sameCase(a.supportCase, b.supportCase);
}

bool CaseQueueModel::needsAttention(const QueueRow &row) const
{
    return row.alerts > 0 || row.sla == SlaState::AtRisk || row.sla == SlaState::Breached;
}

QString CaseQueueModel::displayText(const QueueRow &row, int column) const
{
    const SupportCase &supportCase = row.supportCase;
    switch (column) {
    case ReferenceColumn:
        return QString::fromStdString(supportCase.reference());
    case SubjectColumn:
        return QString::fromStdString(supportCase.subject);
    case CustomerColumn:
        return QString::fromStdString(supportCase.customerId);
    case StatusColumn:
        return statusTitle(supportCase.status);
    case PriorityColumn:
        return priorityTitle(supportCase.priority);
    case DepartmentColumn:
        return words(supportCase.department);
    case AssigneeColumn:
        return supportCase.assignee.empty() ? tr("Unassigned")
                                            : QString::fromStdString(supportCase.assignee);
    case SlaDueColumn:
        return supportCase.slaDue.isValid() ? shortTime(supportCase.slaDue) : QString();
    default:
        return {};
    }
}

QString CaseQueueModel::toolTip(const QueueRow &row) const
{
    const SupportCase &supportCase = row.supportCase;
    QStringList lines;
    lines.append(tr("%1: %2").arg(QString::fromStdString(supportCase.reference()),
                                  QString::fromStdString(supportCase.subject)));
    lines.append(tr("%1, %2 priority")
                     .arg(statusTitle(supportCase.status), priorityTitle(supportCase.priority)));
    switch (row.sla) {
    case SlaState::None:
        break;
    case SlaState::Ok:
        lines.append(tr("Due %1").arg(shortTime(supportCase.slaDue)));
        break;
    case SlaState::AtRisk:
        lines.append(tr("Due %1 — at risk").arg(shortTime(supportCase.slaDue)));
        break;
    case SlaState::Breached:
        lines.append(tr("Was due %1 — overdue").arg(shortTime(supportCase.slaDue)));
        break;
    }
    if (row.alerts == 1) {
        lines.append(tr("1 alert: systems contradict each other"));
    } else if (row.alerts > 1) {
        lines.append(tr("%1 alerts: systems contradict each other").arg(row.alerts));
    }
    return lines.join(QLatin1Char('\n'));
}

void CaseQueueModel::emitRowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace caseline
