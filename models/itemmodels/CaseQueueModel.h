#pragma once

#include "domain/CaseStatus.h"
#include "domain/Clock.h"
#include "domain/SupportCase.h"
#include "itemmodels/KeyedRowsModel.h"

#include <QAbstractTableModel>
#include <map>
#include <optional>
#include <vector>

namespace caseline {

// The rows of a case queue. A refresh merges by case id so a view's selection survives it;
// meaning (SLA state, alerts, whether the case needs attention) travels in custom roles.
class CaseQueueModel : public KeyedRowsModel<QAbstractTableModel>
{
    Q_OBJECT

public:
    enum Column
    {
        ReferenceColumn,
        SubjectColumn,
        CustomerColumn,
        StatusColumn,
        PriorityColumn,
        DepartmentColumn,
        AssigneeColumn,
        SlaDueColumn,
        ColumnCount
    };

    enum Role
    {
        CaseIdRole = Qt::UserRole + 1,
        StatusRole,   // QString, e.g. "open"
        PriorityRole, // QString, e.g. "high"
        SlaDueRole,   // QDateTime
        SlaStateRole, // int of SlaState
        AlertCountRole,
        NeedsAttentionRole,
        CustomerIdRole,
        LinkedOrdersRole // QStringList of order refs
    };

    enum class SlaState
    {
        None,
        Ok,
        AtRisk,
        Breached
    };

    explicit CaseQueueModel(const Clock &clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Keyed merge by case id; the final order is the order given.
    void setCases(const std::vector<SupportCase> &cases);
    void setAlertCount(long long caseId, int count);
    std::optional<SupportCase> caseAt(int row) const;
    int rowOf(long long caseId) const; // -1 when absent
    // Re-evaluates SLA states against the clock (call on a timer).
    void refreshSla();

    // Where a case stands against its SLA at `now`.
    static SlaState slaState(const SupportCase &supportCase, const QDateTime &now);
    static QString statusTitle(CaseStatus status);
    static QString priorityTitle(CasePriority priority);

    // One row as shown: the case, its SLA state and its alert count (CaseRowPresentation
    // turns it into cells and roles, for this model and CasePageModel alike).
    struct QueueRow
    {
        SupportCase supportCase;
        SlaState sla = SlaState::None;
        int alerts = 0;
    };

private:
    void emitRowChanged(int row);

    const Clock &m_clock;
    std::vector<QueueRow> m_rows;
    std::map<long long, int> m_alertCounts;
};

} // namespace caseline
