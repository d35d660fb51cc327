#include "itemmodels/ApprovalQueueModel.h"

#include "itemmodels/CsvExport.h"
#include "itemmodels/DurationWords.h"
#include "itemmodels/KeyedRows.h"

#include <QLocale>
#include <cmath>

namespace caseline {

namespace {

// Currencies without a minor unit; the rest the shops use have two decimals.
int decimalsOf(const QString &currency)
{
    static const QStringList whole = {QStringLiteral("JPY"), QStringLiteral("KRW"),
                                      QStringLiteral("ISK"), QStringLiteral("HUF")};
    return whole.contains(currency.toUpper()) ? 0 : 2;
}

} // namespace

ApprovalQueueModel::ApprovalQueueModel(QObject *parent)
    : KeyedRowsModel(parent)
{
}

int ApprovalQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ApprovalQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApprovalQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ApprovalRow &row = m_rows[static_cast<std::size_t>(index.row())];
    const RefundApproval &approval = row.approval;
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::ToolTipRole:
        return tr("Refund of %1 on %2 requested by %3: %4")
            .arg(amountText(approval.amount, QString::fromStdString(approval.currency)),
                 QString::fromStdString(approval.orderId),
                 QString::fromStdString(approval.requestedBy),
                 QString::fromStdString(approval.reason));
    case Qt::TextAlignmentRole:
        return index.column() == AmountColumn
                   ? QVariant::fromValue(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    case CsvExport::ExportRole:
        if (index.column() == WaitingSinceColumn) {
            return approval.requestedAt.toUTC().toString(Qt::ISODate);
        }
        return {};
    case ApprovalIdRole:
        return QVariant::fromValue<qlonglong>(approval.id);
    case CaseIdRole:
        return QVariant::fromValue<qlonglong>(approval.caseId);
    case AmountMinorRole:
        return QVariant::fromValue<qlonglong>(approval.amount);
    case CurrencyRole:
        return QString::fromStdString(approval.currency);
    case RequestedAtRole:
        return approval.requestedAt;
    case WaitingSecondsRole:
        return QVariant::fromValue<qlonglong>(row.waitingSeconds);
    default:
        return {};
    }
}

QVariant ApprovalQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case RequestColumn:
        return tr("Request");
    case CaseColumn:
        return tr("Case");
    case OrderColumn:
        return tr("Order");
    case AmountColumn:
        return tr("Amount");
    case ReasonColumn:
        return tr("Reason");
    case RequestedByColumn:
        return tr("Requested by");
    case WaitingSinceColumn:
        return tr("Waiting since");
    default:
        return {};
    }
}

QHash<int, QByteArray> ApprovalQueueModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ApprovalIdRole, "approvalId");
    names.insert(CaseIdRole, "caseId");
    names.insert(AmountMinorRole, "amountMinor");
    names.insert(CurrencyRole, "currency");
    names.insert(RequestedAtRole, "requestedAt");
    names.insert(WaitingSecondsRole, "waitingSeconds");
    return names;
}

void ApprovalQueueModel::setRows(const std::vector<RefundApproval> &approvals, const QDateTime &now)
{
    std::vector<ApprovalRow> target;
    target.reserve(approvals.size());
    for (const RefundApproval &approval : approvals) {
        target.push_back(
            {approval, approval.requestedAt.isValid() ? approval.requestedAt.secsTo(now) : 0});
    }
    const RowNotifications<ApprovalRow> notify = rowNotifications(m_rows, [this](int row) {
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
    mergeKeyedRows(
        m_rows, std::move(target), [](const ApprovalRow &row) { return row.approval.id; }, sameRow,
        notify);
}

QString ApprovalQueueModel::amountText(long long minorUnits, const QString &currency)
{
    const int decimals = decimalsOf(currency);
    const double value = static_cast<double>(minorUnits) / std::pow(10.0, decimals);
    return QLocale().toString(value, 'f', decimals) + QChar(0x00a0) + currency.toUpper();
}

bool ApprovalQueueModel::sameRow(const ApprovalRow &a, const ApprovalRow &b)
{
    const RefundApproval &x = a.approval;
    const RefundApproval &y = b.approval;
    return a.waitingSeconds == b.waitingSeconds && x.id == y.id && x.caseId == y.caseId &&
           x.orderId == y.orderId && x.amount == y.amount && x.currency == y.currency &&
           x.reason == y.reason && x.requestedBy == y.requestedBy &&
           x.requestedAt == y.requestedAt && x.state == y.state && x.version == y.version;
}

QString ApprovalQueueModel::displayText(const ApprovalRow &row, int column) const
{
    const RefundApproval &approval = row.approval;
    switch (column) {
    case RequestColumn:
        return tr("#%1").arg(approval.id);
    case CaseColumn:
        return QStringLiteral("CASE-%1").arg(approval.caseId);
    case OrderColumn:
        return QString::fromStdString(approval.orderId);
    case AmountColumn:
        return amountText(approval.amount, QString::fromStdString(approval.currency));
    case ReasonColumn:
        return QString::fromStdString(approval.reason);
    case RequestedByColumn:
        return QString::fromStdString(approval.requestedBy);
    case WaitingSinceColumn:
        return approval.requestedAt.isValid()
                   ? tr("%1 (%2)").arg(QLocale().toString(approval.requestedAt.toLocalTime(),
                                                          QStringLiteral("dd MMM HH:mm")),
                                       DurationWords::span(row.waitingSeconds))
                   : QString();
    default:
        return {};
    }
}

} // namespace caseline
