#pragma once

#include "domain/WatchdogFinding.h"
#include "itemmodels/KeyedRowsModel.h"

#include <QAbstractTableModel>
#include <vector>

namespace caseline {

// The watchdog list: every open case with an unresolved conflict between back-office systems,
// one row per case, rule and order. Rows merge by that triple, in the order given.
class WatchdogListModel : public KeyedRowsModel<QAbstractTableModel>
{
    Q_OBJECT

public:
    enum Column
    {
        ReferenceColumn,
        CustomerColumn,
        OrderColumn,
        RuleColumn,
        SeverityColumn,
        SummaryColumn,
        FoundColumn,
        ColumnCount
    };

    enum Role
    {
        CaseIdRole = Qt::UserRole + 1, // qlonglong
        SeverityRole,                  // QString: critical, warning, info
        RuleRole,                      // QString, e.g. "refunded-but-shipped"
        OrderIdRole,                   // QString
        FoundAtRole                    // QDateTime
    };

    explicit WatchdogListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(const std::vector<WatchdogFinding> &findings);

    static QString severityTitle(const QString &severity);

private:
    static bool sameFinding(const WatchdogFinding &a, const WatchdogFinding &b);
    QString displayText(const WatchdogFinding &finding, int column) const;

    std::vector<WatchdogFinding> m_rows;
};

} // namespace caseline
