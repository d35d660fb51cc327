#pragma once

#include "domain/RefundApproval.h"
#include "itemmodels/KeyedRowsModel.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <vector>

namespace caseline {

// Refunds waiting for a supervisor's approval, oldest first, with how long each has waited at
// the snapshot's moment. Rows merge by request id.
class ApprovalQueueModel : public KeyedRowsModel<QAbstractTableModel>
{
    Q_OBJECT

public:
    enum Column
    {
        RequestColumn,
        CaseColumn,
        OrderColumn,
        AmountColumn,
        ReasonColumn,
        RequestedByColumn,
        WaitingSinceColumn,
        ColumnCount
    };

    enum Role
    {
        ApprovalIdRole = Qt::UserRole + 1, // qlonglong
        CaseIdRole,                        // qlonglong
        AmountMinorRole,                   // qlonglong, minor units
        CurrencyRole,                      // QString, e.g. "EUR"
        RequestedAtRole,                   // QDateTime
        WaitingSecondsRole                 // qlonglong
    };

    explicit ApprovalQueueModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // `now`: the moment the waiting time counts to (the snapshot's takenAt).
    void setRows(const std::vector<RefundApproval> &approvals, const QDateTime &now);

    // "1,249.00 EUR": the amount in the locale's digits and the ISO code (no guessing symbols).
    static QString amountText(long long minorUnits, const QString &currency);

private:
    struct ApprovalRow
    {
        RefundApproval approval;
        qint64 waitingSeconds = 0;
    };

    static bool sameRow(const ApprovalRow &a, const ApprovalRow &b);
    QString displayText(const ApprovalRow &row, int column) const;

    std::vector<ApprovalRow> m_rows;
};

} // namespace caseline
