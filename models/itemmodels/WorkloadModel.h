#pragma once

#include "domain/AgentWorkload.h"
#include "itemmodels/KeyedRowsModel.h"

#include <QAbstractTableModel>
#include <vector>

namespace caseline {

// Open cases per person (and the ones no one has taken), with how many breach or risk their
// SLA. Rows merge by assignee, in the order given (most open cases first).
class WorkloadModel : public KeyedRowsModel<QAbstractTableModel>
{
    Q_OBJECT

public:
    enum Column
    {
        AssigneeColumn,
        DepartmentColumn,
        OpenColumn,
        BreachedColumn,
        AtRiskColumn,
        ColumnCount
    };

    enum Role
    {
        AssigneeRole = Qt::UserRole + 1, // QString, empty for the unassigned cases
        OpenRole,                        // qlonglong
        BreachedRole,                    // qlonglong
        AtRiskRole                       // qlonglong
    };

    explicit WorkloadModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(const std::vector<AgentWorkload> &workload);

private:
    static bool sameLoad(const AgentWorkload &a, const AgentWorkload &b);

    std::vector<AgentWorkload> m_rows;
};

} // namespace caseline
