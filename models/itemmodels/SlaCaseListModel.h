#pragma once

#include "domain/SupportCase.h"
#include "itemmodels/KeyedRowsModel.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <vector>

namespace caseline {

// Cases that breach or risk their SLA, with the time left counted at the snapshot's moment
// ("overdue by 3 h 20 min", "2 h 10 min left"). Rows merge by case id, in the order given.
class SlaCaseListModel : public KeyedRowsModel<QAbstractTableModel>
{
    Q_OBJECT

public:
    enum Column
    {
        ReferenceColumn,
        CustomerColumn,
        DepartmentColumn,
        AssigneeColumn,
        StatusColumn,
        PriorityColumn,
        DueColumn,
        TimeLeftColumn,
        ColumnCount
    };

    enum Role
    {
        CaseIdRole = Qt::UserRole + 1, // qlonglong
        SlaStateRole,                  // int of CaseQueueModel::SlaState
        TimeLeftSecondsRole,           // qlonglong, negative when overdue
        SlaDueRole,                    // QDateTime
        StatusRole,                    // QString, e.g. "open"
        PriorityRole,                  // QString, e.g. "urgent"
        AssigneeRole                   // QString, empty when unassigned
    };

    explicit SlaCaseListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // `now`: the moment the time left counts from (the snapshot's takenAt).
    void setRows(const std::vector<SupportCase> &cases, const QDateTime &now);
    long long caseIdAt(int row) const; // 0 when out of range

private:
    struct SlaRow
    {
        SupportCase supportCase;
        int sla = 0;
        qint64 secondsLeft = 0;
    };

    static bool sameRow(const SlaRow &a, const SlaRow &b);
    QString displayText(const SlaRow &row, int column) const;

    std::vector<SlaRow> m_rows;
};

} // namespace caseline
