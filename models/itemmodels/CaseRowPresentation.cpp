#include "itemmodels/CaseRowPresentation.h"

#include "itemmodels/DepartmentWords.h"
#include "timeline/AlertText.h"

#include <QLocale>

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

QString shortTime(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QStringLiteral("dd MMM HH:mm"));
}

} // namespace

QVariant CaseRowPresentation::data(const Row &row, int column, int role)
{
    const SupportCase &supportCase = row.supportCase;
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case Qt::ToolTipRole:
        return toolTip(row);
    case CaseQueueModel::CaseIdRole:
        return QVariant::fromValue<qlonglong>(supportCase.id);
    case CaseQueueModel::StatusRole:
        return QString::fromStdString(toString(supportCase.status));
    case CaseQueueModel::PriorityRole:
        return QString::fromStdString(toString(supportCase.priority));
    case CaseQueueModel::SlaDueRole:
        return supportCase.slaDue;
    case CaseQueueModel::SlaStateRole:
        return static_cast<int>(row.sla);
    case CaseQueueModel::AlertCountRole:
        return row.alerts;
    case CaseQueueModel::NeedsAttentionRole:
        return needsAttention(row);
    case CaseQueueModel::CustomerIdRole:
        return QString::fromStdString(supportCase.customerId);
    case CaseQueueModel::LinkedOrdersRole: {
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

QVariant CaseRowPresentation::headerData(int section, int role)
{
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case CaseQueueModel::ReferenceColumn:
        return tr("Case");
    case CaseQueueModel::SubjectColumn:
        return tr("Subject");
    case CaseQueueModel::CustomerColumn:
        return tr("Customer");
    case CaseQueueModel::StatusColumn:
        return tr("Status");
    case CaseQueueModel::PriorityColumn:
        return tr("Priority");
    case CaseQueueModel::DepartmentColumn:
        return tr("Department");
    case CaseQueueModel::AssigneeColumn:
        return tr("Assignee");
    case CaseQueueModel::SlaDueColumn:
        return tr("Due");
    default:
        return {};
    }
}

QHash<int, QByteArray> CaseRowPresentation::roleNames(QHash<int, QByteArray> names)
{
    names.insert(CaseQueueModel::CaseIdRole, "caseId");
    names.insert(CaseQueueModel::StatusRole, "status");
    names.insert(CaseQueueModel::PriorityRole, "priority");
    names.insert(CaseQueueModel::SlaDueRole, "slaDue");
    names.insert(CaseQueueModel::SlaStateRole, "slaState");
    names.insert(CaseQueueModel::AlertCountRole, "alertCount");
    names.insert(CaseQueueModel::NeedsAttentionRole, "needsAttention");
    names.insert(CaseQueueModel::CustomerIdRole, "customerId");
    names.insert(CaseQueueModel::LinkedOrdersRole, "linkedOrders");
    return names;
}

bool CaseRowPresentation::sameRow(const Row &a, const Row &b)
{
    return a.sla == b.sla && a.alerts == b.alerts && sameCase(a.supportCase, b.supportCase);
}

bool CaseRowPresentation::needsAttention(const Row &row)
{
    return row.alerts > 0 || row.sla == SlaState::AtRisk || row.sla == SlaState::Breached;
}

CaseRowPresentation::SlaState CaseRowPresentation::slaState(const SupportCase &supportCase,
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

QString CaseRowPresentation::statusTitle(CaseStatus status)
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

QString CaseRowPresentation::priorityTitle(CasePriority priority)
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

QString CaseRowPresentation::displayText(const Row &row, int column)
{
    const SupportCase &supportCase = row.supportCase;
    switch (column) {
    case CaseQueueModel::ReferenceColumn:
        return QString::fromStdString(supportCase.reference());
    case CaseQueueModel::SubjectColumn:
        return QString::fromStdString(supportCase.subject);
    case CaseQueueModel::CustomerColumn:
        return QString::fromStdString(supportCase.customerId);
    case CaseQueueModel::StatusColumn:
        return statusTitle(supportCase.status);
    case CaseQueueModel::PriorityColumn:
        return priorityTitle(supportCase.priority);
    case CaseQueueModel::DepartmentColumn:
        return DepartmentWords::of(supportCase.department);
    case CaseQueueModel::AssigneeColumn:
        return supportCase.assignee.empty() ? tr("Unassigned")
                                            : QString::fromStdString(supportCase.assignee);
    case CaseQueueModel::SlaDueColumn:
        return supportCase.slaDue.isValid() ? shortTime(supportCase.slaDue) : QString();
    default:
        return {};
    }
}

QString CaseRowPresentation::toolTip(const Row &row)
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
    if (row.alerts > 0) {
        const char *const plural = "%n alerts: systems contradict each other";
        lines.append(AlertText::singularWhenUntranslated(
            tr("%n alerts: systems contradict each other", nullptr, row.alerts), plural,
            "%n alert: systems contradict each other", row.alerts));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace caseline
