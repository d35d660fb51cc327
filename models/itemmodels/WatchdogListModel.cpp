#include "itemmodels/WatchdogListModel.h"

#include "itemmodels/CodeWords.h"
#include "itemmodels/CsvExport.h"
#include "itemmodels/KeyedRows.h"

#include <QLocale>
#include <tuple>

namespace caseline {

namespace {

std::tuple<long long, std::string, std::string> keyOf(const WatchdogFinding &finding)
{
    return {finding.supportCase.id, finding.ruleId, finding.orderId};
}

} // namespace

WatchdogListModel::WatchdogListModel(QObject *parent)
    : KeyedRowsModel(parent)
{
}

int WatchdogListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int WatchdogListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WatchdogListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const WatchdogFinding &finding = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(finding, index.column());
    case Qt::ToolTipRole:
        return tr("%1 (%2): %3")
            .arg(QString::fromStdString(finding.supportCase.reference()),
                 QString::fromStdString(finding.supportCase.subject),
                 QString::fromStdString(finding.summary));
    case CsvExport::ExportRole:
        if (index.column() == FoundColumn) {
            return finding.foundAt.toUTC().toString(Qt::ISODate);
        }
        if (index.column() == RuleColumn) {
            return QString::fromStdString(finding.ruleId);
        }
        return {};
    case CaseIdRole:
        return QVariant::fromValue<qlonglong>(finding.supportCase.id);
    case SeverityRole:
        return QString::fromStdString(finding.severity);
    case RuleRole:
        return QString::fromStdString(finding.ruleId);
    case OrderIdRole:
        return QString::fromStdString(finding.orderId);
    case FoundAtRole:
        return finding.foundAt;
    default:
        return {};
    }
}

QVariant WatchdogListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case ReferenceColumn:
        return tr("Case");
    case CustomerColumn:
        return tr("Customer");
    case OrderColumn:
        return tr("Order");
    case RuleColumn:
        return tr("Rule");
    case SeverityColumn:
        return tr("Severity");
    case SummaryColumn:
        return tr("Summary");
    case FoundColumn:
        return tr("Found");
    default:
        return {};
    }
}

QHash<int, QByteArray> WatchdogListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(CaseIdRole, "caseId");
    names.insert(SeverityRole, "severity");
    names.insert(RuleRole, "rule");
    names.insert(OrderIdRole, "orderId");
    names.insert(FoundAtRole, "foundAt");
    return names;
}

void WatchdogListModel::setRows(const std::vector<WatchdogFinding> &findings)
{
    const RowNotifications<WatchdogFinding> notify = rowNotifications(m_rows, [this](int row) {
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
    mergeKeyedRows(m_rows, findings, keyOf, sameFinding, notify);
}

QString WatchdogListModel::severityTitle(const QString &severity)
{
    if (severity == QLatin1String("critical")) {
        return tr("Critical");
    }
    if (severity == QLatin1String("warning")) {
        return tr("Warning");
    }
    if (severity == QLatin1String("info")) {
        return tr("Info");
    }
    return severity;
}

bool WatchdogListModel::sameFinding(const WatchdogFinding &a, const WatchdogFinding &b)
{
    return keyOf(a) == keyOf(b) && a.severity == b.severity && a.summary == b.summary &&
           a.foundAt == b.foundAt && a.supportCase.customerId == b.supportCase.customerId &&
           a.supportCase.subject == b.supportCase.subject;
}

QString WatchdogListModel::displayText(const WatchdogFinding &finding, int column) const
{
    switch (column) {
    case ReferenceColumn:
        return QString::fromStdString(finding.supportCase.reference());
    case CustomerColumn:
        return QString::fromStdString(finding.supportCase.customerId);
    case OrderColumn:
        return QString::fromStdString(finding.orderId);
    case RuleColumn:
        return CodeWords::of(finding.ruleId);
    case SeverityColumn:
        return severityTitle(QString::fromStdString(finding.severity));
    case SummaryColumn:
        return QString::fromStdString(finding.summary);
    case FoundColumn:
        return finding.foundAt.isValid() ? QLocale().toString(finding.foundAt.toLocalTime(),
                                                              QStringLiteral("dd MMM HH:mm"))
                                         : QString();
    default:
        return {};
    }
}

} // namespace caseline
