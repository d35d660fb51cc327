#pragma once

#include "domain/QueueCount.h"
#include "itemmodels/KeyedRowsModel.h"

#include <QAbstractTableModel>
#include <array>
#include <string>
#include <vector>

namespace caseline {

// Open and waiting cases per department: one row per department (alphabetical) and a total
// row last; columns by status, then the same cases by priority, each group summing to the
// row's total. A status cell's tooltip breaks it down by priority. Rows merge by department.
class QueueCountsModel : public KeyedRowsModel<QAbstractTableModel>
{
    Q_OBJECT

public:
    enum Column
    {
        DepartmentColumn,
        NewColumn,
        OpenColumn,
        WaitingOnCustomerColumn,
        WaitingOnDepartmentColumn,
        TotalColumn,
        UrgentColumn,
        HighColumn,
        NormalColumn,
        LowColumn,
        ColumnCount
    };

    enum Role
    {
        CountRole = Qt::UserRole + 1, // qlonglong: the cell's number (-1 for the name column)
        DepartmentRole,               // QString, e.g. "customer-service"; empty on the total row
        StatusRole,                   // QString of the column's status, e.g. "open"; else empty
        PriorityRole,                 // QString of the column's priority, e.g. "urgent"; else empty
        TotalRowRole,                 // bool
        UrgentCountRole // qlonglong: urgent cases in the cell (a supervisor's first question)
    };

    explicit QueueCountsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(const std::vector<QueueCount> &counts);
    // Cases in `department` ("" for all) with the column's status or priority.
    long long count(const std::string &department, int column) const;

private:
    static constexpr int StatusCount = 4;   // new, open, waiting x2
    static constexpr int PriorityCount = 4; // low .. urgent

    struct DepartmentRow
    {
        std::string department; // empty: the total row
        // [status][priority]
        std::array<std::array<long long, PriorityCount>, StatusCount> cases{};

        bool operator==(const DepartmentRow &) const = default;
    };

    static long long cell(const DepartmentRow &row, int column);
    static long long cellOfPriority(const DepartmentRow &row, int column, int priority);
    QString toolTip(const DepartmentRow &row, int column) const;

    std::vector<DepartmentRow> m_rows;
};

} // namespace caseline
